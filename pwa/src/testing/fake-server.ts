import type { CatalogDeltaResponse, CatalogResponse } from '../../../shared/api/catalog-api';
import type { Mutation, MutationResult, PushResult, SyncChange } from '../../../shared/sync/protocol';
import { SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';

/**
 * An in-memory stand-in for the sync server's protocol (docs/SPEC-sync.md), for unit tests of
 * the client. It keeps per-device seq and stored results like the real one; `decide` lets a test
 * choose what happens to each mutation, and `intercept` lets it fail requests.
 */

export interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Decide = (mutation: Mutation, server: FakeServer) => MutationResult;

async function readBody(init: RequestInit): Promise<unknown> {
  if (init.body === undefined || init.body === null) return undefined;
  // Attachment uploads send the file itself.
  if (init.body instanceof Blob) return new Uint8Array(await init.body.arrayBuffer());
  const headers = init.headers as Record<string, string>;
  if (headers['Content-Encoding'] === 'gzip') {
    const stream = new Response(init.body).body?.pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  return JSON.parse(String(init.body));
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export class FakeServer {
  lastSeq = 0;
  readonly results = new Map<string, MutationResult>();
  readonly versions = new Map<string, number>();
  readonly changes: SyncChange[] = [];
  readonly requests: Recorded[] = [];
  /** Attachment bytes received, by hash (SYNC-ATT-1, SYNC-ATT-3). */
  readonly attachments = new Map<string, { type: string; bytes: Uint8Array }>();
  catalog: CatalogResponse = { rev: 1, publishedAt: '2026-01-01T00:00:00.000Z', departments: [] };
  catalogDelta: CatalogDeltaResponse | undefined;
  decide: Decide = (mutation) => this.apply(mutation);
  /** Return a response to answer a request yourself (or throw to simulate a network failure). */
  intercept: ((request: Recorded) => Response | undefined) | undefined;

  /** The default outcome: the record gains a version and the change log an entry. */
  apply(mutation: Mutation): MutationResult {
    const version = (this.versions.get(mutation.requestId) ?? 0) + 1;
    this.versions.set(mutation.requestId, version);
    this.log(mutation.requestId, version, { status: 'submitted', applicant: {} });
    return {
      mutationId: mutation.mutationId,
      seq: mutation.seq,
      status: 'applied',
      recordId: mutation.requestId,
      version,
    };
  }

  log(id: string, version: number, data: Record<string, unknown>): void {
    this.changes.push({ seq: this.changes.length + 1, entity: 'request', id, version, data: { id, version, ...data } });
  }

  fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input, 'http://device.test');
    const request: Recorded = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: await readBody(init),
    };
    this.requests.push(request);
    const intercepted = this.intercept?.(request);
    if (intercepted) return intercepted;
    if (url.pathname.startsWith('/api/attachments/'))
      return this.attachment(request, url.pathname.split('/').at(-1) ?? '');
    if (url.pathname === '/api/sync/push') return json(200, this.push(request.body as { mutations: Mutation[] }));
    if (url.pathname === '/api/sync/pull') {
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 500);
      const page = this.changes.filter((change) => change.seq > cursor).slice(0, limit);
      const nextCursor = page.at(-1)?.seq ?? cursor;
      return json(200, {
        protocol: SYNC_PROTOCOL_VERSION,
        changes: page,
        nextCursor,
        hasMore: this.changes.some((change) => change.seq > nextCursor),
        catalogRev: this.catalogDelta?.rev ?? this.catalog.rev,
      });
    }
    if (url.pathname === '/api/catalog') {
      return json(200, url.searchParams.has('since') && this.catalogDelta ? this.catalogDelta : this.catalog);
    }
    return json(404, { error: { code: 'not_found', message: 'no such route' } });
  };

  /** SYNC-ATT-1, SYNC-ATT-3, SYNC-ATT-4: HEAD says whether the bytes are held; PUT checks their hash. */
  private async attachment(request: Recorded, sha256: string): Promise<Response> {
    const held = this.attachments.get(sha256);
    if (request.method === 'HEAD') return new Response(null, { status: held ? 200 : 404 });
    if (request.method !== 'PUT') return json(405, { error: { code: 'bad_request', message: 'no such method' } });
    const bytes = request.body as Uint8Array<ArrayBuffer>;
    if ((await sha256Hex(bytes)) !== sha256) {
      return json(400, { error: { code: 'bad_request', message: 'the body does not hash to its address' } });
    }
    const type = request.headers['Content-Type'] ?? '';
    this.attachments.set(sha256, held ?? { type, bytes });
    const record = { sha256, mimeType: type, sizeBytes: bytes.byteLength, uploadedAt: '2026-01-15T06:00:00.000Z' };
    return json(held ? 200 : 201, record);
  }

  /** SYNC-PUSH-2, SYNC-SEQ-2..4. */
  private push(body: { mutations: Mutation[] }) {
    const results: PushResult[] = [];
    for (const mutation of body.mutations) {
      const stored = this.results.get(mutation.mutationId);
      if (stored) {
        results.push({ mutationId: mutation.mutationId, seq: mutation.seq, status: 'duplicate', original: stored });
        continue;
      }
      if (mutation.seq > this.lastSeq + 1) {
        return {
          protocol: SYNC_PROTOCOL_VERSION,
          results,
          lastSeq: this.lastSeq,
          stoppedAt: { seq: mutation.seq, expectedSeq: this.lastSeq + 1 },
        };
      }
      const result = this.decide(mutation, this);
      this.results.set(mutation.mutationId, result);
      this.lastSeq = mutation.seq;
      results.push(result);
    }
    return { protocol: SYNC_PROTOCOL_VERSION, results, lastSeq: this.lastSeq };
  }
}
