import { join } from 'node:path';
import { z } from 'zod';

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value);

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a whole number from 1 to 65535')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, 'must be a whole number from 1 to 65535');

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/seva');

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

/** Every setting the server reads from its environment, with its default. */
export const ConfigSchema = z.object({
  PORT: z.preprocess(emptyAsUnset, port.default(8080)),
  HOST: z.preprocess(emptyAsUnset, z.string().min(1).default('127.0.0.1')),
  /** Where the embedded SQLite database lives; unused when DATABASE_URL is set. */
  DATA_DIR: z.preprocess(emptyAsUnset, z.string().min(1).default('./data')),
  /**
   * The private signing keys (root and issuers), as JWK files readable by the server's user
   * alone; default `DATA_DIR/keys`. Processes sharing a database must share this directory.
   */
  KEYS_DIR: z.preprocess(emptyAsUnset, z.string().min(1).optional()),
  /** How often each process looks for approved certificate requests left without a certificate. */
  CERTIFICATE_SWEEP_SECONDS: z.preprocess(emptyAsUnset, wholeNumber(1, 86_400).default(60)),
  /** PostgreSQL instead of the embedded SQLite database. */
  DATABASE_URL: z.preprocess(emptyAsUnset, postgresUrl.optional()),
  LOG_LEVEL: z.preprocess(
    emptyAsUnset,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** How long after a newer catalog rev is published requests filled against the older one are still accepted. */
  CATALOG_GRACE_DAYS: z.preprocess(emptyAsUnset, wholeNumber(0, 365).default(30)),
  /**
   * `shipped`: at start, publish the catalog that ships with this release as a new rev when it
   * differs from the latest. `database`: leave the published catalog to the operator.
   */
  CATALOG_SOURCE: z.preprocess(emptyAsUnset, z.enum(['shipped', 'database']).default('shipped')),
  /** The built PWA served at `/`. */
  PWA_DIR: z.preprocess(emptyAsUnset, z.string().min(1).default('./dist/pwa')),
  /** How long a shutdown waits for requests in flight. */
  SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUnset, wholeNumber(0, 600_000).default(10_000)),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Where the private signing keys live. */
export function keysDirOf(config: Pick<Config, 'KEYS_DIR' | 'DATA_DIR'>): string {
  return config.KEYS_DIR ?? join(config.DATA_DIR, 'keys');
}

/** A setting that failed its schema; the message names every bad setting. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the configuration from `env`, throwing a ConfigError that names each bad setting. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    const given = env[name];
    const shown = name === 'DATABASE_URL' ? redactUrl(given) : given;
    return `  ${name}: ${issue.message}${shown === undefined ? '' : ` (got "${shown}")`}`;
  });
  return failWith(`Invalid configuration:\n${lines.join('\n')}`);
}

function failWith(message: string): never {
  throw new ConfigError(message);
}

/** Hides a password in a connection string before it is printed. */
export function redactUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
