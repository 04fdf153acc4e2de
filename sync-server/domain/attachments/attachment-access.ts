import type { AttachmentRecord } from '../../../shared/api/attachments-api';
import type { Principal } from '../../auth/principal';
import { AppError } from '../../http/app-error';
import type { AttachmentReader, AttachmentUploader } from '../../store/attachment-store';
import type { Store } from '../../store/store';
import type { SecretariatLookup } from '../file-requests';

/**
 * Who may open an attachment (SYNC-ATT-6). An upload is recorded with its sender's jurisdiction:
 * an agent's secretariat and that secretariat's district, an officer's district. Agents open
 * what their secretariat sent, officers what was sent in their district, admins everything.
 * An officer's desk is a department within a district, but bytes are tied to no department:
 * they may arrive before the application that names them (SYNC-ATT-8), and one file may serve
 * several applications. The district is therefore the boundary for officers.
 */
export function readerOf(principal: Principal): AttachmentReader {
  switch (principal.role) {
    case 'agent':
      if (principal.secretariatCode) return { kind: 'secretariat', secretariatCode: principal.secretariatCode };
      break;
    case 'officer':
      if (principal.districtCode) return { kind: 'district', districtCode: principal.districtCode };
      break;
    case 'admin':
      return { kind: 'all' };
    case 'kiosk':
      break;
  }
  throw new AppError('forbidden', `a ${principal.role} token without a jurisdiction cannot use attachments`);
}

/** The jurisdiction an upload by `principal` is recorded under. */
export function uploaderOf(principal: Principal, places: SecretariatLookup): AttachmentUploader {
  const reader = readerOf(principal);
  switch (reader.kind) {
    case 'secretariat':
      return {
        tokenId: principal.tokenId,
        secretariatCode: reader.secretariatCode,
        districtCode: places.secretariat(reader.secretariatCode)?.jurisdiction.districtCode ?? null,
      };
    case 'district':
      return { tokenId: principal.tokenId, secretariatCode: null, districtCode: reader.districtCode };
    case 'all':
      return { tokenId: principal.tokenId, secretariatCode: null, districtCode: null };
  }
}

/**
 * The attachment as `principal` may know it. One that does not exist and one outside the
 * caller's jurisdiction are the same 404, so nobody learns which hashes the server holds.
 */
export async function findAttachment(store: Store, principal: Principal, sha256: string): Promise<AttachmentRecord> {
  const record = await store.attachments.find(sha256, readerOf(principal));
  if (!record) throw new AppError('not_found', `there is no attachment ${sha256}`);
  return record;
}

/** The attachment and its bytes, under the same rule as {@link findAttachment}. */
export async function readAttachment(
  store: Store,
  principal: Principal,
  sha256: string,
): Promise<{ record: AttachmentRecord; bytes: Uint8Array }> {
  const found = await store.attachments.read(sha256, readerOf(principal));
  if (!found) throw new AppError('not_found', `there is no attachment ${sha256}`);
  return found;
}
