import {
  DEFAULT_STATUS_LIST_SIZE,
  encodeCertificateQr,
  exportPublicJwk,
  generateSigningKeyPair,
  kidOf,
  kidToBase64,
  newStatusList,
  openStatusList,
  randomStatusIndex,
  signStatusList,
  trustedKeysFromList,
  verifyCertificateQr,
  withRevoked,
  type CertificateSigner,
  type TrustList,
  type VerdictStatus,
  type VerificationContext,
} from '../../shared/certificate';

export interface CertificateVerifyFigures {
  iterations: number;
  /** Mean time from scanned QR text to verdict. */
  perVerificationMs: number;
  p50Ms: number;
  p99Ms: number;
  verificationsPerSecond: number;
  /** How many of each verdict the run produced (every tenth certificate is revoked). */
  verdicts: Partial<Record<VerdictStatus, number>>;
  floorMs: number;
  meetsFloor: boolean;
}

/** The design's budget for one verification (docs/BENCHMARKS.md). */
const FLOOR_MS = 5;
const DISTINCT_CERTIFICATES = 200;
const WARM_UP = 200;

async function benchIssuer(): Promise<{ signer: CertificateSigner; trustList: TrustList }> {
  const pair = await generateSigningKeyPair();
  const kid = await kidOf(pair.publicKey);
  const trustList: TrustList = {
    seq: 1,
    issuedAt: new Date().toISOString(),
    issuers: [
      {
        kid: kidToBase64(kid),
        issuer: 'ap-revenue',
        name: { en: 'Revenue Department', te: 'రెవెన్యూ శాఖ' },
        documentTypes: ['income'],
        notBefore: '2020-01-01T00:00:00.000Z',
        publicKeyJwk: await exportPublicJwk(pair.publicKey),
        statusListId: 'ap-revenue-1',
      },
    ],
  };
  return { signer: { kid, privateKey: pair.privateKey }, trustList };
}

/**
 * A kiosk's verification in Node: QR text → verdict, with a trusted-key lookup and a status
 * list of 131,072 indices opened from its signed document, over 200 distinct income
 * certificates with Telugu names (every tenth revoked).
 */
export async function benchVerifyInNode(iterations = 5000): Promise<CertificateVerifyFigures> {
  const { signer, trustList } = await benchIssuer();
  const keys = await trustedKeysFromList(trustList);
  const now = new Date();
  const issuedAt = Math.floor(now.getTime() / 1000) - 86_400;

  let statusList = newStatusList('ap-revenue-1', 'ap-revenue', DEFAULT_STATUS_LIST_SIZE, now);
  const texts: string[] = [];
  for (let i = 0; i < DISTINCT_CERTIFICATES; i++) {
    const statusIndex = randomStatusIndex(DEFAULT_STATUS_LIST_SIZE);
    if (i % 10 === 0) statusList = withRevoked(statusList, statusIndex, now);
    texts.push(
      await encodeCertificateQr({
        envelope: { issuer: 'ap-revenue', issuedAt, expiresAt: issuedAt + 365 * 86_400 },
        claims: {
          schemaVersion: 1,
          documentType: 'income',
          certificateNumber: `INC/2026/${String(i).padStart(7, '0')}`,
          name: 'వెంకట సత్య నాగ లక్ష్మీ నరసింహ మూర్తి',
          guardianName: 'సూర్య నారాయణ రావు',
          fields: { annualIncome: 100_000 + i * 1000, financialYear: '2025-26' },
          officeCode: 'SEC-0841',
          statusListId: 'ap-revenue-1',
          statusIndex,
        },
        signer,
      }),
    );
  }
  const opened = await openStatusList(await signStatusList(statusList, signer), (kid) => keys.get(kid));
  if (!opened.ok) throw new Error(`the bench status list did not open: ${opened.reason}`);
  const context: VerificationContext = {
    now,
    keyFor: (kid) => keys.get(kid),
    statusList: (id) => (id === opened.list.id ? opened.list : undefined),
  };

  // An empty text would be NOT_OURS, which the verdict check below refuses.
  const textAt = (i: number) => texts[i % texts.length] ?? '';
  for (let i = 0; i < WARM_UP; i++) await verifyCertificateQr(textAt(i), context);
  const durations = new Float64Array(iterations);
  const verdicts: Partial<Record<VerdictStatus, number>> = {};
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const before = performance.now();
    const verdict = await verifyCertificateQr(textAt(i), context);
    durations[i] = performance.now() - before;
    verdicts[verdict.status] = (verdicts[verdict.status] ?? 0) + 1;
  }
  const totalMs = performance.now() - started;
  if (Object.keys(verdicts).some((status) => status !== 'VALID' && status !== 'REVOKED')) {
    throw new Error(`unexpected verdicts in the bench: ${JSON.stringify(verdicts)}`);
  }
  durations.sort();
  const perVerificationMs = totalMs / iterations;
  return {
    iterations,
    perVerificationMs,
    p50Ms: durations[Math.floor(iterations * 0.5)] ?? 0,
    p99Ms: durations[Math.min(iterations - 1, Math.floor(iterations * 0.99))] ?? 0,
    verificationsPerSecond: Math.round(1000 / perVerificationMs),
    verdicts,
    floorMs: FLOOR_MS,
    meetsFloor: perVerificationMs <= FLOOR_MS,
  };
}
