import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Service } from '../../shared/model/service';
import { launchProfile } from '../helpers/browser';
import type { TestServer } from '../helpers/test-server';
import { AgentPage } from './helpers/agent-page';
import { hasChromium, serviceOf, startE2eServer } from './helpers/e2e-server';

const HOME = 'GNT-01-001';
/** A service whose form asks for a photo. */
const MARRIAGE = 'igrs.hindu-marriage-registration';
const PHOTO_FIELD = 'weddingPhoto';

/** A JPEG-looking photo of 300 KB, different on every run. */
function photo(): Buffer {
  const bytes = randomBytes(300 * 1024);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

describe.skipIf(!hasChromium)('attachments filed offline (Chromium)', () => {
  let server: TestServer;
  let context: BrowserContext;
  let marriage: Service;

  beforeAll(async () => {
    server = await startE2eServer();
    marriage = await serviceOf(server, MARRIAGE);
    context = await launchProfile();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('SYNC-ATT-8, SYNC-ATT-6: a photo attached offline reaches the server byte for byte once online, and the district officer opens it', async () => {
    const agent = await AgentPage.open(context, server);
    await agent.enroll(HOME);
    await agent.waitUntilOfflineReady();

    await AgentPage.goOffline(context, server);
    const bytes = photo();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await agent.goto(`/agent/new/${MARRIAGE}`);
    await agent.page.getByTestId('application-form').waitFor();
    await agent.fillForm(marriage);
    await agent.page
      .getByTestId(`field-${PHOTO_FIELD}`)
      .setInputFiles({ name: 'wedding.jpg', mimeType: 'image/jpeg', buffer: bytes });
    await agent.page.getByText('wedding.jpg').waitFor();
    const reference = await agent.submit();
    expect(await server.store.attachments.find(sha256, { kind: 'all' })).toBeUndefined();

    await AgentPage.goOnline(context, server);
    await agent.syncNow();
    await agent.waitForOutboxDrained();
    const deadline = Date.now() + 30_000;
    let stored = await server.store.attachments.read(sha256, { kind: 'all' });
    while (!stored && Date.now() < deadline) {
      await agent.page.waitForTimeout(200);
      stored = await server.store.attachments.read(sha256, { kind: 'all' });
    }
    expect(stored?.record).toMatchObject({ sha256, mimeType: 'image/jpeg', sizeBytes: bytes.length });
    expect(Buffer.from(stored?.bytes ?? []).equals(bytes)).toBe(true);

    const [request] = await server.store.listRequests({
      scope: { kind: 'secretariat', secretariatCode: HOME },
      limit: 10,
    });
    expect(request?.reference).toBe(reference);
    expect(request?.applicant[PHOTO_FIELD]).toMatchObject({ sha256, mimeType: 'image/jpeg', sizeBytes: bytes.length });

    const officer = await server.token({
      role: 'officer',
      name: 'Registrar',
      departmentCode: 'IGRS',
      districtCode: 'GNT',
    });
    const opened = await fetch(`${server.url}/api/attachments/${sha256}`, {
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await opened.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
