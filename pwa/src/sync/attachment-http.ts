import { attachmentPath } from '../../../shared/api/attachments-api';
import { classifyFailure, type FetchLike, type HttpResult } from './http';

/** A HEAD needs no patience: it carries no body either way. */
const HEAD_TIMEOUT_MS = 30_000;

/**
 * How long an upload may take: a minute, plus the file at 16 KB/s — a fifth of a slow 3G
 * uplink — so a large photo on a poor network is not cut off and sent again forever.
 */
export function uploadTimeoutMs(sizeBytes: number): number {
  return 60_000 + Math.ceil(sizeBytes / 16);
}

/** Reads an error body when there is one; the status alone decides what happens. */
async function errorBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function send(fetchFn: FetchLike, path: string, init: RequestInit): Promise<HttpResult<Response>> {
  try {
    return { ok: true, value: await fetchFn(path, { ...init, cache: 'no-store' }) };
  } catch (error) {
    return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** SYNC-ATT-4: whether the server already holds these bytes for this device's jurisdiction. */
export async function serverHolds(fetchFn: FetchLike, token: string, sha256: string): Promise<HttpResult<boolean>> {
  const sent = await send(fetchFn, attachmentPath(sha256), {
    method: 'HEAD',
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(HEAD_TIMEOUT_MS),
  });
  if (!sent.ok) return sent;
  const { status } = sent.value;
  if (status === 200) return { ok: true, value: true };
  if (status === 404) return { ok: true, value: false };
  return { ok: false, failure: classifyFailure(status, undefined) };
}

export interface UploadableFile {
  sha256: string;
  blob: Blob;
  mimeType: string;
  sizeBytes: number;
}

/**
 * SYNC-ATT-1: sends the bytes. Any 2xx means the server holds them (SYNC-ATT-3); the record it
 * answers adds nothing the device needs, so it is not read.
 */
export async function uploadFile(fetchFn: FetchLike, token: string, file: UploadableFile): Promise<HttpResult<void>> {
  const sent = await send(fetchFn, attachmentPath(file.sha256), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': file.mimeType, Accept: 'application/json' },
    body: file.blob,
    signal: AbortSignal.timeout(uploadTimeoutMs(file.sizeBytes)),
  });
  if (!sent.ok) return sent;
  const response = sent.value;
  if (response.ok) {
    await response.body?.cancel();
    return { ok: true, value: undefined };
  }
  return { ok: false, failure: classifyFailure(response.status, await errorBody(response)) };
}
