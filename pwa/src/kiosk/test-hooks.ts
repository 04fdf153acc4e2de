import type { RefreshOutcome } from './data/kiosk-rows';
import type { KioskStatus, KioskVerdict, VerificationTiming } from './verifier/verifier-api';
import type { VerifierClient } from './verifier/verifier-client';

/**
 * What browser tests and the benchmark may call on `window.sevaKiosk`. It is installed only
 * when the page was told so before it loaded (`window.__SEVA_TEST_HOOKS__ = true`, through
 * Playwright's `addInitScript`); a kiosk in use never has it. It offers nothing a person at
 * the kiosk cannot do with a QR code anyway.
 */
export interface KioskTestHooks {
  verify(text: string): Promise<KioskVerdict>;
  timeVerifications(text: string, count: number): Promise<VerificationTiming>;
  refresh(): Promise<RefreshOutcome>;
  status(): Promise<KioskStatus>;
}

declare global {
  interface Window {
    __SEVA_TEST_HOOKS__?: boolean;
    sevaKiosk?: KioskTestHooks;
  }
}

export function installKioskTestHooks(client: VerifierClient): void {
  if (window.__SEVA_TEST_HOOKS__ !== true) return;
  window.sevaKiosk = {
    verify: (text) => client.api.verify(text),
    timeVerifications: (text, count) => client.api.timeVerifications(text, count),
    refresh: () => client.api.refresh('manual'),
    status: () => client.api.status(),
  };
}
