import {
  SEVA_QR_PREFIX,
  type CertificateVerdict,
  type DecodedClaims,
  type TrustedKey,
  type VerificationContext,
} from './types';
import { VERDICT_REASONS, type VerdictReason } from './verdict-reasons';
import { decodeBase45 } from './base45';
import { MAX_INFLATED_CERTIFICATE_BYTES, zlibInflateCapped } from './zlib';
import { parseCoseSign1, sigStructure } from './cose-sign1';
import { kidToBase64 } from './keys';
import { verifyEs256 } from './es256';
import { decodeCwt, type DecodedCwt } from './cwt';

/** A version-40 QR holds at most 4,296 alphanumeric characters; a text twice that long came from no QR. */
export const MAX_QR_TEXT_CHARS = 8192;
export const DEFAULT_CLOCK_SKEW_SECONDS = 300;

/** What a verdict may show besides its status: only ever filled in once the signature is good. */
type Shown = Pick<CertificateVerdict, 'claims' | 'issuer' | 'revokedAt' | 'statusAsOf'>;

function verdict(reason: VerdictReason, shown: Shown = {}): CertificateVerdict {
  return { status: VERDICT_REASONS[reason], reason, ...shown };
}

/** Why a trusted key may not vouch for this CWT, or `undefined` when it may. */
function keyRefusal(key: TrustedKey, cwt: DecodedCwt): VerdictReason | undefined {
  if (cwt.envelope.issuer !== key.issuer) return 'issuer_mismatch';
  const documentType = cwt.seva?.documentType;
  const typeAllowed =
    key.documentTypes.includes('*') || (documentType !== undefined && key.documentTypes.includes(documentType));
  const signedAt = cwt.envelope.issuedAt * 1000;
  const notAfter = key.notAfter === undefined ? Infinity : Date.parse(key.notAfter);
  // An unparseable bound is NaN, and every comparison with NaN is false: it refuses.
  const insideKeyLife = signedAt >= Date.parse(key.notBefore) && signedAt <= notAfter;
  return typeAllowed && insideKeyLife ? undefined : 'key_not_allowed';
}

function decodedClaims(cwt: DecodedCwt, kid: string): DecodedClaims {
  const { issuer, issuedAt, expiresAt } = cwt.envelope;
  return {
    issuer,
    issuedAt: new Date(issuedAt * 1000).toISOString(),
    ...(expiresAt !== undefined && { expiresAt: new Date(expiresAt * 1000).toISOString() }),
    kid,
    ...(cwt.seva && { seva: cwt.seva }),
    raw: cwt.raw,
  };
}

/** The verdict once the signature, key and dates have passed: the status bit decides. */
function statusVerdict(cwt: DecodedCwt, shown: Shown, context: VerificationContext): CertificateVerdict {
  const seva = cwt.seva;
  const list = seva && context.statusList?.(seva.statusListId);
  // Only the certificate's own issuer's list can speak for it.
  if (!seva || !list || list.id !== seva.statusListId || list.issuer !== cwt.envelope.issuer) {
    return verdict('valid', shown);
  }
  const statusAsOf = list.updatedAt;
  if (!list.isRevoked(seva.statusIndex)) return verdict('valid', { ...shown, statusAsOf });
  const revokedAt = list.revokedAt(seva.statusIndex);
  return verdict('revoked', { ...shown, statusAsOf, ...(revokedAt !== undefined && { revokedAt }) });
}

async function verify(text: string, context: VerificationContext): Promise<CertificateVerdict> {
  const prefix =
    typeof text === 'string' ? (context.prefixes ?? [SEVA_QR_PREFIX]).find((p) => text.startsWith(p)) : undefined;
  if (prefix === undefined) return verdict('unknown_prefix');
  const nowSeconds = Math.floor(context.now.getTime() / 1000);
  if (!Number.isFinite(nowSeconds)) return verdict('invalid_clock');
  if (text.length > MAX_QR_TEXT_CHARS) return verdict('too_long');

  const compressed = decodeBase45(text.slice(prefix.length));
  if (!compressed) return verdict('base45_malformed');
  const inflated = zlibInflateCapped(compressed, MAX_INFLATED_CERTIFICATE_BYTES);
  if (!inflated.ok) return verdict(inflated.reason);
  const cose = parseCoseSign1(inflated.bytes);
  if (!cose.ok) return verdict(cose.reason);
  const { protectedBytes, payload, signature } = cose.message;

  const kid = kidToBase64(cose.message.kid);
  const trusted = context.fixedKey ? undefined : context.keyFor(kid);
  const publicKey = context.fixedKey ?? trusted?.publicKey;
  if (!publicKey) return verdict('unknown_kid');
  if (!(await verifyEs256(publicKey, signature, sigStructure(protectedBytes, payload)))) {
    return verdict('bad_signature');
  }

  const cwt = decodeCwt(payload);
  if (!cwt || (prefix === SEVA_QR_PREFIX && !cwt.seva)) return verdict('claims_malformed');
  const refusal = trusted && keyRefusal(trusted, cwt);
  if (refusal) return verdict(refusal);

  const shown: Shown = {
    claims: decodedClaims(cwt, kid),
    ...(trusted && { issuer: { issuer: trusted.issuer, name: trusted.name } }),
  };
  const skewSetting = context.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const skew = Number.isFinite(skewSetting) ? Math.max(0, skewSetting) : DEFAULT_CLOCK_SKEW_SECONDS;
  if (cwt.envelope.issuedAt > nowSeconds + skew) return verdict('not_yet_valid', shown);
  const { expiresAt } = cwt.envelope;
  if (expiresAt !== undefined && expiresAt < nowSeconds - skew) return verdict('expired', shown);
  return statusVerdict(cwt, shown, context);
}

/**
 * The verdict on a scanned QR text, in the order of design decision 7: prefix → Base45 →
 * inflate (capped) → COSE_Sign1 → kid → key (`fixedKey`, else `keyFor`) → ES256 signature →
 * key allowed (issuer, document type, `iat` within the key's life) → validity dates with
 * clock skew → status bit → VALID.
 *
 * Never throws and never rejects: malformed or hostile input is INVALID or NOT_OURS with a
 * reason, and claims appear only once the signature is good. An exception from the context's
 * callbacks fails closed as INVALID `unexpected_error`.
 */
export async function verifyCertificateQr(text: string, context: VerificationContext): Promise<CertificateVerdict> {
  try {
    return await verify(text, context);
  } catch {
    return verdict('unexpected_error');
  }
}
