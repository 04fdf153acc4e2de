import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/languages';
import type { CertificateSigner, SignedDocument, TrustList, TrustedKey } from './types';
import { PublicP256JwkSchema, importPublicJwk, kidOf, kidToBase64 } from './keys';
import { payloadSignedBy, readSignedDocument, signJsonDocument } from './signed-document';

/**
 * The trust list: every issuer key a verifier accepts, what each may sign and when, signed by
 * a root key that verifiers pin. `seq` only grows; a verifier refuses a list older than the
 * one it holds, so an attacker who replays an old list cannot bring back a withdrawn key.
 *
 * An equal `seq` is accepted: re-downloading the list one already holds is normal, and the
 * opener sees only the held `seq`, not the held payload. The root signer owes the other half
 * of the rule — every change gets a new, higher `seq`.
 */

export const TRUST_LIST_FORMAT = 'seva-trust-list/1';

const isoTime = z.iso.datetime();
const kidBase64 = z.string().regex(/^[A-Za-z0-9+/]{11}=$/, 'a kid is 8 bytes of base64');

const TrustListIssuerSchema = z.strictObject({
  kid: kidBase64,
  issuer: z.string().min(1).max(64),
  name: LocalizedTextSchema,
  documentTypes: z.array(z.string().min(1).max(32)).min(1).max(64),
  notBefore: isoTime,
  notAfter: isoTime.optional(),
  publicKeyJwk: PublicP256JwkSchema.strict(),
  statusListId: z.string().min(1).max(64),
});

export const TrustListSchema = z.strictObject({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  issuedAt: isoTime,
  issuers: z.array(TrustListIssuerSchema).max(10_000),
}) satisfies z.ZodType<TrustList>;

export type OpenTrustListResult =
  { ok: true; list: TrustList } | { ok: false; reason: 'malformed' | 'bad_signature' | 'rollback' };

/** Signs a trust list with the root key. Throws when the list itself breaks the schema. */
export async function signTrustList(list: TrustList, rootSigner: CertificateSigner): Promise<SignedDocument> {
  return signJsonDocument(TRUST_LIST_FORMAT, TrustListSchema.parse(list), rootSigner);
}

/** True when every kid is unique and is the kid of the key printed beside it. */
async function kidsMatchKeys(list: TrustList): Promise<boolean> {
  const kids = list.issuers.map((entry) => entry.kid);
  if (new Set(kids).size !== kids.length) return false;
  const computed = await Promise.all(
    list.issuers.map(async (entry) => kidToBase64(await kidOf(await importPublicJwk(entry.publicKeyJwk)))),
  );
  return computed.every((kid, i) => kid === kids[i]);
}

/**
 * Opens a downloaded trust list: its signature must verify under one of the pinned root keys,
 * its payload must match the schema with each kid matching its key, and its `seq` must not be
 * below `notOlderThanSeq` (the `seq` of the list the verifier already holds).
 */
export async function openTrustList(
  doc: unknown,
  rootPublicKeys: readonly CryptoKey[],
  options: { notOlderThanSeq?: number } = {},
): Promise<OpenTrustListResult> {
  const signed = readSignedDocument(doc, TRUST_LIST_FORMAT);
  if (!signed) return { ok: false, reason: 'malformed' };
  for (const rootKey of rootPublicKeys) {
    const opened = await payloadSignedBy(signed, rootKey);
    if (opened.ok) return checkedTrustList(opened.payload, options.notOlderThanSeq ?? 0);
    if (opened.reason === 'malformed') return { ok: false, reason: 'malformed' };
  }
  return { ok: false, reason: 'bad_signature' };
}

async function checkedTrustList(payload: unknown, notOlderThanSeq: number): Promise<OpenTrustListResult> {
  const parsed = TrustListSchema.safeParse(payload);
  if (!parsed.success || !(await kidsMatchKeys(parsed.data))) return { ok: false, reason: 'malformed' };
  if (parsed.data.seq < notOlderThanSeq) return { ok: false, reason: 'rollback' };
  return { ok: true, list: parsed.data };
}

/** The list's keys, imported and indexed by base64 kid, ready for `VerificationContext.keyFor`. */
export async function trustedKeysFromList(list: TrustList): Promise<Map<string, TrustedKey>> {
  const entries = await Promise.all(
    list.issuers.map(async (entry): Promise<[string, TrustedKey]> => {
      const key: TrustedKey = {
        kid: entry.kid,
        issuer: entry.issuer,
        name: entry.name,
        documentTypes: entry.documentTypes,
        notBefore: entry.notBefore,
        publicKey: await importPublicJwk(entry.publicKeyJwk),
        statusListId: entry.statusListId,
      };
      if (entry.notAfter !== undefined) key.notAfter = entry.notAfter;
      return [entry.kid, key];
    }),
  );
  return new Map(entries);
}
