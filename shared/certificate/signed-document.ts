import { z } from 'zod';
import type { CertificateSigner, SignedDocument } from './types';
import { base64UrlToBytes, bytesToBase64Url } from './base64';
import { kidToBase64 } from './keys';
import { signEs256, verifyEs256 } from './es256';

/**
 * A JSON document signed with ES256 (the trust list and the status lists):
 * `{ format, kid, payload: base64url(UTF-8 JSON), signature: base64url(r‖s over the payload bytes) }`.
 * Verifiers check the signature over the bytes before parsing the JSON, and each format's
 * strict schema keeps one kind of document from being read as another.
 */

/** Generous for a list of thousands of issuer keys or a status list with many revocation dates. */
const MAX_PAYLOAD_CHARS = 16 * 1024 * 1024;

export const SignedDocumentSchema = z.strictObject({
  format: z.string().min(1).max(64),
  kid: z.string().min(1).max(64),
  payload: z.string().min(1).max(MAX_PAYLOAD_CHARS),
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'an ES256 signature is 64 bytes of base64url'),
}) satisfies z.ZodType<SignedDocument>;

/** Signs `payload` (already valid JSON data) as a document of `format`. */
export async function signJsonDocument(
  format: string,
  payload: unknown,
  signer: CertificateSigner,
): Promise<SignedDocument> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return {
    format,
    kid: kidToBase64(signer.kid),
    payload: bytesToBase64Url(bytes),
    signature: bytesToBase64Url(await signEs256(signer.privateKey, bytes)),
  };
}

/** The document if `doc` has the signed-document shape and the expected format, else `undefined`. */
export function readSignedDocument(doc: unknown, format: string): SignedDocument | undefined {
  const parsed = SignedDocumentSchema.safeParse(doc);
  return parsed.success && parsed.data.format === format ? parsed.data : undefined;
}

export type SignedPayloadResult = { ok: true; payload: unknown } | { ok: false; reason: 'malformed' | 'bad_signature' };

/** The parsed JSON payload when `publicKey` signed it; the JSON is read only after the signature checks out. */
export async function payloadSignedBy(doc: SignedDocument, publicKey: CryptoKey): Promise<SignedPayloadResult> {
  const bytes = base64UrlToBytes(doc.payload);
  const signature = base64UrlToBytes(doc.signature);
  if (!bytes || !signature) return { ok: false, reason: 'malformed' };
  if (!(await verifyEs256(publicKey, signature, bytes))) return { ok: false, reason: 'bad_signature' };
  try {
    return { ok: true, payload: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
