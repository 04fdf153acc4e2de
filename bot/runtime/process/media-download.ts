import type { AttachmentRef } from '../../../shared/model/form-field';
import type { Effect, Outcomes } from '../../conversation';
import type { GraphClient } from '../graph/graph-client';
import { describeOutcome } from '../graph/graph-outcome';
import type { BotLogger } from '../logger';
import type { BotStorePort } from '../ports';

type DownloadEffect = Extract<Effect, { kind: 'download_media' }>;

const MIME = /^[a-z]+\/[a-z0-9.+-]+$/;

/** `image/jpeg; charset=binary` → `image/jpeg`; falls back to what the webhook said when odd. */
function mimeTypeOf(reported: string | undefined, fallback: string): string {
  const bare = reported?.split(';')[0]?.trim().toLowerCase();
  return bare && MIME.test(bare) ? bare : fallback;
}

/** WhatsApp's hash of the file, in hex or base64: a mismatch means the bytes are not the file. */
function hashMatches(reported: string | undefined, sha256Hex: string): boolean {
  if (!reported) return true;
  if (/^[0-9a-f]{64}$/i.test(reported)) return reported.toLowerCase() === sha256Hex;
  if (/^[A-Za-z0-9+/]{43}=$/.test(reported)) return Buffer.from(sha256Hex, 'hex').toString('base64') === reported;
  // Another encoding than the two WhatsApp uses: nothing to compare, the bytes are hashed anyway.
  return true;
}

/**
 * `download_media`: `GET /{media-id}` for the URL, then the file itself with the token, cut off
 * past `maxBytes` while it streams, hashed, and kept by its hash. The engine checks the type and
 * size against the question before asking, and again on the result.
 */
export async function downloadMedia(
  deps: { graph: GraphClient; store: BotStorePort; logger: BotLogger },
  effect: DownloadEffect,
): Promise<Outcomes['download_media']> {
  const failed = { status: 'failed', retryable: true } as const;
  const facts = { mediaId: effect.mediaId };
  const info = await deps.graph.mediaInfo(effect.mediaId);
  if (info.kind !== 'ok') {
    deps.logger.warn({ ...facts, reason: describeOutcome(info) }, 'media lookup failed');
    return failed;
  }
  if (info.value.fileSize !== undefined && info.value.fileSize > effect.maxBytes) return { status: 'too_large' };
  const file = await deps.graph.download(info.value.url, effect.maxBytes);
  if (file.kind === 'too_large') return { status: 'too_large' };
  if (file.kind !== 'ok') {
    deps.logger.warn({ ...facts, reason: describeOutcome(file) }, 'media download failed');
    return failed;
  }
  const { bytes, sha256 } = file.value;
  if (bytes.length === 0 || !hashMatches(info.value.sha256, sha256)) {
    deps.logger.warn(facts, 'media download did not match what WhatsApp described');
    return failed;
  }
  const mimeType = mimeTypeOf(info.value.mimeType, effect.mimeType);
  await deps.store.putMedia({ sha256, mimeType, bytes });
  const attachment: AttachmentRef = { sha256, mimeType, sizeBytes: bytes.length };
  if (effect.filename) attachment.name = effect.filename.slice(0, 200);
  return { status: 'ok', attachment };
}
