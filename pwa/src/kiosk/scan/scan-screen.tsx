import { useKioskText } from '../i18n/kiosk-text';
import { CameraView } from './camera-view';
import { ImageUpload } from './image-upload';

/** Waiting for a certificate: the camera, and a photo as the other way in. */
export function ScanScreen({ onText, checking }: { onText: (text: string) => void; checking: boolean }) {
  const { text, other, otherLanguage } = useKioskText();
  return (
    <section class="scan" data-testid="kiosk-scan" aria-labelledby="scan-heading" aria-busy={checking}>
      <h1 id="scan-heading">{text.scanHeading}</h1>
      <p class="scan-second" lang={otherLanguage}>
        {other.scanHeading}
      </p>
      <p class="scan-intro">{text.scanIntro}</p>
      {checking ? (
        <p class="checking" role="status" data-testid="kiosk-checking">
          {text.checking}
        </p>
      ) : (
        <CameraView onText={onText} />
      )}
      <ImageUpload onText={onText} />
    </section>
  );
}
