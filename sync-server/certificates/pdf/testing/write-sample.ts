import { writeFileSync } from 'node:fs';
import { renderCertificatePdf } from '../render-certificate-pdf';
import { sampleCertificate, sampleQrText } from './sample-certificate';

/**
 * Writes the sample income certificate, signed with the test key, to the path given:
 * `npx tsx sync-server/certificates/pdf/testing/write-sample.ts <file.pdf>`.
 */
const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: write-sample.ts <file.pdf>');
  process.exit(2);
}
writeFileSync(path, await renderCertificatePdf(sampleCertificate(await sampleQrText())));
console.log(`wrote ${path}`);
