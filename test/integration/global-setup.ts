import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../helpers/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server the integration tests may create scratch databases on. */
    postgresUrl: string;
  }
}

/**
 * Integration tests get one real PostgreSQL server: `DATABASE_URL` when set, otherwise one
 * started from the embedded-postgres package for the run and stopped after it.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('postgresUrl', configured);
    console.log('[postgres] using DATABASE_URL');
    return undefined;
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres();
  console.log(`[postgres] embedded server ready in ${Date.now() - started} ms`);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
