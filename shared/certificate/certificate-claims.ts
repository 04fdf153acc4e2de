import { z } from 'zod';
import type { CertificateClaims } from './types';
import type { CborValue } from './cbor';
import { MAX_STATUS_LIST_SIZE } from './status-list';
import { packText, unpackText } from './packed-text';

/**
 * Seva's private claim: `CertificateClaims` as a CBOR map with small integer keys, one byte
 * each, because every byte costs QR modules — a version-15 QR at error correction Q leaves
 * about 190 bytes for the whole CWT. (Two- and three-letter text keys cost 13 to 16 bytes more,
 * which measured as version 16 for a long Telugu name.) The long names exist only in memory.
 * Names and text field values travel as packed text when they are in one non-Latin script
 * (see packed-text.ts).
 */

export const CLAIM_KEYS = {
  schemaVersion: 1,
  documentType: 2,
  certificateNumber: 3,
  name: 4,
  guardianName: 5,
  dateOfBirth: 6,
  fields: 7,
  officeCode: 8,
  statusListId: 9,
  statusIndex: 10,
} as const satisfies Record<keyof CertificateClaims, number>;

type ClaimName = keyof typeof CLAIM_KEYS;
const CLAIM_NAMES = Object.keys(CLAIM_KEYS) as ClaimName[];
const NAME_BY_KEY = new Map<unknown, ClaimName>(CLAIM_NAMES.map((name) => [CLAIM_KEYS[name], name]));

const personName = z.string().min(1).max(120);
const code = z.string().min(1).max(64);
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const MAX_FIELDS = 24;

/** The claims as the issuer must give them and as a verifier accepts them back. */
export const CertificateClaimsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  documentType: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  certificateNumber: code,
  name: personName,
  guardianName: personName.optional(),
  dateOfBirth: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  fields: z
    .record(z.string().regex(FIELD_KEY), z.union([z.string().max(200), z.number().finite()]))
    .refine((fields) => Object.keys(fields).length <= MAX_FIELDS, `at most ${MAX_FIELDS} fields`)
    .optional(),
  officeCode: code,
  statusListId: code,
  statusIndex: z
    .number()
    .int()
    .min(0)
    .max(MAX_STATUS_LIST_SIZE - 1),
}) satisfies z.ZodType<CertificateClaims>;

/** Free text (names, field values) may travel as packed text; codes and dates stay plain text. */
const PACKABLE_CLAIMS: ReadonlySet<ClaimName> = new Set(['name', 'guardianName']);

function textToCbor(value: string | number): unknown {
  return typeof value === 'string' ? (packText(value) ?? value) : value;
}

function textFromCbor(value: CborValue): CborValue | undefined {
  return value instanceof Uint8Array ? unpackText(value) : value;
}

function fieldsToCbor(fields: Record<string, string | number>): Map<string, unknown> {
  return new Map(Object.entries(fields).map(([key, value]) => [key, textToCbor(value)]));
}

/** The claims as the CBOR map that goes into the CWT, in a fixed key order. */
export function claimsToCbor(claims: CertificateClaims): Map<number, unknown> {
  const wireClaims = new Map<number, unknown>();
  for (const name of CLAIM_NAMES) {
    const value = claims[name];
    if (value === undefined) continue;
    const wire =
      typeof value === 'object' ? fieldsToCbor(value) : PACKABLE_CLAIMS.has(name) ? textToCbor(value) : value;
    wireClaims.set(CLAIM_KEYS[name], wire);
  }
  return wireClaims;
}

function fieldsFromCbor(value: CborValue): Record<string, unknown> | undefined {
  if (!(value instanceof Map)) return undefined;
  const entries: [string, unknown][] = [];
  for (const [key, item] of value) {
    // Checked before building the object, so no key can ever reach a prototype.
    if (typeof key !== 'string' || !FIELD_KEY.test(key)) return undefined;
    entries.push([key, textFromCbor(item)]);
  }
  return Object.fromEntries(entries);
}

function claimFromCbor(name: ClaimName, value: CborValue): unknown {
  if (name === 'fields') return fieldsFromCbor(value);
  return PACKABLE_CLAIMS.has(name) ? textFromCbor(value) : value;
}

/** The claims from the decoded private-claim map, or `undefined` when they break the schema. */
export function claimsFromCbor(value: CborValue): CertificateClaims | undefined {
  if (!(value instanceof Map)) return undefined;
  const claims: Record<string, unknown> = {};
  for (const [key, item] of value) {
    const name = NAME_BY_KEY.get(key);
    const claim = name && claimFromCbor(name, item);
    // An absent claim is left out, never written as undefined.
    if (!name || claim === undefined) return undefined;
    claims[name] = claim;
  }
  const parsed = CertificateClaimsSchema.safeParse(claims);
  return parsed.success ? parsed.data : undefined;
}
