import type { VerdictStatus } from '../../../../shared/certificate/types';

/**
 * How each verdict looks. Colour is never the only signal (WCAG 1.4.1): every verdict has its
 * own icon shape and its words. Tones and their contrast are in `kiosk.css`.
 */
export type VerdictTone = 'valid' | 'invalid' | 'caution' | 'neutral';
export type VerdictIcon = 'check' | 'cross' | 'question' | 'ban' | 'clock' | 'info';

export interface VerdictLook {
  tone: VerdictTone;
  icon: VerdictIcon;
  /** Whether the signed details are shown: only when the signature checked out and a person needs them. */
  showsClaims: boolean;
}

export function verdictLook(status: VerdictStatus): VerdictLook {
  switch (status) {
    case 'VALID':
      return { tone: 'valid', icon: 'check', showsClaims: true };
    case 'INVALID':
      // Nothing a forger wrote is shown.
      return { tone: 'invalid', icon: 'cross', showsClaims: false };
    case 'REVOKED':
      // Genuine but cancelled: the details say which certificate it was.
      return { tone: 'invalid', icon: 'ban', showsClaims: true };
    case 'UNKNOWN_ISSUER':
      // "Cannot check", never "fake": the kiosk may simply lack a newer trust list.
      return { tone: 'caution', icon: 'question', showsClaims: false };
    case 'EXPIRED':
    case 'NOT_YET_VALID':
      return { tone: 'caution', icon: 'clock', showsClaims: true };
    case 'NOT_OURS':
      return { tone: 'neutral', icon: 'info', showsClaims: false };
    default: {
      const unhandled: never = status;
      throw new TypeError(`unhandled verdict ${String(unhandled)}`);
    }
  }
}
