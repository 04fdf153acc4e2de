import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { loadConfig } from '../config';
import { createEnrollment } from '../domain/enrollment';
import { indexGeography, loadShippedGeography } from '../geography/shipped-geography';
import { openStore } from '../store/open-store';

type MakeUsageError = (message: string) => Error;

/**
 * `seva enroll --role agent --secretariat <code> --name <name>`: a one-time code for a new
 * device, printed as a QR to scan and, on the last line, as text to type.
 */
export async function enrollCommand(args: string[], usage: MakeUsageError): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { role: { type: 'string' }, secretariat: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  if (values.role !== 'agent') throw usage('enroll issues codes for field agents: --role agent');
  if (!values.secretariat) throw usage('an agent enrollment needs --secretariat <code>');
  const name = values.name?.trim();
  if (!name) throw usage('--name is required: who will use this device?');
  if (!indexGeography(loadShippedGeography()).secretariat(values.secretariat)) {
    throw new Error(`there is no secretariat ${values.secretariat}`);
  }
  const config = loadConfig(process.env);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const { code, expiresAt } = await createEnrollment(
      store,
      { name, secretariatCode: values.secretariat },
      new Date(),
    );
    console.log(await QRCode.toString(code, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
    console.log(`Enrollment code for "${name}" (secretariat ${values.secretariat}), usable once until ${expiresAt}.`);
    console.log('Open /agent on the device and scan or type it:');
    console.log(code);
  } finally {
    await store.close();
  }
}
