import express, { Router, type RequestHandler, type Response } from 'express';
import {
  AttachmentParamsSchema,
  attachmentMediaTypeOf,
  ATTACHMENT_MEDIA_TYPES,
  MAX_ATTACHMENT_BYTES,
  type AttachmentRecord,
} from '../../shared/api/attachments-api';
import { findAttachment, readAttachment } from '../domain/attachments/attachment-access';
import { uploadAttachment, type AttachmentDeps } from '../domain/attachments/upload-attachment';
import { AppError } from '../http/app-error';
import { authenticate, principalOf } from '../http/authenticate';
import { parseInput } from '../http/parse';

const EXTENSIONS: Record<AttachmentRecord['mimeType'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

/**
 * The headers of a stored file (SYNC-ATT-5): always a download under a name the server makes,
 * never sniffed, never run, kept only in the caller's own cache.
 */
function describe(res: Response, record: AttachmentRecord): void {
  res.setHeader('Content-Type', record.mimeType);
  res.setHeader('Content-Length', String(record.sizeBytes));
  res.setHeader('Content-Disposition', `attachment; filename="${record.sha256}.${EXTENSIONS[record.mimeType]}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private');
}

/** Refuses what the body cannot be before a byte of it is read: a bad address or a type we do not keep. */
const checkBeforeReading: RequestHandler = (req, _res, next) => {
  parseInput(AttachmentParamsSchema, req.params, 'params');
  if (!attachmentMediaTypeOf(req.get('content-type'))) {
    throw new AppError(
      'unsupported_media_type',
      `attachments must be sent as one of ${ATTACHMENT_MEDIA_TYPES.join(', ')}, not ${req.get('content-type') ?? 'no Content-Type'}`,
    );
  }
  next();
};

/** Attachment bytes, addressed by their SHA-256 (docs/SPEC-sync.md, SYNC-ATT-1..8). */
export function attachmentRoutes(deps: AttachmentDeps): Router {
  const router = Router();
  const staff = authenticate(deps.store, ['agent', 'officer', 'admin']);
  // Past the limit body-parser answers 413 from Content-Length alone, before reading.
  const rawBody = express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES });

  router.put('/api/attachments/:sha256', staff, checkBeforeReading, rawBody, async (req, res) => {
    const { sha256 } = parseInput(AttachmentParamsSchema, req.params, 'params');
    const mimeType = attachmentMediaTypeOf(req.get('content-type'));
    if (!mimeType) throw new AppError('internal', 'the media type was checked before the body was read');
    const body: unknown = req.body;
    const bytes = Buffer.isBuffer(body) ? body : new Uint8Array();
    const outcome = await uploadAttachment(deps, principalOf(req, res), { sha256, mimeType, bytes });
    res.status(outcome.created ? 201 : 200).json(outcome.record);
  });

  router.head('/api/attachments/:sha256', staff, async (req, res) => {
    const { sha256 } = parseInput(AttachmentParamsSchema, req.params, 'params');
    describe(res, await findAttachment(deps.store, principalOf(req, res), sha256));
    res.status(200).end();
  });

  router.get('/api/attachments/:sha256', staff, async (req, res) => {
    const { sha256 } = parseInput(AttachmentParamsSchema, req.params, 'params');
    const { record, bytes } = await readAttachment(deps.store, principalOf(req, res), sha256);
    describe(res, record);
    res.status(200).end(bytes);
  });
  return router;
}
