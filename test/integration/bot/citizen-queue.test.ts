import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestQueuePort } from '../../../shared/ports/bot-host-ports';
import { newUuidV7 } from '../../../shared/ids';
import type { Service } from '../../../shared/model/service';
import { todayIso } from '../../../shared/validation';
import { createCertificateDesk } from '../../../sync-server/certificates/certificate-desk';
import { CatalogService } from '../../../sync-server/domain/catalog-service';
import { createCitizenQueue } from '../../../sync-server/domain/citizen-queue';
import { indexGeography, loadShippedGeography } from '../../../sync-server/geography/shipped-geography';
import { validAnswersFor } from '../../fixtures/answers';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import { enrollDevice, pullAll } from '../../helpers/sync-device';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const HOME = 'GNT-01-001';
const CITIZEN = { whatsappId: '919876543210', mobile: '9876543210' };

describe('the request queue as the WhatsApp bot uses it', () => {
  let server: TestServer;
  let queue: RequestQueuePort;
  let income: Service;
  let officer: string;

  beforeAll(async () => {
    server = await startTestServer({ certificates: { keysDir: await fixtureKeysDir() } });
    const geography = loadShippedGeography();
    const now = () => server.clock.now;
    queue = createCitizenQueue({
      store: server.store,
      catalog: new CatalogService(server.store, { graceDays: 30, now, refreshMs: 0 }),
      geography,
      places: indexGeography(geography),
      certificates: createCertificateDesk(server.store.certificates),
      now,
    });
    const catalog = await queue.catalog();
    const found = catalog.departments.flatMap((d) => d.services).find((s) => s.id === 'rev.income-certificate');
    if (!found) throw new Error('no income certificate');
    income = found;
    officer = await server.token({ role: 'officer', name: 'Tahsildar', departmentCode: 'REV', districtCode: 'GNT' });
  });
  afterAll(() => server.close());

  const application = (id = newUuidV7(), contact = CITIZEN) => ({
    id,
    serviceId: income.id,
    serviceRev: 1,
    secretariatCode: HOME,
    applicant: validAnswersFor(income.fields, todayIso(new Date())),
    contact,
    filedAt: new Date().toISOString(),
  });

  it('files a WhatsApp application into the same queue the agent pulls and the officer lists', async () => {
    const filed = await queue.fileRequest(application());
    if (!filed.ok) throw new Error(filed.message);
    expect(filed.value.reference).toMatch(/^[0-9A-Z]{4}-/);
    const device = await enrollDevice(server, HOME);
    const pulled = (await pullAll(device)).map((c) => c.data as { reference: string; channel: string });
    expect(pulled.find((r) => r.reference === filed.value.reference)?.channel).toBe('whatsapp');
    const listed = await server.call<{ items: { reference: string }[] }>('GET', '/api/requests', { token: officer });
    expect(listed.body.items.map((r) => r.reference)).toContain(filed.value.reference);
  });

  it('treats a retried filing with the same id as the same filing, and refuses the id to anyone else', async () => {
    const input = application();
    const first = await queue.fileRequest(input);
    const again = await queue.fileRequest(input);
    expect(again).toEqual(first);
    const stranger = await queue.fileRequest({
      ...input,
      contact: { whatsappId: '919000000001', mobile: '9000000001' },
    });
    expect(stranger.ok).toBe(false);
    expect(
      (await server.store.listRequestsByCitizen(CITIZEN.whatsappId, 100)).filter((r) => r.id === input.id),
    ).toHaveLength(1);
  });

  it('refuses invalid answers with validation_failed and an unknown place with unknown_secretariat', async () => {
    const bad = await queue.fileRequest({ ...application(), applicant: { applicantName: 'X' } });
    expect(bad).toMatchObject({ ok: false, code: 'validation_failed' });
    const nowhere = await queue.fileRequest({ ...application(), secretariatCode: 'XXX-99-999' });
    expect(nowhere).toMatchObject({ ok: false, code: 'unknown_secretariat' });
  });

  it('tracks by reference and lists the citizen applications', async () => {
    const filed = await queue.fileRequest(application());
    if (!filed.ok) throw new Error(filed.message);
    expect((await queue.track(filed.value.reference))?.status).toBe('submitted');
    expect(await queue.track('not a reference')).toBeUndefined();
    const mine = await queue.requestsOf(CITIZEN, 50);
    expect(mine.map((r) => r.reference)).toContain(filed.value.reference);
    expect(await queue.requestsOf({ whatsappId: '910000000000' }, 50)).toEqual([]);
  });

  /** Files for `contact` and has the officer receive and approve it: the certificate is issued with the approval. */
  async function issuedFor(contact = CITIZEN) {
    const input = application(newUuidV7(), contact);
    const filed = await queue.fileRequest(input);
    if (!filed.ok) throw new Error(filed.message);
    for (const to of ['received', 'approved']) {
      const response = await server.call('POST', `/api/requests/${input.id}/transition`, {
        token: officer,
        body: { to },
      });
      expect(response.status).toBe(200);
    }
    const request = await server.store.getRequest(input.id);
    if (request?.status !== 'issued' || !request.certificate) throw new Error('the certificate was not issued');
    return { request, certificate: request.certificate };
  }

  it('reports status changes of WhatsApp applications once each, skipping versions that did not change the status', async () => {
    const cursor = await server.store.lastChangeSeq();
    const { request, certificate } = await issuedFor();
    // A revocation is a new version of the request that leaves it issued: nothing to report.
    const revoked = await server.call('POST', `/api/certificates/${certificate.id}/revoke`, {
      token: officer,
      body: { reason: 'issued in error' },
    });
    expect(revoked.status).toBe(200);
    const { changes, nextCursor } = await queue.statusChangesSince(cursor, 100);
    const mine = changes.filter((change) => change.requestId === request.id);
    expect(mine.map((change) => change.status)).toEqual(['received', 'approved', 'issued']);
    expect(mine[0]?.contact.whatsappId).toBe(CITIZEN.whatsappId);
    // The move to issued carries the certificate issued in the same commit; the others none.
    expect(mine.map((change) => change.certificate)).toEqual([
      undefined,
      undefined,
      { id: certificate.id, number: certificate.number },
    ]);
    // Seva's own record of the issue ("Certificate … issued") is not an office note for the citizen.
    expect(mine.at(-1)?.note).toBeUndefined();
    expect((await queue.statusChangesSince(nextCursor, 100)).changes).toEqual([]);
  });

  it("lists the citizen's certificates and hands their PDF to them alone", async () => {
    const { certificate } = await issuedFor();
    const listed = await queue.certificatesOf(CITIZEN);
    expect(listed.find((entry) => entry.id === certificate.id)).toEqual({
      id: certificate.id,
      number: certificate.number,
      title: income.name,
      issuedAt: certificate.issuedAt,
      status: 'valid',
    });
    const pdf = await queue.certificatePdf(CITIZEN, certificate.id);
    expect(pdf?.filename).toBe(`${certificate.number}.pdf`);
    expect(new TextDecoder().decode(pdf?.bytes.subarray(0, 5))).toBe('%PDF-');

    const stranger = { whatsappId: '919000000001', mobile: '9000000001' };
    expect(await queue.certificatePdf(stranger, certificate.id)).toBeUndefined();
    expect(await queue.certificatesOf(stranger)).toEqual([]);
    expect(await queue.certificatePdf({ mobile: CITIZEN.mobile }, certificate.id)).toBeUndefined();
  });

  it('lists a revoked certificate as revoked', async () => {
    const { certificate } = await issuedFor();
    const revoked = await server.call('POST', `/api/certificates/${certificate.id}/revoke`, {
      token: officer,
      body: { reason: 'issued on a forged income proof' },
    });
    expect(revoked.status).toBe(200);
    const listed = await queue.certificatesOf(CITIZEN);
    expect(listed.find((entry) => entry.id === certificate.id)?.status).toBe('revoked');
  });

  it('files a grievance in the citizen secretariat, once per id', async () => {
    const input = {
      id: newUuidV7(),
      secretariatCode: HOME,
      category: 'delay',
      description: 'No answer for a month.',
      contact: CITIZEN,
      filedAt: new Date().toISOString(),
    };
    const filed = await queue.fileGrievance(input);
    expect(filed.ok).toBe(true);
    expect(await queue.fileGrievance(input)).toEqual(filed);
    const [stored] = await server.store.getGrievances([input.id]);
    expect(stored).toMatchObject({ channel: 'whatsapp', jurisdiction: { secretariatCode: HOME } });
  });
});
