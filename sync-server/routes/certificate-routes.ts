import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import {
  CertificateIdParamsSchema,
  RevokeCertificateBodySchema,
  StatusListIdSchema,
  type CertificateResponse,
} from '../../shared/api/certificates-api';
import { assertCanSee } from '../auth/principal';
import type { CertificateDeps } from '../certificates/certificate-deps';
import { revokeCertificate } from '../certificates/revoke-certificate';
import { AppError } from '../http/app-error';
import { authenticate, authenticateIfPresent, principalOf } from '../http/authenticate';
import { parseInput } from '../http/parse';

const StatusListParamsSchema = z.object({ id: StatusListIdSchema });

/**
 * Whether `If-None-Match` names `etag` (weak comparison). Express's `req.fresh` is not used: it
 * ignores validators sent with `Cache-Control: no-cache`, which `fetch` adds to every request
 * that sets `If-None-Match` itself — as kiosks do — though an origin may answer those with 304.
 */
function notModified(req: Request, etag: string): boolean {
  const header = req.get('if-none-match');
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Sends a signed document that anyone may fetch and cache: caches keep it but ask again each
 * time, and an unchanged document costs a 304.
 */
function sendSigned(req: Request, res: Response, document: { json: string; etag: string }): void {
  res.setHeader('ETag', document.etag);
  res.setHeader('Cache-Control', 'public, no-cache');
  if (notModified(req, document.etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(document.json);
}

/** Trust and status lists (public), certificate records and PDFs (staff), revocation (officers). */
export function certificateRoutes(deps: CertificateDeps): Router {
  const router = Router();
  const staff = authenticate(deps.store, ['agent', 'officer', 'admin']);
  const anyoneOrValidToken = authenticateIfPresent(deps.store);

  /** The certificate, once the caller's jurisdiction covers its request. */
  const visible = async (req: Request, res: Response) => {
    const { id } = parseInput(CertificateIdParamsSchema, req.params, 'params');
    const stored = await deps.store.certificates.get(id);
    const request = stored && (await deps.store.getRequest(stored.certificate.requestId));
    if (!stored || !request) throw new AppError('not_found', `there is no certificate ${id}`);
    assertCanSee(principalOf(req, res), request);
    return stored;
  };

  router.get('/api/trust-list', anyoneOrValidToken, async (req, res) => {
    const latest = await deps.keys.trustList();
    sendSigned(req, res, { json: latest.document, etag: `"trust-${latest.seq}"` });
  });

  router.get('/api/status-lists/:id', anyoneOrValidToken, async (req, res) => {
    const { id } = parseInput(StatusListParamsSchema, req.params, 'params');
    const signed = await deps.statusLists.signed(id);
    if (!signed) throw new AppError('not_found', `there is no status list ${id}`);
    sendSigned(req, res, signed);
  });

  router.get('/api/certificates/:id', staff, async (req, res) => {
    const { certificate, qr } = await visible(req, res);
    const body: CertificateResponse = { ...certificate, qr };
    res.json(body);
  });

  router.get('/api/certificates/:id/pdf', staff, async (req, res) => {
    const { certificate } = await visible(req, res);
    const pdf = await deps.store.certificates.pdf(certificate.id);
    if (!pdf) throw new AppError('not_found', `there is no certificate ${certificate.id}`);
    res.setHeader('Content-Disposition', `attachment; filename="${certificate.number}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.type('application/pdf').send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });

  router.post('/api/certificates/:id/revoke', authenticate(deps.store, ['officer']), async (req, res) => {
    const { id } = parseInput(CertificateIdParamsSchema, req.params, 'params');
    const { reason } = parseInput(RevokeCertificateBodySchema, req.body, 'body');
    await visible(req, res);
    const principal = principalOf(req, res);
    const actor = { role: principal.role, id: principal.tokenId, name: principal.name };
    res.json(await revokeCertificate(deps, actor, id, reason));
  });

  return router;
}
