import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Router } from 'express';

export interface Listening {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** More routers can be mounted once the origin is known. */
  app: Express;
  close(): Promise<void>;
}

/** Serves routers on 127.0.0.1, port 0, mounted at the given paths, for a test to call over HTTP. */
export async function listen(mounts: Record<string, Router> = {}): Promise<Listening> {
  const app = express();
  for (const [path, router] of Object.entries(mounts)) app.use(path, router);
  const server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
