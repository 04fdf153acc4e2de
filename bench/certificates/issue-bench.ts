import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  encodeCertificateQr,
  generateSigningKeyPair,
  kidOf,
  type CertificateClaims,
  type CertificateSigner,
} from '../../shared/certificate';
import { renderCertificatePdf, type CertificatePdfInput } from '../../sync-server/certificates/pdf';
import { sharePdfRenderPool, type CertificatePdfRenderer } from '../../sync-server/certificates/pdf/render-pool';

/**
 * Certificate issue as the server does it, minus storage: sign the claims into an `SV1:` QR
 * text (CBOR → COSE ES256 → zlib → Base45), then render the bilingual PDF carrying it. Every
 * certificate differs in number, holder, guardian, date of birth and income, so the renderer's
 * word cache sees a realistic mix of repeated labels and new names.
 *
 * `benchIssue` runs on this thread; `benchIssueOnWorkers` runs the same loop on worker threads
 * (this file is also the workers' code); `benchIssueWithPool` is the server's path: sign on this
 * thread, render on the PDF render pool that `openCertificates` gives issuance.
 */

export const ISSUE_FLOOR_PER_SECOND = 200;

export interface IssueFigures {
  count: number;
  seconds: number;
  perSecond: number;
  /**
   * The fastest 100 certificates in a row, as certificates a second: on a machine shared with
   * other work, the closest figure to what the code does with a core to itself.
   */
  bestRoundPerSecond: number;
  /** Processor time (all of the process's threads) per certificate: steadier than the clock under load. */
  cpuMsPerCertificate: number;
  /** Mean time of one certificate, and its two parts. */
  msPerCertificate: number;
  signMs: number;
  renderMs: number;
  /** Mean size of a certificate's PDF. */
  pdfBytes: number;
  qrTextChars: number;
}

export interface WorkerIssueFigures {
  workers: number;
  count: number;
  seconds: number;
  perSecond: number;
}

export interface PoolIssueFigures extends WorkerIssueFigures {
  /** Processor time (all of the process's threads) per certificate. */
  cpuMsPerCertificate: number;
  /**
   * The calling thread's event loop delay, 99th percentile: how long a request arriving there
   * could wait behind issuance (in-thread rendering holds it ~7 ms per certificate).
   */
  eventLoopP99Ms: number;
}

const WARMUP = 100;
const ROUND = 100;
/** Certificates being issued at once per render thread, as concurrent approvals would be: enough to keep each thread fed. */
const CONCURRENT_PER_WORKER = 4;

/** Issues `count` certificates one after another on this thread, after a warm-up. */
export async function benchIssue(count: number): Promise<IssueFigures> {
  const signer = await newSigner();
  for (let i = 0; i < WARMUP; i++) await issueOne(signer, count + i);
  let signMs = 0;
  let renderMs = 0;
  let pdfBytes = 0;
  let qrTextChars = 0;
  let bestRoundMs = Infinity;
  let roundStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    if (i % ROUND === 0) roundStarted = performance.now();
    const t0 = performance.now();
    const qrText = await encodeCertificateQr(certificateToSign(signer, i));
    const t1 = performance.now();
    const pdf = await renderCertificatePdf(pdfInput(i, qrText));
    signMs += t1 - t0;
    renderMs += performance.now() - t1;
    pdfBytes += pdf.byteLength;
    qrTextChars += qrText.length;
    if (i % ROUND === ROUND - 1) bestRoundMs = Math.min(bestRoundMs, performance.now() - roundStarted);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    count,
    seconds,
    perSecond: count / seconds,
    bestRoundPerSecond: count < ROUND ? count / seconds : (ROUND * 1000) / bestRoundMs,
    cpuMsPerCertificate: (cpu.user + cpu.system) / 1000 / count,
    msPerCertificate: (seconds * 1000) / count,
    signMs: signMs / count,
    renderMs: renderMs / count,
    pdfBytes: Math.round(pdfBytes / count),
    qrTextChars: Math.round(qrTextChars / count),
  };
}

/**
 * Issues `count` certificates split over `workers` threads. Each worker warms up first; the
 * clock runs from the moment all are told to start until the last one finishes.
 */
export async function benchIssueOnWorkers(count: number, workers: number): Promise<WorkerIssueFigures> {
  const share = Math.ceil(count / workers);
  // Loader hooks do not pass to worker threads: each worker registers the TypeScript loader
  // itself, then loads this file.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const threads = Array.from(
    { length: workers },
    (_, index) => new Worker(bootstrap, { eval: true, workerData: { issueBench: { share, offset: index * share } } }),
  );
  try {
    await Promise.all(threads.map((thread) => nextMessage(thread)));
    const started = performance.now();
    for (const thread of threads) thread.postMessage('start');
    await Promise.all(threads.map((thread) => nextMessage(thread)));
    const seconds = (performance.now() - started) / 1000;
    return { workers, count: share * workers, seconds, perSecond: (share * workers) / seconds };
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/**
 * Issues `count` certificates as the server does: each signed on this thread, its PDF rendered
 * on the same render pool the server uses (`sharePdfRenderPool`), with `workers` threads. After
 * a warm-up that starts every thread, several certificates are in flight at once, as concurrent
 * approvals would be.
 */
export async function benchIssueWithPool(count: number, workers: number): Promise<PoolIssueFigures> {
  const signer = await newSigner();
  const pool = sharePdfRenderPool({ workers });
  const concurrent = Math.max(1, workers) * CONCURRENT_PER_WORKER;
  try {
    await issueOnPool(pool, signer, { count: WARMUP * Math.max(1, workers), concurrent, at: (n) => -1 - n });
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    await issueOnPool(pool, signer, { count, concurrent, at: (n) => n });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    delay.disable();
    return {
      workers,
      count,
      seconds,
      perSecond: count / seconds,
      cpuMsPerCertificate: (cpu.user + cpu.system) / 1000 / count,
      eventLoopP99Ms: delay.percentile(99) / 1e6,
    };
  } finally {
    await pool.close();
  }
}

/** Issues `count` certificates, `concurrent` at a time; certificate `n` is the `at(n)`th of the population. */
async function issueOnPool(
  pool: CertificatePdfRenderer,
  signer: CertificateSigner,
  { count, concurrent, at }: { count: number; concurrent: number; at: (n: number) => number },
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = at(next++);
      const qrText = await encodeCertificateQr(certificateToSign(signer, i));
      await pool.render(pdfInput(i, qrText));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrent, count) }, lane));
}

/** A worker: warm up, say so, wait for the start, issue its share, say so. */
async function runWorker(port: NonNullable<typeof parentPort>, { share, offset }: { share: number; offset: number }) {
  const signer = await newSigner();
  for (let i = 0; i < WARMUP; i++) await issueOne(signer, -1 - i);
  port.postMessage('ready');
  await new Promise((resolve) => port.once('message', resolve));
  for (let i = 0; i < share; i++) await issueOne(signer, offset + i);
  port.postMessage('done');
}

function nextMessage(thread: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
}

async function issueOne(signer: CertificateSigner, i: number): Promise<Uint8Array> {
  return renderCertificatePdf(pdfInput(i, await encodeCertificateQr(certificateToSign(signer, i))));
}

async function newSigner(): Promise<CertificateSigner> {
  const { privateKey, publicKey } = await generateSigningKeyPair();
  return { kid: await kidOf(publicKey), privateKey };
}

// A small population, combined so that names repeat as they do in a district's day of issues.
// Short Latin names: with ECC Q a QR holds at most 426 characters at version 15, and the sample
// income claims already take about 410, so a longer name, or one in Telugu (three bytes a letter
// in UTF-8), needs a larger symbol than the certificate format allows.
const GIVEN = ['Ravi', 'Lakshmi', 'Sai', 'Anjali', 'Durga', 'Satya', 'Kiran', 'Padma'];
const FAMILY = ['Gorle', 'Vemuri', 'Kota', 'Nalla', 'Reddy', 'Sunkara', 'Bonthu'];
const ISSUED_AT = Date.parse('2026-05-20T04:30:00Z');

function personName(i: number): string {
  const n = Math.abs(i);
  return `${GIVEN[n % GIVEN.length]} ${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}`;
}

function certificateNumber(i: number): string {
  return `INC/2026/${String(Math.abs(i)).padStart(7, '0')}`;
}

function annualIncome(i: number): number {
  return 60_000 + ((Math.abs(i) * 7919) % 240_000);
}

function dateOfBirth(i: number): string {
  const n = Math.abs(i);
  return `${1950 + (n % 50)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
}

function certificateToSign(signer: CertificateSigner, i: number) {
  const issuedAt = Math.floor(ISSUED_AT / 1000) + Math.abs(i);
  const claims: CertificateClaims = {
    schemaVersion: 1,
    documentType: 'income',
    certificateNumber: certificateNumber(i),
    name: personName(i),
    guardianName: personName(i + 3),
    dateOfBirth: dateOfBirth(i),
    fields: { annualIncome: annualIncome(i), financialYear: '2026-27' },
    officeCode: 'SEC-0312',
    statusListId: 'ap-revenue-1',
    statusIndex: Math.abs(i) % 131_072,
  };
  return { envelope: { issuer: 'ap-revenue', issuedAt, expiresAt: issuedAt + 365 * 86_400 }, claims, signer };
}

function pdfInput(i: number, qrText: string): CertificatePdfInput {
  const issuedAt = new Date(ISSUED_AT + Math.abs(i) * 1000);
  return {
    title: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
    department: { en: 'Revenue Department', te: 'రెవెన్యూ శాఖ' },
    office: { en: 'Ward Secretariat 12, Guntur', te: 'వార్డు సచివాలయం 12, గుంటూరు', code: 'SEC-0312' },
    certificateNumber: certificateNumber(i),
    reference: `APR-${String(Math.abs(i)).padStart(8, '0')}`,
    holderName: personName(i),
    guardianName: personName(i + 3),
    dateOfBirth: dateOfBirth(i),
    facts: [
      {
        label: { en: 'Annual income', te: 'వార్షిక ఆదాయం' },
        value: `₹${annualIncome(i).toLocaleString('en-IN')}`,
      },
      { label: { en: 'Financial year', te: 'ఆర్థిక సంవత్సరం' }, value: '2026-27' },
    ],
    issuedAt: issuedAt.toISOString(),
    validUntil: new Date(issuedAt.getTime() + 365 * 86_400_000).toISOString(),
    qrText,
  };
}

const order = (workerData as { issueBench?: { share: number; offset: number } } | null)?.issueBench;
if (!isMainThread && parentPort && order) {
  await runWorker(parentPort, order);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `npx tsx bench/certificates/issue-bench.ts [count]`
  const count = Number(process.argv[2] ?? 2000);
  const one = await benchIssue(count);
  console.log(
    `one thread: ${one.perSecond.toFixed(0)} certificates/s, best round ${one.bestRoundPerSecond.toFixed(0)}/s ` +
      `(${one.msPerCertificate.toFixed(2)} ms each: sign ${one.signMs.toFixed(2)} ms, PDF ${one.renderMs.toFixed(2)} ms; ` +
      `${one.cpuMsPerCertificate.toFixed(2)} ms of processor time), PDF ${one.pdfBytes} bytes, QR ${one.qrTextChars} characters`,
  );
  const workers = Math.min(2, cpus().length);
  const own = await benchIssueOnWorkers(count, workers);
  console.log(`${own.workers} worker threads, each signing and rendering: ${own.perSecond.toFixed(0)} certificates/s`);
  // The server's path, with one render thread and with two, one after the other in this run.
  for (const size of [1, 2]) {
    const pooled = await benchIssueWithPool(count, size);
    console.log(
      `sign here, PDF on the render pool of ${size}: ${pooled.perSecond.toFixed(0)} certificates/s ` +
        `(${pooled.cpuMsPerCertificate.toFixed(2)} ms of processor time each; this thread's event loop delay p99 ` +
        `${pooled.eventLoopP99Ms.toFixed(1)} ms)`,
    );
  }
  console.log(`floor: ≥ ${ISSUE_FLOOR_PER_SECOND}/s`);
}
