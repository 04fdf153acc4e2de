import { chromiumAvailable, CHROMIUM_PATH, launchProfile } from '../../test/helpers/browser';
import { issueIncomeCertificate, startCertificateServer } from '../../test/e2e/helpers/kiosk-certificates';
import { buildPwa } from './build-pwa';

export interface VerifyBenchOptions {
  /** Verifications timed, after one untimed warm-up. Default 1,000. */
  verifications?: number;
  /** A PWA already built with the fixed test root pinned; built (and removed) here when absent. */
  pwaDir?: string;
}

export interface VerifyFigures {
  /** QR text to verdict inside the kiosk's verifier worker, mean over the run (the floor is ≤ 5 ms). */
  perVerificationMs: number;
  /** The same measured from the page, with the Comlink round trip to the worker and back. */
  roundTripMs: number;
  verifications: number;
  /** The verdict every run reached: VALID, so the status list was consulted each time. */
  status: string;
  chromium: string;
}

/** What the page hands back from one timed run. */
interface PageRun {
  inWorkerMs: number;
  roundTripMs: number;
  status: string;
}

/**
 * Certificate verification in Chromium, as a kiosk does it: the built PWA's `/kiosk`, its
 * verifier worker holding the trust and status lists it refreshed from a real server, and a
 * QR text that server issued. Times `verifications` verifications in the worker (QR text →
 * verdict, keys and lists already cached) and the same from the page. The page exposes
 * `window.sevaKiosk` only because this bench sets `__SEVA_TEST_HOOKS__` before it loads.
 *
 * Called as `await benchVerifyInChromium({ verifications: 1000 })`; figures for
 * docs/BENCHMARKS.md.
 */
export async function benchVerifyInChromium(options: VerifyBenchOptions = {}): Promise<VerifyFigures> {
  if (!chromiumAvailable()) throw new Error(`the verification bench needs Chromium at ${CHROMIUM_PATH}`);
  const verifications = options.verifications ?? 1000;
  const built = options.pwaDir ? undefined : buildPwa();
  const world = await startCertificateServer({ pwaDir: options.pwaDir ?? built?.dir ?? '' });
  const context = await launchProfile({ viewport: { width: 1024, height: 768 } });
  try {
    const certificate = await issueIncomeCertificate(world, 'Lakshmi Devi');
    await context.addInitScript(() => {
      window.__SEVA_TEST_HOOKS__ = true;
    });
    const page = await context.newPage();
    await page.goto(`${world.server.url}/kiosk`);
    await page.waitForFunction(() => window.sevaKiosk !== undefined);
    // The lists must be cached first, or every verdict would be UNKNOWN_ISSUER.
    await page.evaluate(async () => {
      while ((await window.sevaKiosk?.status())?.dataAsOf === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const run = await page.evaluate(
      async ({ qr, count }): Promise<PageRun> => {
        const hooks = window.sevaKiosk;
        if (!hooks) throw new Error('the kiosk test hooks are missing');
        const timing = await hooks.timeVerifications(qr, count);
        const started = performance.now();
        for (let i = 0; i < count; i++) await hooks.verify(qr);
        return {
          inWorkerMs: timing.totalMs / count,
          roundTripMs: (performance.now() - started) / count,
          status: timing.verdict.status,
        };
      },
      { qr: certificate.qr, count: verifications },
    );
    if (run.status !== 'VALID') throw new Error(`the benchmark certificate verified as ${run.status}, not VALID`);
    return {
      perVerificationMs: run.inWorkerMs,
      roundTripMs: run.roundTripMs,
      verifications,
      status: run.status,
      chromium: context.browser()?.version() ?? 'unknown',
    };
  } finally {
    await context.close();
    await world.close();
    built?.remove();
  }
}
