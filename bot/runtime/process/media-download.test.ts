import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../graph/graph-client';
import { FakeGraphServer, TOKEN } from '../testing/fake-graph-server';
import { MemoryBotStore } from '../testing/memory-bot-store';
import { createTestLogger } from '../testing/test-logger';
import { downloadMedia } from './media-download';

let graph: FakeGraphServer;
let store: MemoryBotStore;
let deps: Parameters<typeof downloadMedia>[0];
beforeEach(async () => {
  graph = await FakeGraphServer.start();
  store = new MemoryBotStore();
  deps = { graph: createGraphClient({ graphUrl: graph.url, accessToken: TOKEN }), store, logger: createTestLogger() };
});
afterEach(() => graph.close());

const effect = (mediaId: string, maxBytes = 1024 * 1024) =>
  ({ kind: 'download_media', effectId: 'e1', mediaId, mimeType: 'image/jpeg', maxBytes }) as const;

describe('downloading a file a citizen sent', () => {
  it('when the file is fetched, then it is kept by its SHA-256 and described by an attachment ref', async () => {
    const bytes = Buffer.from('a photo of a broken street light');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    graph.addMedia('m1', bytes, 'image/jpeg; charset=binary');
    const outcome = await downloadMedia(deps, { ...effect('m1'), filename: 'light.jpg' });
    expect(outcome).toEqual({
      status: 'ok',
      attachment: { sha256, mimeType: 'image/jpeg', sizeBytes: bytes.length, name: 'light.jpg' },
    });
    expect(store.media.get(sha256)?.bytes).toEqual(new Uint8Array(bytes));
    // The lookup and the file were both fetched with the access token.
    expect(graph.requests.map((request) => [request.method, request.authorization])).toEqual([
      ['GET', `Bearer ${TOKEN}`],
      ['GET', `Bearer ${TOKEN}`],
    ]);
  });

  it('when WhatsApp says the file is too large, then it is not fetched at all', async () => {
    graph.addMedia('m2', Buffer.alloc(10), 'image/jpeg', { fileSize: 5_000_000 });
    expect(await downloadMedia(deps, effect('m2', 1_000_000))).toEqual({ status: 'too_large' });
    expect(graph.requests).toHaveLength(1);
  });

  it('when the file turns out larger than WhatsApp said, then the download is cut off at the limit', async () => {
    graph.addMedia('m3', Buffer.alloc(300_000, 7), 'image/jpeg', { fileSize: 1_000 });
    expect(await downloadMedia(deps, effect('m3', 100_000))).toEqual({ status: 'too_large' });
    expect(store.media.size).toBe(0);
  });

  it('when the bytes do not match the hash WhatsApp gave, then nothing is kept', async () => {
    graph.addMedia('m4', Buffer.from('tampered'), 'image/jpeg', { sha256: 'ab'.repeat(32) });
    expect(await downloadMedia(deps, effect('m4'))).toEqual({ status: 'failed', retryable: true });
    expect(store.media.size).toBe(0);
  });

  it('when the media id is unknown, then the download failed', async () => {
    expect(await downloadMedia(deps, effect('nope'))).toEqual({ status: 'failed', retryable: true });
  });
});
