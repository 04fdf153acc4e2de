import type { Logger } from 'pino';
import type { CertificateDeps } from './certificate-deps';
import { issuingRule } from './document-types';
import { issueCertificate } from './issue-certificate';

/** Requests handled per sweep; the next sweep takes the rest. */
const BATCH = 100;

export interface IssuanceSweep {
  /** Issues what is outstanding now; resolves with how many requests were issued. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Issues certificates a process approved but never issued — it died between the two commits,
 * or issuing failed. Requests approved within `graceMs` are left to the process approving
 * them; any overlap is harmless, because issuance is exactly-once in the database.
 */
export function startIssuanceSweep(
  deps: CertificateDeps,
  options: { intervalMs: number; graceMs: number; logger: Logger },
): IssuanceSweep {
  let running: Promise<number> | undefined;
  const sweep = async (): Promise<number> => {
    const { catalog } = await deps.catalog.latest();
    // Services Seva does not issue for stay approved until the office delivers; never sweep them.
    const serviceIds = catalog.departments.flatMap((d) => d.services.filter((s) => issuingRule(s)).map((s) => s.id));
    const before = new Date(deps.now().getTime() - options.graceMs).toISOString();
    const ids = await deps.store.certificates.approvedWithoutCertificate(serviceIds, before, BATCH);
    let issued = 0;
    for (const id of ids) {
      try {
        if ((await issueCertificate(deps, id))?.status === 'issued') issued++;
      } catch (error) {
        options.logger.error({ err: error, requestId: id }, 'certificate issuance failed; the next sweep retries');
      }
    }
    if (issued > 0) options.logger.info({ issued }, 'issued certificates left over from earlier approvals');
    return issued;
  };
  // One sweep at a time per process; a tick that finds one running skips.
  const runOnce = () => {
    running ??= sweep().finally(() => (running = undefined));
    return running;
  };
  const tick = () =>
    void runOnce().catch((error: unknown) => options.logger.error({ err: error }, 'certificate sweep failed'));
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
