import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors';
import type { FakeGraphApi } from '../fake-graph/create-fake-graph-api';
import type { FakeReadReceipt, FakeSentMessage, FakeViolation } from '../fake-graph/types';
import { businessScopedIdFor, isCitizenId, isPhoneNumber } from './citizen-ids';
import { openEventStream, type EventStream } from './event-stream';
import { simulatorPage } from './page';
import { samplePhoto } from './sample-photo';
import { citizenContent } from './citizen-content';
import { SendRequestSchema } from './send-request';
import { StatusReporter } from './status-reporter';
import { renderTemplate } from './template-text';
import { EVERY_CHAT, Transcript } from './transcript';
import { messageWebhook, statusWebhook, type BusinessIdentity } from './webhook-payload';
import { postWebhook } from './webhook-poster';

export interface SimulatorOptions {
  /** Where the bot receives webhooks, e.g. `http://127.0.0.1:8080/webhooks/whatsapp`. */
  webhookUrl: string;
  appSecret: string;
  phoneNumberId: string;
  fake: FakeGraphApi;
  /** `entry[].id` of the webhooks. */
  businessAccountId?: string;
  /** The business number citizens write to, as `metadata.display_phone_number`. */
  displayPhoneNumber?: string;
  /** The citizens the page offers; any other can be typed in. */
  citizens?: ReadonlyArray<{ id: string; name: string }>;
  now?: () => Date;
  /** Pause before each status webhook (`sent`, `delivered`, `read`); 150 ms unless set. */
  statusDelayMs?: number;
}

export interface Simulator {
  /** Mount at `/simulator`: the page at `GET /`, its API under `/api`. */
  router: Router;
  /** Resolves once every status webhook queued so far has been posted. */
  idle(): Promise<void>;
  /** Stops listening to the fake, ends open event streams and drops queued statuses. */
  close(): void;
}

const DEFAULT_CITIZENS = [
  { id: '919876543210', name: 'Ravi Kumar' },
  { id: '918500012345', name: 'Lakshmi Devi' },
  { id: 'IN.1648738043044942', name: 'Anitha' },
];

const CLIENT_FILES = new Set(['app.js', 'chat-view.js', 'sheets.js', 'format.js', 'i18n.js', 'styles.css']);
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
// WhatsApp compresses photos and caps documents; the simulator takes what the bot may be sent.
const MAX_UPLOAD = '16mb';

/** A phone-like chat with the bot, posting the webhooks Meta would post and showing what the bot sends. */
export function createSimulator(options: SimulatorOptions): Simulator {
  const { fake } = options;
  const now = options.now ?? (() => new Date());
  const business: BusinessIdentity = {
    accountId: options.businessAccountId ?? '102290129340398',
    phoneNumberId: options.phoneNumberId,
    displayPhoneNumber: options.displayPhoneNumber ?? '918000000000',
  };
  const citizens = options.citizens ?? DEFAULT_CITIZENS;
  const names = new Map(citizens.map((citizen) => [citizen.id, citizen.name]));
  const nameOf = (citizen: string) => names.get(citizen) ?? 'Citizen';
  // The bot may answer a phone-number citizen by their scoped id; the chat is still the number's.
  const phoneByScopedId = new Map<string, string>();
  const chatOf = (addressee: string) => phoneByScopedId.get(addressee) ?? addressee;

  const transcript = new Transcript(now);
  const streams = new Set<EventStream>();
  const reporter = new StatusReporter({
    transcript,
    delayMs: options.statusDelayMs ?? 150,
    post: (citizen, status) =>
      postWebhook(
        options.webhookUrl,
        options.appSecret,
        statusWebhook(business, { id: citizen, name: nameOf(citizen) }, { ...status, at: now() }),
      ),
  });

  const onMessage = (sent: FakeSentMessage) => {
    const citizen = chatOf(sent.citizen);
    const templateText = sent.message.type === 'template' ? renderTemplate(sent.message, fake.templates) : undefined;
    transcript.add(citizen, {
      kind: 'bot_message',
      id: sent.id,
      message: sent.message,
      ...(templateText === undefined ? {} : { templateText }),
    });
    reporter.botMessage(citizen, sent.id, sent.message.type === 'template');
  };
  const onRead = (receipt: FakeReadReceipt) => {
    const citizen = transcript.ownerOf(receipt.messageId);
    if (citizen)
      transcript.add(citizen, { kind: 'read_by_bot', id: receipt.messageId, typing: receipt.typingIndicator });
  };
  const onViolation = (violation: FakeViolation) => {
    const citizen = violation.citizen === undefined ? EVERY_CHAT : chatOf(violation.citizen);
    transcript.add(citizen, { kind: 'violation', code: violation.code, problems: violation.problems });
  };
  fake.events.on('message', onMessage);
  fake.events.on('read', onRead);
  fake.events.on('violation', onViolation);

  const router = Router();

  router.get('/', (req, res) => {
    res.set({
      'content-security-policy':
        "default-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
    });
    res.type('html').send(simulatorPage(req.baseUrl));
  });

  router.get('/client/:file', (req, res, next) => {
    if (!CLIENT_FILES.has(req.params.file)) return next();
    res.sendFile(req.params.file, { root: CLIENT_DIR, headers: { 'cache-control': 'no-cache' } });
  });

  router.get('/api/config', (_req, res) => {
    res.json({
      displayPhoneNumber: business.displayPhoneNumber,
      citizens: citizens.map((citizen) => ({ ...citizen, hidesNumber: !isPhoneNumber(citizen.id) })),
    });
  });

  router.get('/api/sample-photo.png', (_req, res) => {
    res.type('png').send(Buffer.from(samplePhoto()));
  });

  router.post('/api/upload', express.raw({ type: () => true, limit: MAX_UPLOAD }), (req, res) => {
    const mimeType = req.get('content-type')?.split(';')[0]?.trim();
    const body: unknown = req.body;
    if (!mimeType || !(body instanceof Buffer) || body.length === 0) {
      fail(res, 'bad_request', 'post the file itself as the body, with its Content-Type');
      return;
    }
    res.status(201).json({ mediaId: fake.addMedia(body, mimeType) });
  });

  router.post('/api/send', express.json({ limit: '64kb' }), async (req, res) => {
    const parsed = SendRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
      fail(res, 'validation_failed', problems.join('; '), problems);
      return;
    }
    const request = parsed.data;
    const described = citizenContent(request, fake.getMedia);
    if (typeof described === 'string') {
      fail(res, 'bad_request', described);
      return;
    }
    if (request.name !== undefined) names.set(request.from, request.name);
    if (isPhoneNumber(request.from)) phoneByScopedId.set(businessScopedIdFor(request.from), request.from);

    const id = `wamid.${randomBytes(30).toString('base64')}`;
    const replyTo = request.replyTo === undefined ? {} : { replyTo: request.replyTo };
    transcript.add(request.from, { kind: 'citizen_message', id, message: described.view, ...replyTo });
    const payload = messageWebhook(
      business,
      { id: request.from, name: nameOf(request.from) },
      { id, at: now(), content: described.content, ...replyTo },
    );
    const outcome = await postWebhook(options.webhookUrl, options.appSecret, payload);
    transcript.add(request.from, { kind: 'webhook', id, about: 'message', ...outcome });
    if (!outcome.ok) {
      fail(res, 'unavailable', outcome.error ?? 'the webhook failed', { id, httpStatus: outcome.httpStatus });
      return;
    }
    res.json({ id, webhookStatus: outcome.httpStatus });
  });

  router.get('/api/events', (req, res) => {
    const citizen = typeof req.query.citizen === 'string' ? req.query.citizen : '';
    if (!isCitizenId(citizen)) {
      fail(res, 'bad_request', 'citizen must be a phone number (digits) or a business-scoped user id');
      return;
    }
    // A reconnecting browser resumes after the last event it saw; ?history=none starts from now.
    const lastSeen = Number(req.get('last-event-id') ?? (req.query.history === 'none' ? transcript.latestSeq : 0));
    const stream = openEventStream(res);
    streams.add(stream);
    for (const event of transcript.since(citizen, Number.isFinite(lastSeen) ? lastSeen : 0)) stream.send(event);
    const unsubscribe = transcript.subscribe(citizen, (event) => stream.send(event));
    reporter.chatOpened(citizen);
    res.on('close', () => {
      unsubscribe();
      streams.delete(stream);
      stream.close();
    });
  });

  router.get('/api/media/:mediaId', (req, res) => {
    const media = fake.getMedia(req.params.mediaId);
    if (!media) {
      fail(res, 'not_found', `no media ${req.params.mediaId}`);
      return;
    }
    // ?download=1 saves the file under its name, as tapping a document in WhatsApp does.
    if (req.query.download === undefined) res.set('content-disposition', 'inline');
    else res.attachment(media.filename ?? `${media.id}${media.mimeType === 'application/pdf' ? '.pdf' : ''}`);
    res.type(media.mimeType).send(Buffer.from(media.bytes));
  });

  const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.parse.failed') fail(res, 'bad_request', 'the request body is not valid JSON');
    else if (type === 'entity.too.large') fail(res, 'payload_too_large', 'the request body is too large');
    else next(error);
  };
  router.use(bodyErrors);

  return {
    router,
    idle: () => reporter.idle(),
    close() {
      fake.events.off('message', onMessage);
      fake.events.off('read', onRead);
      fake.events.off('violation', onViolation);
      reporter.close();
      for (const stream of streams) stream.close();
      streams.clear();
    },
  };
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 400,
  not_found: 404,
  payload_too_large: 413,
  unavailable: 502,
};

/** The project's one error body. 502 for `unavailable`: the bot behind the simulator failed. */
function fail(res: Response, code: ErrorCode, message: string, details?: unknown): void {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  res.status(STATUS[code] ?? 500).json(body);
}
