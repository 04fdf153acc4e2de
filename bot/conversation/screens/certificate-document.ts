import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { pick } from '../../../shared/i18n/pick';
import { fitText } from '../../whatsapp/fit-text';
import { LIMITS, textLength } from '../../whatsapp/limits';
import { documentMessage } from '../../whatsapp/outbound-builders';
import type { DocumentMessage } from '../../whatsapp/outbound-types';
import type { CertificateSummary } from '../effects';
import { MESSAGES } from '../i18n/messages';

/**
 * A certificate's PDF as a WhatsApp document. The caption speaks both languages, the citizen's
 * first: the certificate itself is printed in both, and it is often forwarded to an office or
 * a relative who reads the other.
 */
export function certificateCaption(certificate: CertificateSummary, language: Language): string {
  const halves = [language, ...LANGUAGES.filter((other) => other !== language)].map((each) =>
    MESSAGES[each].certificates.caption({ title: pick(certificate.title, each), number: certificate.number }),
  );
  const both = halves.join('\n\n');
  if (textLength(both) <= LIMITS.documentCaption) return both;
  // Only a catalog name of hundreds of characters gets here: the citizen's half, shortened.
  return fitText(halves[0] ?? both, LIMITS.documentCaption) ?? certificate.number;
}

export function certificateDocument(
  certificate: CertificateSummary,
  document: { mediaId: string } | { link: string },
  filename: string,
  language: Language,
): DocumentMessage {
  return documentMessage(document, { filename, caption: certificateCaption(certificate, language) });
}
