import { signatureHeader, type WebhookPayload } from './webhook-payload';

export interface WebhookOutcome {
  ok: boolean;
  httpStatus?: number;
  error?: string;
}

// Meta gives up on an endpoint that does not answer quickly; so does the simulator.
const TIMEOUT_MS = 10_000;

/** Posts a webhook the way Meta does: the exact bytes signed with the app secret. */
export async function postWebhook(url: string, appSecret: string, payload: WebhookPayload): Promise<WebhookOutcome> {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signatureHeader(appSecret, body),
        'user-agent': 'facebookexternalua',
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer();
    if (response.ok) return { ok: true, httpStatus: response.status };
    return { ok: false, httpStatus: response.status, error: `the webhook answered ${response.status}` };
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { ok: false, error: `the webhook could not be reached: ${reason}` };
  }
}
