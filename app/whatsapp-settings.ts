import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../sync-server/config';

const NAMES = [
  'WHATSAPP_APP_SECRET',
  'WHATSAPP_VERIFY_TOKEN',
  'WHATSAPP_TOKEN',
  'WHATSAPP_PHONE_NUMBER_ID',
  'WHATSAPP_GRAPH_URL',
] as const;

const CloudSchema = z.object({
  WHATSAPP_APP_SECRET: z.string().min(8, 'must be the Meta app secret'),
  WHATSAPP_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters'),
  WHATSAPP_TOKEN: z.string().min(8, 'must be the Graph API access token'),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'must be the numeric phone number id'),
  WHATSAPP_GRAPH_URL: z
    .string()
    .url('must be the Graph API base URL with its version, such as https://graph.facebook.com/v21.0')
    .refine((url) => /\/v\d+\.\d+\/?$/.test(url), 'must end with the API version, such as /v21.0'),
  WHATSAPP_MESSAGES_PER_SECOND: z.coerce.number().positive().max(1000).default(80),
});

/** The simulator's phone number id: digits, as the Cloud API's are. */
export const SIMULATOR_PHONE_NUMBER_ID = '100000000000001';
export const FAKE_GRAPH_VERSION = 'v21.0';

export type WhatsAppSettings =
  | {
      mode: 'cloud';
      appSecret: string;
      verifyToken: string;
      accessToken: string;
      phoneNumberId: string;
      graphUrl: string;
      messagesPerSecond: number;
    }
  /** No WhatsApp settings at all: the built-in fake Graph API and the simulator stand in. */
  | { mode: 'simulator'; appSecret: string; verifyToken: string; accessToken: string; phoneNumberId: string };

/**
 * The bot's settings from the environment. With none of the WHATSAPP_* variables set, Seva
 * runs against its built-in fake Graph API so a newcomer can chat with the bot at /simulator;
 * with some set, all are required and each bad one is named.
 */
export function loadWhatsAppSettings(env: Record<string, string | undefined>): WhatsAppSettings {
  const given = NAMES.filter((name) => (env[name] ?? '') !== '');
  if (given.length === 0) {
    const secret = () => randomBytes(24).toString('base64url');
    return {
      mode: 'simulator',
      appSecret: secret(),
      verifyToken: secret(),
      accessToken: secret(),
      phoneNumberId: SIMULATOR_PHONE_NUMBER_ID,
    };
  }
  const parsed = CloudSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
    throw new ConfigError(
      `Invalid WhatsApp configuration (set all of ${NAMES.join(', ')}, or none to use the simulator):\n${lines.join('\n')}`,
    );
  }
  return {
    mode: 'cloud',
    appSecret: parsed.data.WHATSAPP_APP_SECRET,
    verifyToken: parsed.data.WHATSAPP_VERIFY_TOKEN,
    accessToken: parsed.data.WHATSAPP_TOKEN,
    phoneNumberId: parsed.data.WHATSAPP_PHONE_NUMBER_ID,
    graphUrl: parsed.data.WHATSAPP_GRAPH_URL.replace(/\/$/, ''),
    messagesPerSecond: parsed.data.WHATSAPP_MESSAGES_PER_SECOND,
  };
}
