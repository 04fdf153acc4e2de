import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyFiles } from '../../sync-server/certificates/key-files';
import { CERTIFICATE_TEST_KEYS, CERTIFICATE_TEST_KIDS } from '../fixtures/certificate-keys';

/**
 * A fresh KEYS_DIR holding the fixed test keys, placed as an operator would place their own:
 * the root (so trust lists are signed by the root that browser-test builds pin) and the
 * Revenue issuer's key (`AP-REV` signs with `revenueCurrent`). Other issuers get fresh keys.
 */
export async function fixtureKeysDir(): Promise<string> {
  const files = new KeyFiles(mkdtempSync(join(tmpdir(), 'seva-keys-')));
  await files.root(() => Promise.resolve(CERTIFICATE_TEST_KEYS.root));
  await files.putIssuerKey('AP-REV', CERTIFICATE_TEST_KIDS.revenueCurrent, CERTIFICATE_TEST_KEYS.revenueCurrent);
  return files.dir;
}
