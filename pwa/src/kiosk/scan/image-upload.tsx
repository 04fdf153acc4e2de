import { useState } from 'preact/hooks';
import { useKioskText } from '../i18n/kiosk-text';
import { readQrFromFile } from '../../scan/qr-reader';

const READER_ID = 'kiosk-file-reader';

/**
 * "Choose a photo of the certificate": for a certificate received as a picture (on WhatsApp,
 * say), or a kiosk without a working camera. The QR text found goes to `onText`.
 */
export function ImageUpload({ onText }: { onText: (text: string) => void }) {
  const { text } = useKioskText();
  const [state, setState] = useState<'idle' | 'reading' | 'no-qr'>('idle');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same photo again still fires `change`.
    input.value = '';
    if (!file) return;
    setState('reading');
    const found = await readQrFromFile(READER_ID, file);
    if (found === undefined) {
      setState('no-qr');
      return;
    }
    setState('idle');
    onText(found);
  };

  return (
    <div class="upload">
      <input
        id="kiosk-upload-input"
        class="visually-hidden"
        type="file"
        accept="image/*"
        data-testid="kiosk-upload"
        aria-describedby="kiosk-upload-help"
        onChange={(event) => void choose(event.currentTarget)}
      />
      {/* After the input, so the hidden input's keyboard focus can be drawn on it (kiosk.css). */}
      <label class="button upload-button" for="kiosk-upload-input">
        {text.uploadButton}
      </label>
      <p id="kiosk-upload-help" class="muted">
        {text.uploadHelp}
      </p>
      {state === 'reading' && <p role="status">{text.reading}</p>}
      {state === 'no-qr' && (
        <p class="notice error" role="alert" data-testid="kiosk-upload-error">
          {text.noQrInImage}
        </p>
      )}
      {/* html5-qrcode needs an element to work in, even when it shows nothing. */}
      <div id={READER_ID} hidden />
    </div>
  );
}
