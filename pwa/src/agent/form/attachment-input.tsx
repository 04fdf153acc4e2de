import { useState } from 'preact/hooks';
import type { AttachmentRef } from '../../../../shared/model/form-field';
import { db } from '../../db/app-db';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { attachmentRef, keepAttachment, readableSize } from './attachments';
import { fieldIds } from './field-ids';
import type { FieldOf, FieldProps } from './field-props';
import { checkField } from './field-rules';
import { ATTACHMENT_MEDIA_TYPES } from '../../../../shared/api/attachments-api';

/** What the server keeps (SYNC-ATT-2): a phone offering HEIC or GIF here would only have it refused later. */
const DOCUMENT_TYPES = ATTACHMENT_MEDIA_TYPES.join(',');
const PHOTO_TYPES = ATTACHMENT_MEDIA_TYPES.filter((type) => type.startsWith('image/')).join(',');

function isRef(value: unknown): value is AttachmentRef {
  return typeof value === 'object' && value !== null && 'sha256' in value;
}

/** Capture a photo or pick a file; the bytes stay on the phone, the answer holds the hash. */
export function AttachmentInput({
  field,
  value,
  invalid,
  describedBy,
  onChange,
}: FieldProps<FieldOf<'photo' | 'document'>>) {
  const { text, language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const ids = fieldIds(field.key);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const ref = await attachmentRef(file);
      // DESIGN: size-capped at capture; a file over the limit is never stored.
      if (checkField(field, ref, language)?.code !== 'attachment_too_large')
        await keepAttachment(db, file, ref, new Date());
      onChange(ref, true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="attachment">
      <input
        id={ids.input}
        class="visually-hidden"
        type="file"
        data-testid={ids.testId}
        accept={field.type === 'photo' ? PHOTO_TYPES : DOCUMENT_TYPES}
        capture={field.type === 'photo' ? 'environment' : undefined}
        onChange={(e) => void choose(e.currentTarget)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <label for={ids.input} class="button">
        {field.type === 'photo' ? text.attachPhoto : text.attachDocument}
      </label>
      <p class="attached" aria-live="polite">
        {busy
          ? text.attachmentReading
          : isRef(value)
            ? format(text.attached, { name: value.name ?? value.mimeType, size: readableSize(value.sizeBytes) })
            : ''}
      </p>
      {isRef(value) && !busy && (
        <button type="button" class="link" onClick={() => onChange(undefined, true)}>
          {text.removeAttachment}
        </button>
      )}
    </div>
  );
}
