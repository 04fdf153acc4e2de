import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isUuidV7 } from '../../shared/ids';
import { loadShippedCatalog } from '../catalog/shipped-catalog';
import type { CertificateDeps } from '../certificates/certificate-deps';
import { openCertificates } from '../certificates/open-certificates';
import { revokeCertificate } from '../certificates/revoke-certificate';
import { sampleCertificate } from '../certificates/sample-certificate';
import { keysDirOf, loadConfig } from '../config';
import { CatalogService } from '../domain/catalog-service';
import { loadShippedGeography } from '../geography/shipped-geography';
import { openStore } from '../store/open-store';
import { parseVerifyArgs, verifyCommand } from './cert-verify';

type MakeUsageError = (message: string) => Error;

/** The income certificate the sample imitates. */
const SAMPLE_SERVICE = 'rev.income-certificate';

/**
 * `seva cert issue --sample | verify | revoke | rotate`, against the same DATA_DIR or
 * DATABASE_URL (and KEYS_DIR) as the server.
 */
export async function certCommand(args: string[], usage: MakeUsageError): Promise<void> {
  const [action, ...rest] = args;
  switch (action ?? '') {
    case 'issue':
      return withCertificates((deps) => issueSample(deps, rest, usage));
    case 'verify': {
      const request = await parseVerifyArgs(rest, usage);
      if (!(await verifyCommand(request, openCertificatesForCli))) process.exitCode = 1;
      return;
    }
    case 'revoke':
      return withCertificates((deps) => revoke(deps, rest, usage));
    case 'rotate':
      return withCertificates((deps) => rotate(deps, rest, usage));
    default:
      throw usage(action ? `unknown cert action "${action}"` : 'cert needs an action: issue, verify, revoke or rotate');
  }
}

async function openCertificatesForCli(): Promise<{ deps: CertificateDeps; close(): Promise<void> }> {
  const config = loadConfig(process.env);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const now = () => new Date();
    const deps = await openCertificates({
      store,
      catalog: new CatalogService(store, { graceDays: config.CATALOG_GRACE_DAYS, now }),
      geography: loadShippedGeography(),
      keysDir: keysDirOf(config),
      now,
      departmentsWithoutCatalog: loadShippedCatalog().departments,
    });
    return { deps, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function withCertificates(run: (deps: CertificateDeps) => Promise<void>): Promise<void> {
  const { deps, close } = await openCertificatesForCli();
  try {
    await run(deps);
  } finally {
    await close();
  }
}

function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>, usage: MakeUsageError) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}

async function issueSample(deps: CertificateDeps, args: string[], usage: MakeUsageError): Promise<void> {
  const { values, positionals } = parse(args, { sample: { type: 'boolean' }, out: { type: 'string' } }, usage);
  if (values.sample !== true || positionals.length > 0) {
    throw usage(
      'cert issue makes sample certificates only: cert issue --sample [--out file.pdf]; real ones are issued on approval',
    );
  }
  const departments = (await deps.store.getCatalog())?.departments ?? loadShippedCatalog().departments;
  const department = departments.find((d) => d.services.some((s) => s.id === SAMPLE_SERVICE));
  const service = department?.services.find((s) => s.id === SAMPLE_SERVICE);
  if (!department || !service) throw new Error(`the catalog has no ${SAMPLE_SERVICE} to make a sample of`);
  const { qr, pdf, certificate } = await sampleCertificate(deps, service, department);
  const out = resolve(typeof values.out === 'string' ? values.out : 'seva-sample-certificate.pdf');
  await writeFile(out, pdf);
  console.log(`Wrote a sample ${service.name.en} ${certificate.number} to ${out}`);
  console.log(`signed by ${certificate.issuer} (kid ${certificate.issuerKid}). Its QR text:`);
  console.log(qr);
}

async function revoke(deps: CertificateDeps, args: string[], usage: MakeUsageError): Promise<void> {
  const { values, positionals } = parse(args, { reason: { type: 'string' } }, usage);
  const [which, ...extra] = positionals;
  if (!which || extra.length > 0) throw usage('cert revoke takes one certificate number or id');
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (!reason) throw usage('--reason is required: say why the certificate is revoked');
  const stored = isUuidV7(which)
    ? await deps.store.certificates.get(which)
    : await deps.store.certificates.getByNumber(which.trim().toUpperCase());
  if (!stored) throw new Error(`there is no certificate ${which}`);
  const wasRevoked = stored.certificate.revokedAt;
  const operator = { role: 'admin' as const, name: 'seva cert revoke' };
  const revoked = await revokeCertificate(deps, operator, stored.certificate.id, reason);
  console.log(
    wasRevoked
      ? `Certificate ${revoked.number} was already revoked on ${wasRevoked} (${revoked.revocationReason ?? ''}).`
      : `Revoked certificate ${revoked.number}: ${reason}. Status list ${revoked.statusListId} now says so.`,
  );
}

async function rotate(deps: CertificateDeps, args: string[], usage: MakeUsageError): Promise<void> {
  const { values, positionals } = parse(args, { issuer: { type: 'string' } }, usage);
  if (typeof values.issuer !== 'string' || positionals.length > 0)
    throw usage('cert rotate needs --issuer <id>, e.g. AP-REV');
  const { retired, current, seq } = await deps.keys.rotate(values.issuer);
  console.log(`Rotated ${values.issuer}: new signing key ${current.kid}.`);
  console.log(`The old key ${retired.kid} stays trusted for what it signed until ${retired.notAfter ?? ''}.`);
  console.log(`Published trust list ${seq}.`);
}
