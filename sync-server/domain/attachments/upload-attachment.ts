import { createHash } from 'node:crypto';
import type { AttachmentMediaType } from '../../../shared/api/attachments-api';
import type { Principal } from '../../auth/principal';
import { AppError } from '../../http/app-error';
import type { PutAttachmentOutcome } from '../../store/attachment-store';
import type { Store } from '../../store/store';
import type { SecretariatLookup } from '../file-requests';
import { uploaderOf } from './attachment-access';
import { matchesSignature } from './content-signature';

export interface AttachmentDeps {
  store: Store;
  geography: SecretariatLookup;
  now: () => Date;
}

export interface Upload {
  /** The hash the caller addressed the bytes by. */
  sha256: string;
  mimeType: AttachmentMediaType;
  bytes: Uint8Array;
}

/**
 * Keeps an uploaded file (SYNC-ATT-2, SYNC-ATT-3): the bytes must hash to the address they were
 * sent to and look like the type they claim, or nothing is stored. Sending bytes the server
 * already has changes nothing but who may open them: holding the bytes proves the right to them.
 */
export async function uploadAttachment(
  deps: AttachmentDeps,
  principal: Principal,
  upload: Upload,
): Promise<PutAttachmentOutcome> {
  const uploader = uploaderOf(principal, deps.geography);
  if (upload.bytes.byteLength === 0) throw new AppError('bad_request', 'the request body is empty');
  const actual = createHash('sha256').update(upload.bytes).digest('hex');
  if (actual !== upload.sha256) {
    throw new AppError('bad_request', `the body's SHA-256 is ${actual}, not the ${upload.sha256} it was sent to`);
  }
  if (!matchesSignature(upload.mimeType, upload.bytes)) {
    throw new AppError('unsupported_media_type', `the body is not a ${upload.mimeType} file`);
  }
  return deps.store.attachments.put({
    sha256: upload.sha256,
    mimeType: upload.mimeType,
    bytes: upload.bytes,
    uploader,
    at: deps.now().toISOString(),
  });
}
