import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { graphFailure, invalidTokenFailure, unknownObjectFailure, type GraphFailure } from './graph-errors';
import { MediaStore, type StoredMedia } from './media-store';
import { MAX_UPLOAD_BYTES, parseUpload } from './media-upload';
import type {
  FakeGraphEvents,
  FakeGraphOptions,
  FakeReadReceipt,
  FakeSentMessage,
  FakeViolation,
  InjectedFailure,
  TemplateDefinition,
} from './types';
import { validateSend, type SendAddress } from './validate-send';

export interface FakeGraphApi {
  /** Mount anywhere; it serves `/{version}/…` below its mount point, e.g. `/fake-graph/v21.0/…`. */
  router: Router;
  /** Every message accepted, in order. */
  sent: FakeSentMessage[];
  /** Every read receipt accepted, in order. */
  readReceipts: FakeReadReceipt[];
  /** Every request refused because the bot got it wrong; a test should expect this to stay empty. */
  violations: FakeViolation[];
  /** Every file the bot uploaded (`POST /{phone-number-id}/media`), in order. */
  uploads: StoredMedia[];
  events: EventEmitter<FakeGraphEvents>;
  templates: readonly TemplateDefinition[] | undefined;
  /** Holds a file as if a citizen had sent it; returns the media id for the webhook. */
  addMedia(bytes: Uint8Array, mimeType: string): string;
  getMedia(id: string): StoredMedia | undefined;
  /** The next `times` message sends (not read receipts) fail with the Cloud API error `code`. */
  failNext(code: number, times?: number): void;
  /** Forgets everything sent, uploaded, refused and queued; listeners stay. */
  reset(): void;
}

const VERSION = /^v\d+\.\d+$/;
// How long a media URL from `GET /{media-id}` stays valid, as on the real platform.
const MEDIA_URL_TTL_MS = 5 * 60 * 1000;

/** A local Graph API that checks every request the bot makes against the documented shapes and limits. */
export function createFakeGraphApi(options: FakeGraphOptions): FakeGraphApi {
  const now = options.now ?? (() => new Date());
  const sent: FakeSentMessage[] = [];
  const readReceipts: FakeReadReceipt[] = [];
  const violations: FakeViolation[] = [];
  const uploads: StoredMedia[] = [];
  const failures: InjectedFailure[] = [];
  const media = new MediaStore();
  const events = new EventEmitter<FakeGraphEvents>();

  function refuse(req: Request, res: Response, failure: GraphFailure, problems: string[], citizen?: string): void {
    const violation: FakeViolation = {
      at: now().toISOString(),
      method: req.method,
      path: req.originalUrl,
      status: failure.status,
      code: failure.body.error.code,
      problems,
      // An upload's bytes are not worth keeping; what went wrong with them is in `problems`.
      body: Buffer.isBuffer(req.body) ? `<${req.body.length} bytes>` : (req.body as unknown),
      ...(citizen === undefined ? {} : { citizen }),
    };
    violations.push(violation);
    events.emit('violation', violation);
    res.status(failure.status).json(failure.body);
  }

  /** Checks the bearer token and the API version; answers and returns false when either is wrong. */
  function authorised(req: Request, res: Response, version?: string): boolean {
    const header = req.get('authorization');
    if (header === undefined || !header.startsWith('Bearer ')) {
      refuse(req, res, invalidTokenFailure('Cannot parse access token'), ['Authorization: Bearer <token> is missing']);
      return false;
    }
    if (header.slice('Bearer '.length) !== options.accessToken) {
      refuse(req, res, invalidTokenFailure('The access token could not be decrypted'), ['the access token is wrong']);
      return false;
    }
    if (version !== undefined && !VERSION.test(version)) {
      const problem = `${JSON.stringify(version)} is not a Graph API version (v21.0)`;
      refuse(req, res, graphFailure(100, problem), [problem]);
      return false;
    }
    return true;
  }

  function knownPhoneNumber(req: Request, res: Response, phoneNumberId: string): boolean {
    if (phoneNumberId === options.phoneNumberId) return true;
    refuse(req, res, unknownObjectFailure('post', phoneNumberId), [
      `phone number id ${phoneNumberId} is not ${options.phoneNumberId}`,
    ]);
    return false;
  }

  function takeInjectedFailure(): number | undefined {
    const next = failures[0];
    if (!next) return undefined;
    next.remaining -= 1;
    if (next.remaining <= 0) failures.shift();
    return next.code;
  }

  function accept(res: Response, message: FakeSentMessage['message'], address: SendAddress, body: unknown): void {
    const record: FakeSentMessage = {
      id: newMessageId(),
      at: now().toISOString(),
      citizen: address.citizen,
      addressedBy: address.to === undefined ? 'recipient' : 'to',
      message,
      body,
    };
    sent.push(record);
    events.emit('message', record);
    res.json({
      messaging_product: 'whatsapp',
      contacts: [address.contact],
      // Template sends also report that Meta accepted them for pacing.
      messages: [message.type === 'template' ? { id: record.id, message_status: 'accepted' } : { id: record.id }],
    });
  }

  const router = Router();

  router.get('/media-download/:mediaId', (req, res) => {
    if (!authorised(req, res)) return;
    const file = media.get(req.params.mediaId);
    const expires = Number(req.query.expires);
    if (!file || !(expires > now().getTime())) {
      res
        .status(404)
        .json(graphFailure(131052, 'the media URL is unknown or has expired; ask GET /{media-id} again').body);
      return;
    }
    res.type(file.mimeType).send(Buffer.from(file.bytes));
  });

  router.post('/:version/:phoneNumberId/messages', express.json({ limit: '1mb' }), (req, res) => {
    const { version, phoneNumberId } = req.params;
    if (!authorised(req, res, version) || !knownPhoneNumber(req, res, phoneNumberId)) return;
    if (!req.is('application/json')) {
      const problem = 'the body must be JSON (Content-Type: application/json)';
      refuse(req, res, graphFailure(100, problem), [problem]);
      return;
    }
    const result = validateSend(req.body, {
      hasMedia: (id) => media.get(id) !== undefined,
      templates: options.templates,
    });
    if (!result.ok) {
      refuse(req, res, graphFailure(result.code, result.problems.join('; ')), result.problems, result.citizen);
      return;
    }
    if (result.value.kind === 'read') {
      const receipt: FakeReadReceipt = {
        at: now().toISOString(),
        messageId: result.value.receipt.message_id,
        typingIndicator: result.value.receipt.typing_indicator !== undefined,
      };
      readReceipts.push(receipt);
      events.emit('read', receipt);
      res.json({ success: true });
      return;
    }
    const injected = takeInjectedFailure();
    if (injected !== undefined) {
      const failure = graphFailure(injected);
      res.status(failure.status).json(failure.body);
      return;
    }
    accept(res, result.value.message, result.value.address, req.body);
  });

  router.post(
    '/:version/:phoneNumberId/media',
    express.raw({ type: 'multipart/form-data', limit: MAX_UPLOAD_BYTES }),
    async (req, res) => {
      const { version, phoneNumberId } = req.params;
      if (!authorised(req, res, version) || !knownPhoneNumber(req, res, phoneNumberId)) return;
      const raw: unknown = req.body;
      if (!req.is('multipart/form-data') || !(raw instanceof Buffer)) {
        const problem = 'a media upload must be multipart/form-data';
        refuse(req, res, graphFailure(100, problem), [problem]);
        return;
      }
      const upload = await parseUpload(raw, req.get('content-type') ?? '');
      if (!upload.ok) {
        refuse(req, res, graphFailure(100, upload.problems.join('; ')), upload.problems);
        return;
      }
      const stored = media.add(upload.bytes, upload.mimeType, upload.filename);
      uploads.push(stored);
      res.json({ id: stored.id });
    },
  );

  router.get('/:version/:mediaId', (req, res) => {
    const { version, mediaId } = req.params;
    if (!authorised(req, res, version)) return;
    const file = media.get(mediaId);
    if (!file) {
      refuse(req, res, unknownObjectFailure('get', mediaId), [`media ${mediaId} does not exist`]);
      return;
    }
    const expires = now().getTime() + MEDIA_URL_TTL_MS;
    const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}/media-download/${file.id}?expires=${expires}`;
    res.json({
      messaging_product: 'whatsapp',
      url,
      mime_type: file.mimeType,
      sha256: file.sha256Hex,
      file_size: file.bytes.byteLength,
      id: file.id,
    });
  });

  router.delete('/:version/:mediaId', (req, res) => {
    const { version, mediaId } = req.params;
    if (!authorised(req, res, version)) return;
    if (!media.delete(mediaId)) {
      refuse(req, res, unknownObjectFailure('delete', mediaId), [`media ${mediaId} does not exist`]);
      return;
    }
    res.json({ success: true });
  });

  router.use((req, res) => {
    const problem = `the fake Graph API has no ${req.method} ${req.path}`;
    refuse(req, res, graphFailure(100, problem), [problem]);
  });

  const bodyErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.parse.failed' || type === 'entity.too.large') {
      const problem = type === 'entity.parse.failed' ? 'the body is not valid JSON' : 'the body is too large';
      refuse(req, res, graphFailure(100, problem), [problem]);
      return;
    }
    next(error);
  };
  router.use(bodyErrors);

  return {
    router,
    sent,
    readReceipts,
    violations,
    uploads,
    events,
    templates: options.templates,
    addMedia: (bytes, mimeType) => media.add(bytes, mimeType).id,
    getMedia: (id) => media.get(id),
    failNext(code, times = 1) {
      failures.push({ code, remaining: times });
    },
    reset() {
      sent.length = 0;
      readReceipts.length = 0;
      violations.length = 0;
      uploads.length = 0;
      failures.length = 0;
      media.clear();
    },
  };
}

/** Real ids are `wamid.` and base64; only their uniqueness matters to a sender. */
function newMessageId(): string {
  return `wamid.${randomBytes(30).toString('base64')}`;
}
