import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { renderCertificatePdf } from './render-certificate-pdf';
import {
  createPdfRenderPool,
  PdfRenderWorkerLostError,
  sharePdfRenderPool,
  type CertificatePdfRenderer,
} from './render-pool';
import { sampleCertificate, sampleQrText } from './testing/sample-certificate';

// Threads start in about a second on a quiet machine; these tests run beside others on two cores.
const THREADS_START = { timeout: 60_000 };

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');
const numbered = (n: number) => `INC/2026/${String(n).padStart(7, '0')}`;
const tooManyFacts = Array.from({ length: 20 }, (_, index) => ({
  label: { en: `Remark ${index + 1}`, te: 'వ్యాఖ్య' },
  value: 'A fact',
}));

/** A thread entry that renders as the real one does, and ends its thread on a certificate held by `DIE`. */
function dyingEntry(): URL {
  const boot = new URL('./render-worker-boot.mjs', import.meta.url).href;
  const code = `import { parentPort } from 'node:worker_threads';
    await import(${JSON.stringify(boot)});
    parentPort.on('message', (message) => { if (message.input.holderName === 'DIE') process.exit(7); });`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** A thread entry that fails as it starts, as a thread without its fonts would. */
function brokenEntry(): URL {
  return new URL(`data:text/javascript,${encodeURIComponent("throw new Error('the fonts are missing');")}`);
}

let qrText: string;
let certificate: (overrides?: Partial<CertificatePdfInput>) => CertificatePdfInput;
let pool: CertificatePdfRenderer;

beforeAll(async () => {
  qrText = await sampleQrText();
  certificate = (overrides = {}) => sampleCertificate(qrText, overrides);
  pool = createPdfRenderPool({ workers: 2 });
});
afterAll(() => pool.close());

describe('the PDF render pool', THREADS_START, () => {
  it('when a certificate is rendered on the pool, then its bytes are those rendered in-thread', async () => {
    const input = certificate();
    const pooled = await pool.render(input);
    expect(Buffer.compare(pooled, await renderCertificatePdf(input))).toBe(0);
  });

  it('when many certificates are handed over at once, then each resolves with its own PDF', async () => {
    const inputs = Array.from({ length: 40 }, (_, n) => certificate({ certificateNumber: numbered(n) }));
    const pdfs = await Promise.all(inputs.map((input) => pool.render(input)));
    pdfs.forEach((pdf, n) => {
      // The document properties, uncompressed, name the certificate.
      expect(latin1(pdf)).toContain(`(Income Certificate ${numbered(n)})`);
      expect(latin1(pdf).trimEnd().endsWith('%%EOF')).toBe(true);
    });
  });

  it("when an input is refused, then its render rejects with the renderer's error and the pool keeps working", async () => {
    const refused = [
      pool.render(certificate({ qrText: 'sv1:lower case' })),
      pool.render(certificate({ issuedAt: '10/03/2026' })),
      pool.render(certificate({ facts: tooManyFacts })),
    ];
    const fine = pool.render(certificate());
    await expect(refused[0]).rejects.toThrow(TypeError);
    await expect(refused[1]).rejects.toThrow(RangeError);
    await expect(refused[2]).rejects.toThrow(/one page/);
    expect(latin1(await fine).startsWith('%PDF-')).toBe(true);
    expect(latin1(await pool.render(certificate())).startsWith('%PDF-')).toBe(true);
  });

  it('when it closes, then it waits for the certificates in flight and refuses new ones', async () => {
    const closing = createPdfRenderPool({ workers: 2 });
    const settled: string[] = [];
    const renders = Array.from({ length: 6 }, (_, n) =>
      closing.render(certificate({ certificateNumber: numbered(n) })).then((pdf) => {
        settled.push(numbered(n));
        return pdf;
      }),
    );
    await closing.close();
    expect(settled).toHaveLength(6);
    await Promise.all(renders);
    await expect(closing.render(certificate())).rejects.toThrow(/closed/);
  });

  it('when a render thread dies, then the certificates it held fail clearly and a new thread renders the rest', async () => {
    const dying = createPdfRenderPool({ workers: 1, entry: dyingEntry() });
    try {
      const held = [dying.render(certificate({ holderName: 'DIE' })), dying.render(certificate())];
      const waiting = [dying.render(certificate()), dying.render(certificate())];
      for (const render of held) {
        await expect(render).rejects.toThrow(PdfRenderWorkerLostError);
        await expect(render).rejects.toThrow(/stopped \(exit code 7\)/);
      }
      for (const pdf of await Promise.all(waiting)) expect(latin1(pdf).startsWith('%PDF-')).toBe(true);
      expect(latin1(await dying.render(certificate())).startsWith('%PDF-')).toBe(true);
    } finally {
      await dying.close();
    }
  });

  it('when a render thread cannot start, then the waiting certificates fail with its error rather than start threads in a loop', async () => {
    const broken = createPdfRenderPool({ workers: 2, entry: brokenEntry() });
    const renders = Array.from({ length: 5 }, () => broken.render(certificate()));
    for (const render of renders) await expect(render).rejects.toThrow(/could not start.*the fonts are missing/);
    // The next certificate tries again, and fails the same way.
    await expect(broken.render(certificate())).rejects.toThrow(PdfRenderWorkerLostError);
    await broken.close();
  });

  it('with no workers, renders on the calling thread, the same bytes', async () => {
    const inThread = createPdfRenderPool({ workers: 0 });
    const input = certificate();
    expect(Buffer.compare(await inThread.render(input), await renderCertificatePdf(input))).toBe(0);
    await expect(inThread.render(certificate({ issuedAt: '10/03/2026' }))).rejects.toThrow(RangeError);
    await inThread.close();
    await expect(inThread.render(input)).rejects.toThrow(/closed/);
  });

  it('when one of two handles on the shared pool closes, then the other keeps rendering', async () => {
    const first = sharePdfRenderPool({ workers: 1 });
    const second = sharePdfRenderPool({ workers: 1 });
    const inFlight = first.render(certificate());
    await first.close();
    expect(latin1(await inFlight).startsWith('%PDF-')).toBe(true);
    await expect(first.render(certificate())).rejects.toThrow(/closed/);
    expect(latin1(await second.render(certificate())).startsWith('%PDF-')).toBe(true);
    await second.close();
    // The last handle closed ends the threads; a new handle starts them again.
    const third = sharePdfRenderPool({ workers: 1 });
    expect(latin1(await third.render(certificate())).startsWith('%PDF-')).toBe(true);
    await third.close();
  });

  it('when a process renders and never closes the pool, then it still finishes its render and exits', async () => {
    const poolUrl = new URL('./render-pool.ts', import.meta.url).href;
    const sampleUrl = new URL('./testing/sample-certificate.ts', import.meta.url).href;
    const dir = mkdtempSync(join(tmpdir(), 'seva-render-pool-'));
    const script = join(dir, 'render-once.mjs');
    // A file, not --eval: workers inherit the process's flags, and --input-type would stop them.
    writeFileSync(
      script,
      `const { createPdfRenderPool } = await import(${JSON.stringify(poolUrl)});
      const { sampleCertificate, sampleQrText } = await import(${JSON.stringify(sampleUrl)});
      const pool = createPdfRenderPool({ workers: 1 });
      const input = sampleCertificate(await sampleQrText());
      const first = await pool.render(input);
      // The thread is idle now; the second render must hold the process open again.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = await pool.render(input);
      console.log(first.byteLength, second.byteLength);`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      timeout: 30_000,
    }).finally(() => rmSync(dir, { recursive: true, force: true }));
    const sizes = stdout.trim().split(' ').map(Number);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toBeGreaterThan(10_000);
  });
});
