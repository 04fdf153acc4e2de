import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollment } from '../../sync-server/domain/enrollment';
import { launchProfile } from '../helpers/browser';
import type { TestServer } from '../helpers/test-server';
import { hasChromium, startE2eServer } from './helpers/e2e-server';
import { fakeCameraFlags } from './helpers/kiosk-page';
import { qrY4m } from './helpers/kiosk-qr-media';

/**
 * Setting up a phone by scanning the QR code `npx seva enroll` prints, with Chromium's fake
 * camera showing that code: the agent taps "Scan QR code" and the phone is enrolled.
 */
describe.skipIf(!hasChromium)('enrolling a phone by scanning its code (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let mediaDir: string;

  beforeAll(async () => {
    server = await startE2eServer();
    const { code } = await createEnrollment(
      server.store,
      { name: 'Ravi Kumar', secretariatCode: 'GNT-01-001' },
      new Date(),
    );
    mediaDir = mkdtempSync(join(tmpdir(), 'seva-enroll-camera-'));
    const video = join(mediaDir, 'enrollment.y4m');
    writeFileSync(video, qrY4m(code));
    // The camera's file is fixed at launch, so the browser starts after the code exists.
    context = await launchProfile({ extraArgs: fakeCameraFlags(video) });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
  });

  it('when the agent scans the enrollment QR, then the phone is enrolled without typing the code', async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await page.goto(`${server.url}/agent`);
    await page.getByTestId('enroll-scan').click();
    await page.getByTestId('enroll-scanner').waitFor();
    // Enrolled: the app moves on to its home screen and holds a device token.
    await page.getByTestId('service-search').waitFor({ timeout: 30_000 });
    const tokens = await server.store.listTokens();
    expect(tokens.filter((token) => token.role === 'agent' && token.name === 'Ravi Kumar')).toHaveLength(1);
  });
});
