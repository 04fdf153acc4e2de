import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUuidV7 } from '../../../shared/ids';
import { createCertificateDesk, type CertificateDesk } from '../../../sync-server/certificates/certificate-desk';
import { issueCertificate } from '../../../sync-server/certificates/issue-certificate';
import { makeRequest } from '../../fixtures/requests';
import type { TestServer } from '../../helpers/test-server';
import { approveWithoutIssuing, startCertificateServer } from './certificate-helpers';

const CITIZEN = { whatsappId: '919876543210' };

describe('the certificate desk the WhatsApp bot uses', () => {
  let server: TestServer;
  let desk: CertificateDesk;
  let issuedId: string;
  let number: string;

  beforeAll(async () => {
    server = await startCertificateServer();
    desk = createCertificateDesk(server.store.certificates);
    const deps = server.certificates;
    if (!deps) throw new Error('the test server issues certificates');
    for (const contact of [CITIZEN, { whatsappId: '919000000001' }]) {
      const request = makeRequest({ channel: 'whatsapp', contact });
      await server.store.insertRequests([request]);
      await approveWithoutIssuing(server.store, request.id, server.clock.now);
      const issued = await issueCertificate(deps, request.id);
      if (contact === CITIZEN) {
        issuedId = issued?.certificate?.id ?? '';
        number = issued?.certificate?.number ?? '';
      }
    }
  });
  afterAll(() => server.close());

  it('lists a citizen their own certificates, and nobody else theirs', async () => {
    expect(await desk.listForContact(CITIZEN)).toEqual([
      {
        certificateId: issuedId,
        number,
        title: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
        issuedAt: server.clock.now.toISOString().replace(/\.\d{3}Z$/, '.000Z'),
        status: 'valid',
      },
    ]);
    expect(await desk.listForContact({ whatsappId: '919111111111' })).toEqual([]);
    expect(await desk.listForContact({ mobile: '9876543210' })).toEqual([]);
  });

  it('hands over a certificate PDF named by its number', async () => {
    const pdf = await desk.pdf(issuedId);
    expect(pdf?.filename).toBe(`${number}.pdf`);
    expect(
      Buffer.from(pdf?.bytes ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await desk.pdf(newUuidV7())).toBeUndefined();
  });

  it('when the issue is recorded, then the request change carries the certificate for notifications', async () => {
    const changes = await server.store.readChanges({
      after: 0,
      limit: 1000,
      scope: { kind: 'all' },
      entities: ['request'],
    });
    const issued = changes.map((c) => c.data as { status: string; certificate?: { id: string } });
    expect(issued.find((data) => data.status === 'issued' && data.certificate?.id === issuedId)).toBeDefined();
  });
});
