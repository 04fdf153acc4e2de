import type { LocalizedText } from '../../shared/i18n/languages';
import type { CertificateStatus } from '../../shared/model/certificate';
import type { CitizenContact } from '../../shared/model/service-request';
import type { CertificateStore } from '../store/certificate-store';

/** One of a citizen's certificates, as the bot lists it. */
export interface CitizenCertificate {
  certificateId: string;
  number: string;
  title: LocalizedText;
  issuedAt: string;
  status: CertificateStatus;
}

/**
 * The certificates of citizens who applied over WhatsApp, for the bot: list them and hand
 * over a PDF. A certificate's issue is also on its request's `issued` change (the request
 * carries `certificate`), so a notification can offer the PDF at once.
 */
export interface CertificateDesk {
  /** The contact's certificates (of applications filed from its WhatsApp id), newest first. */
  listForContact(contact: CitizenContact): Promise<CitizenCertificate[]>;
  /**
   * The PDF to send. The caller checks whose it is: pass only an id `listForContact` gave for
   * the same contact.
   */
  pdf(certificateId: string): Promise<{ filename: string; bytes: Uint8Array } | undefined>;
}

/** A citizen has a handful of certificates; this bounds a list message. */
const LIST_LIMIT = 50;

export function createCertificateDesk(store: CertificateStore): CertificateDesk {
  return {
    async listForContact(contact) {
      if (!contact.whatsappId) return [];
      const stored = await store.listByCitizen(contact.whatsappId, LIST_LIMIT);
      return stored.map(({ certificate }) => ({
        certificateId: certificate.id,
        number: certificate.number,
        title: certificate.title,
        issuedAt: certificate.issuedAt,
        status: certificate.status,
      }));
    },
    async pdf(certificateId) {
      const [stored, bytes] = await Promise.all([store.get(certificateId), store.pdf(certificateId)]);
      if (!stored || !bytes) return undefined;
      return { filename: `${stored.certificate.number}.pdf`, bytes };
    },
  };
}
