import compression from 'compression';
import express, { type Express, type Router } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Geography } from '../shared/model/geography';
import type { CertificateDeps } from './certificates/certificate-deps';
import { issueOnApproval } from './certificates/issue-on-approval';
import type { CatalogService } from './domain/catalog-service';
import type { SecretariatLookup } from './domain/file-requests';
import { errorHandler, notFound } from './http/error-handler';
import { servePwa } from './http/serve-pwa';
import { attachmentRoutes } from './routes/attachment-routes';
import { catalogRoutes } from './routes/catalog-routes';
import { certificateRoutes } from './routes/certificate-routes';
import { handoffRoutes } from './routes/handoff-routes';
import { healthRoutes } from './routes/health-routes';
import { requestRoutes } from './routes/request-routes';
import { syncRoutes } from './routes/sync-routes';
import type { Store } from './store/store';

export interface AppDeps {
  store: Store;
  catalog: CatalogService;
  geography: Geography;
  places: SecretariatLookup;
  logger: Logger;
  now: () => Date;
  /** Directory of the built PWA; omitted in API-only tests. */
  pwaDir?: string;
  /** Certificates: issued when a certificate service's request is approved; omitted in tests that need none. */
  certificates?: CertificateDeps;
  /** Routers the host process adds (the WhatsApp webhook, the simulator), mounted before the fallbacks. */
  extraRouters?: readonly Router[];
}

/** Builds the HTTP app without listening, so tests run it in-process on port 0. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // The host's routers come first: the WhatsApp webhook must acknowledge Meta in milliseconds
  // at thousands of messages a second, and it logs what it does itself.
  for (const router of deps.extraRouters ?? []) app.use(router);
  app.use(
    pinoHttp({
      logger: deps.logger,
      // Health probes arrive every few seconds; logging them drowns everything else.
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.use(compression());
  // Sync pushes and attachment uploads parse their own, larger bodies; everything else is small.
  // Webhooks verify signatures over their raw bytes, and the fake Graph API answers in Graph's
  // own error shapes, so both read their own bodies.
  const smallJson = express.json({ limit: '1mb' });
  const ownBodies = (path: string) =>
    path === '/api/sync/push' ||
    path.startsWith('/api/attachments/') ||
    path.startsWith('/webhooks/') ||
    path.startsWith('/fake-graph/');
  app.use((req, res, next) => (ownBodies(req.path) ? next() : smallJson(req, res, next)));

  const domain = { store: deps.store, catalog: deps.catalog, geography: deps.places, now: deps.now };
  app.use(healthRoutes(deps));
  app.use(catalogRoutes(deps));
  const onApproved = deps.certificates && issueOnApproval(deps.certificates, deps.logger);
  app.use(requestRoutes({ ...domain, ...(onApproved ? { onApproved } : {}) }));
  if (deps.certificates) app.use(certificateRoutes(deps.certificates));
  app.use(syncRoutes(domain));
  app.use(attachmentRoutes(domain));
  app.use(handoffRoutes(domain));
  if (deps.pwaDir) app.use(servePwa(deps.pwaDir));

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
