import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../i18n/language';
import { useKioskText } from './i18n/kiosk-text';
import { ScanScreen } from './scan/scan-screen';
import { DataBanner } from './setup/data-banner';
import { KioskHeader } from './setup/kiosk-header';
import { TokenForm } from './setup/token-form';
import { installKioskTestHooks } from './test-hooks';
import { VerdictScreen } from './verdict/verdict-screen';
import type { KioskVerdict } from './verifier/verifier-api';
import { useKioskStatus } from './verifier/use-kiosk-status';
import { verifierClient } from './verifier/verifier-client';
import './kiosk.css';

/** Where the kiosk is: waiting for a QR code, checking one, or showing a verdict until "scan next". */
type Phase = { kind: 'scanning' } | { kind: 'checking' } | { kind: 'verdict'; verdict: KioskVerdict };

/**
 * Kiosk mode (`/kiosk`): scan a certificate's QR code with the camera or from a photo, and see at
 * once whether it is genuine — offline, against the trust and status lists the kiosk keeps.
 */
export function KioskApp() {
  const { text: appText } = useLanguage();
  const { text } = useKioskText();
  const status = useKioskStatus();
  const [phase, setPhase] = useState<Phase>({ kind: 'scanning' });

  useEffect(() => {
    installKioskTestHooks(verifierClient());
    // Ask the browser not to evict the cached lists under storage pressure.
    void navigator.storage?.persist?.();
  }, []);

  const check = async (qrText: string) => {
    setPhase({ kind: 'checking' });
    try {
      setPhase({ kind: 'verdict', verdict: await verifierClient().api.verify(qrText) });
    } catch (error) {
      // The worker itself failed (never a bad QR text, which is a verdict): let the person try again.
      console.error('verification failed', error);
      setPhase({ kind: 'scanning' });
    }
  };

  return (
    <div class="kiosk">
      <a class="skip" href="#main">
        {appText.skipToContent}
      </a>
      <KioskHeader status={status} />
      {status && <DataBanner status={status} />}
      <main id="main" class="kiosk-main">
        {phase.kind === 'verdict' ? (
          <VerdictScreen verdict={phase.verdict} onScanNext={() => setPhase({ kind: 'scanning' })} />
        ) : (
          <ScanScreen onText={(qrText) => void check(qrText)} checking={phase.kind === 'checking'} />
        )}
      </main>
      {status && phase.kind !== 'verdict' && (
        <details class="kiosk-settings" open={!status.hasToken} data-testid="kiosk-settings">
          <summary>{text.settings}</summary>
          <TokenForm hasToken={status.hasToken} />
        </details>
      )}
    </div>
  );
}
