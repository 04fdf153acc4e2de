/**
 * Hook for scanning the enrollment QR code printed by `npx seva enroll`. Scanning is not built
 * yet: when it is, load the scanner lazily here (it is heavy) and resolve with the decoded code.
 * The enroll screen shows its "Scan QR code" button only while `canScanCode()` is true.
 */
export function canScanCode(): boolean {
  return false;
}

/** Resolves with the code read from the camera, or undefined when the agent cancels. */
export async function scanEnrollmentCode(): Promise<string | undefined> {
  return undefined;
}
