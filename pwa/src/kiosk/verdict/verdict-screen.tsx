import { useEffect, useRef } from 'preact/hooks';
import { format } from '../../i18n/strings';
import type { KioskText } from '../i18n/kiosk-en';
import { useKioskText } from '../i18n/kiosk-text';
import type { KioskVerdict } from '../verifier/verifier-api';
import { ClaimsList } from './claims-list';
import { formatDay, formatMoment } from './dates';
import { VerdictIcon } from './verdict-icon';
import { verdictLook } from './verdict-look';
import type { Language } from '../../../../shared/i18n/languages';

/** The sentence under the headline; dates are filled in where the verdict has them. */
function explanation(verdict: KioskVerdict, text: KioskText, language: Language): string {
  switch (verdict.status) {
    case 'REVOKED':
      return verdict.revokedAt
        ? format(text.explain.REVOKED, { date: formatDay(verdict.revokedAt, language) })
        : text.explain.REVOKED_UNDATED;
    case 'EXPIRED':
      return verdict.claims?.expiresAt
        ? format(text.explain.EXPIRED, { date: formatDay(verdict.claims.expiresAt, language) })
        : text.explain.EXPIRED_UNDATED;
    case 'NOT_YET_VALID':
      return format(text.explain.NOT_YET_VALID, {
        date: verdict.claims ? formatDay(verdict.claims.issuedAt, language) : '—',
      });
    case 'VALID':
    case 'INVALID':
    case 'UNKNOWN_ISSUER':
    case 'NOT_OURS':
      return text.explain[verdict.status];
    default: {
      const unhandled: never = verdict.status;
      throw new TypeError(`unhandled verdict ${String(unhandled)}`);
    }
  }
}

/**
 * "Checked offline — revocation data as of …": said where the revocation data decided the
 * verdict (VALID, REVOKED); an expired or future-dated certificate is refused before it matters.
 */
function checkedNote(verdict: KioskVerdict, text: KioskText, language: Language): string | undefined {
  if (verdict.status !== 'VALID' && verdict.status !== 'REVOKED') return undefined;
  return verdict.statusFetchedAt
    ? format(text.checkedOffline, { time: formatMoment(verdict.statusFetchedAt, language) })
    : text.checkedNoStatus;
}

/**
 * The answer to one scan, large and in both languages (the chosen one first), so anyone at the
 * kiosk can read it. It stays until "scan next" is pressed.
 */
export function VerdictScreen({ verdict, onScanNext }: { verdict: KioskVerdict; onScanNext: () => void }) {
  const { text, other, language, otherLanguage } = useKioskText();
  const look = verdictLook(verdict.status);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Screen-reader users hear the verdict at once; keyboard users are one Tab from "scan next".
    heading.current?.focus();
  }, [verdict]);
  const note = checkedNote(verdict, text, language);

  return (
    <section
      class={`verdict verdict-${look.tone}`}
      data-testid="kiosk-verdict"
      data-status={verdict.status}
      data-reason={verdict.reason}
      aria-labelledby="verdict-heading"
    >
      <div class="verdict-banner">
        <VerdictIcon name={look.icon} />
        <div>
          <h1 id="verdict-heading" tabIndex={-1} ref={heading} data-testid="kiosk-verdict-title">
            {text.verdict[verdict.status]}
          </h1>
          <p class="verdict-second" lang={otherLanguage}>
            {other.verdict[verdict.status]}
          </p>
        </div>
      </div>
      <div class="verdict-body">
        <p class="verdict-explain" data-testid="kiosk-verdict-explain">
          {explanation(verdict, text, language)}
        </p>
        <p class="verdict-explain-second" lang={otherLanguage}>
          {explanation(verdict, other, otherLanguage)}
        </p>
        {look.showsClaims && <ClaimsList verdict={verdict} text={text} language={language} />}
        {look.showsClaims && note && (
          <p class="checked-note" data-testid="kiosk-checked-note">
            {note}
          </p>
        )}
        <button type="button" class="scan-next" ref={next} onClick={onScanNext} data-testid="kiosk-scan-next">
          {text.scanNext}
          <span class="scan-next-second" lang={otherLanguage}>
            {other.scanNext}
          </span>
        </button>
      </div>
    </section>
  );
}
