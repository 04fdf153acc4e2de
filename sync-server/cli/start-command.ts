import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config';
import { PWA_ROUTES } from '../http/serve-pwa';
import type * as Vite from 'vite';
import { start, type ServerContext, type ServerExtension } from '../server';

const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * `seva start`: builds the PWA when it has not been built, starts the server (with whatever
 * the host adds through `extend`), prints where to go.
 */
export async function startCommand(
  options: {
    extend?: (context: ServerContext) => Promise<ServerExtension>;
    moreLines?: (url: string) => string[];
  } = {},
): Promise<void> {
  const config = loadConfig(process.env);
  await buildPwaIfMissing(config.PWA_DIR);
  const server = await start(process.env, {
    handleSignals: true,
    ...(options.extend ? { extend: options.extend } : {}),
  });
  const lines = [
    '',
    `Seva is running on ${server.store.engine === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.DATA_DIR}`}.`,
    `  Catalog:    ${server.url}/api/catalog`,
    `  Geography:  ${server.url}/api/geography`,
    ...PWA_ROUTES.map((route) => `  ${route.slice(1).padEnd(11)} ${server.url}${route}`),
    `  Health:     ${server.url}/healthz`,
    ...(options.moreLines?.(server.url) ?? []),
    'Create a token for an agent with: npx seva token create --role agent --secretariat <code> --name <name>',
    '',
  ];
  console.log(lines.join('\n'));
}

async function buildPwaIfMissing(pwaDir: string): Promise<void> {
  if (existsSync(join(pwaDir, 'index.html'))) return;
  if (!(await buildPwa(pwaDir, 'first start only'))) {
    console.warn(`The PWA is not built in ${pwaDir} and Vite is not installed; serving the API only.`);
  }
}

/** Builds the PWA into `pwaDir` with the environment as it is; false when Vite is not installed. */
export async function buildPwa(pwaDir: string, why: string): Promise<boolean> {
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    return false;
  }
  console.log(`Building the PWA (${why})...`);
  await vite.build({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: resolve(pwaDir), emptyOutDir: true },
  });
  return true;
}
