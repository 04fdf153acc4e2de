import type { FakeSentMessage } from '../../bot/fake-graph';
import type { DocumentMessage } from '../../bot/whatsapp/outbound-types';
import { newUuidV7 } from '../../shared/ids';
import type { RequestCertificate, ServiceRequest } from '../../shared/model/service-request';
import type { RequestQueuePort } from '../../shared/ports/bot-host-ports';
import { todayIso } from '../../shared/validation';
import { createCertificateDesk } from '../../sync-server/certificates/certificate-desk';
import { CatalogService } from '../../sync-server/domain/catalog-service';
import { createCitizenQueue } from '../../sync-server/domain/citizen-queue';
import { indexGeography, loadShippedGeography } from '../../sync-server/geography/shipped-geography';
import { validAnswersFor } from '../fixtures/answers';
import type { WhatsAppServer } from './whatsapp-server';

/**
 * Certificates for WhatsApp citizens without typing a whole application each time: the request
 * is filed through the same queue port the bot files through (channel `whatsapp`), then moved
 * on by the officer over HTTP, which issues the certificate as it does for any approval.
 */

export const INCOME = 'rev.income-certificate';

/** The request queue as the bot sees it, over the running server's store. */
export function citizenQueueOn(server: WhatsAppServer): RequestQueuePort {
  const geography = loadShippedGeography();
  return createCitizenQueue({
    store: server.store,
    catalog: new CatalogService(server.store, { graceDays: 30, now: () => new Date(), refreshMs: 0 }),
    geography,
    places: indexGeography(geography),
    certificates: createCertificateDesk(server.store.certificates),
    now: () => new Date(),
  });
}

/** Files an income-certificate application for the WhatsApp citizen `phone`, as the bot would. */
export async function fileIncomeApplication(
  queue: RequestQueuePort,
  phone: string,
  secretariatCode: string,
): Promise<{ id: string; reference: string }> {
  const { departments, rev } = await queue.catalog();
  const income = departments.flatMap((department) => department.services).find((service) => service.id === INCOME);
  if (!income) throw new Error('the catalog has no income certificate');
  const id = newUuidV7();
  const filed = await queue.fileRequest({
    id,
    serviceId: INCOME,
    serviceRev: rev,
    secretariatCode,
    applicant: validAnswersFor(income.fields, todayIso(new Date())),
    contact: { whatsappId: phone },
    filedAt: new Date().toISOString(),
  });
  if (!filed.ok) throw new Error(filed.message);
  return { id, reference: filed.value.reference };
}

/** The officer receives and approves the request; the certificate is issued with the approval. */
export async function approveAndIssue(
  server: WhatsAppServer,
  officer: string,
  id: string,
): Promise<RequestCertificate> {
  for (const to of ['received', 'approved']) {
    const moved = await server.call<ServiceRequest>('POST', `/api/requests/${id}/transition`, {
      token: officer,
      body: { to },
    });
    if (moved.status !== 200) throw new Error(`moving ${id} to ${to} answered ${moved.status}`);
  }
  const issued = await server.store.getRequest(id);
  if (issued?.status !== 'issued' || !issued.certificate) throw new Error(`request ${id} was not issued`);
  return issued.certificate;
}

/** Every message the fake Graph API accepted for `phone`, across the whole run. */
export function sentTo(server: WhatsAppServer, phone: string): FakeSentMessage[] {
  return server.fake.sent.filter((sent) => sent.citizen === phone);
}

/** The documents among them. */
export function documentsTo(
  server: WhatsAppServer,
  phone: string,
): Array<FakeSentMessage & { message: DocumentMessage }> {
  return sentTo(server, phone).filter(
    (sent): sent is FakeSentMessage & { message: DocumentMessage } => sent.message.type === 'document',
  );
}

/** The bytes the bot uploaded for a document it sent, from the fake's media store. */
export function uploadedBytes(server: WhatsAppServer, document: DocumentMessage): Uint8Array | undefined {
  return document.document.id === undefined ? undefined : server.fake.getMedia(document.document.id)?.bytes;
}

export function startsAsPdf(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}
