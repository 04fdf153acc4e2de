/**
 * Whether this browser can show the camera for scanning the enrollment QR printed by
 * `npx seva enroll`. The scanner itself (html5-qrcode) loads only when the agent asks for it.
 */
export function canScanCode(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** The enrollment code in a scanned text: the QR holds the code as printed; spacing does not matter. */
export function enrollmentCodeFrom(scanned: string): string {
  return scanned.replace(/\s+/g, '');
}
