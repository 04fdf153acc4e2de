import { z } from 'zod';
import type { CertificateSigner, SignedDocument, StatusList, TrustedKey, VerifiedStatusList } from './types';
import { base64UrlToBytes, bytesToBase64Url } from './base64';
import { zlibCompress, zlibInflateCapped } from './zlib';
import { payloadSignedBy, readSignedDocument, signJsonDocument } from './signed-document';
import {
  MAX_STATUS_LIST_SIZE,
  revocationDatesMatchBits,
  statusListByteLength,
  verifiedStatusList,
} from './status-list';

/**
 * A status list on the wire: a signed document whose JSON payload carries the bits compactly —
 * base64url of the zlib-compressed bitstring, so a list of 131,072 indices with a few
 * revocations travels in a few hundred bytes — and the revocation dates of the set bits.
 */

export const STATUS_LIST_FORMAT = 'seva-status-list/1';

const StatusListPayloadSchema = z.strictObject({
  id: z.string().min(1).max(64),
  issuer: z.string().min(1).max(64),
  updatedAt: z.iso.datetime(),
  size: z.number().int().min(1).max(MAX_STATUS_LIST_SIZE),
  bits: z.string().min(1),
  revokedAt: z.record(z.string().regex(/^(0|[1-9]\d{0,7})$/), z.iso.datetime()),
});
type StatusListPayload = z.infer<typeof StatusListPayloadSchema>;

export type OpenStatusListResult =
  | { ok: true; list: VerifiedStatusList; raw: StatusList }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' | 'wrong_issuer' };

/** Signs a status list with its issuer's key. */
export async function signStatusList(list: StatusList, signer: CertificateSigner): Promise<SignedDocument> {
  const payload: StatusListPayload = {
    id: list.id,
    issuer: list.issuer,
    updatedAt: list.updatedAt,
    size: list.size,
    bits: bytesToBase64Url(zlibCompress(list.bits)),
    revokedAt: Object.fromEntries(Object.entries(list.revokedAt)),
  };
  return signJsonDocument(STATUS_LIST_FORMAT, StatusListPayloadSchema.parse(payload), signer);
}

/** The list from its payload, or `undefined` when the bits do not inflate to exactly the list's length. */
function statusListFromPayload(payload: StatusListPayload): StatusList | undefined {
  const compressed = base64UrlToBytes(payload.bits);
  if (!compressed) return undefined;
  const length = statusListByteLength(payload.size);
  const inflated = zlibInflateCapped(compressed, length);
  if (!inflated.ok || inflated.bytes.length !== length) return undefined;
  const unusedBits = length * 8 - payload.size;
  if (unusedBits > 0 && ((inflated.bytes.at(-1) ?? 0) & ((1 << unusedBits) - 1)) !== 0) return undefined;
  const revokedAt: Record<number, string> = {};
  for (const [index, at] of Object.entries(payload.revokedAt)) revokedAt[Number(index)] = at;
  const list = { ...payload, bits: inflated.bytes, revokedAt };
  return revocationDatesMatchBits(list) ? list : undefined;
}

/**
 * Opens a downloaded status list. It must be signed by a trusted key (`keyFor` its kid) of the
 * same issuer the list names: one issuer can never revoke — or un-revoke — another's certificates.
 */
export async function openStatusList(
  doc: unknown,
  keyFor: (kid: string) => TrustedKey | undefined,
): Promise<OpenStatusListResult> {
  const signed = readSignedDocument(doc, STATUS_LIST_FORMAT);
  if (!signed) return { ok: false, reason: 'malformed' };
  const key = keyFor(signed.kid);
  if (!key) return { ok: false, reason: 'unknown_key' };
  const opened = await payloadSignedBy(signed, key.publicKey);
  if (!opened.ok) return opened;
  const parsed = StatusListPayloadSchema.safeParse(opened.payload);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.issuer !== key.issuer) return { ok: false, reason: 'wrong_issuer' };
  const raw = statusListFromPayload(parsed.data);
  if (!raw) return { ok: false, reason: 'malformed' };
  return { ok: true, list: verifiedStatusList(raw), raw };
}
