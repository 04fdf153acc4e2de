import { describeOutcome, type GraphOutcome } from '../graph/graph-outcome';

/**
 * What to do after one send attempt. The rule that matters most: a message is tried again only
 * after a definite "not delivered" — a Graph error body, a 429, or a connection that never
 * opened. When the request may have reached WhatsApp and no answer came back (a reset after
 * writing, a timeout, a 5xx page without an error body), the outcome is unknown and the message
 * is NOT sent again: the citizen may miss one message, but never gets the same one twice.
 */
export type SendDecision =
  | { do: 'sent'; waMessageId: string }
  /** Try again after a backoff; `pair`: WhatsApp says this one recipient gets messages too fast. */
  | { do: 'retry'; reason: string; pair: boolean }
  /** The 24-hour window is closed: send the template instead, if the message has one. */
  | { do: 'use_template'; reason: string }
  | { do: 'failed'; reason: string }
  | { do: 'undeliverable'; reason: string };

/** Codes the Cloud API documents as "try again later" (throttling, temporary errors). */
const RETRYABLE_CODES: ReadonlySet<number> = new Set([
  4, // application request limit
  80007, // WhatsApp Business Account rate limit
  130429, // throughput limit of the phone number
  131048, // spam rate limit
  131056, // pair rate limit: too many messages to one recipient
  133016, // registration/deregistration rate limit
]);
const PAIR_RATE_LIMIT = 131056;
const WINDOW_CLOSED = 131047;
const NOT_ON_WHATSAPP = 131026;

export function classifySend(outcome: GraphOutcome<{ messageId: string }>): SendDecision {
  if (outcome.kind === 'ok') return { do: 'sent', waMessageId: outcome.value.messageId };
  const reason = describeOutcome(outcome);
  switch (outcome.kind) {
    case 'api_error': {
      const { code } = outcome.error;
      if (code === WINDOW_CLOSED) return { do: 'use_template', reason };
      if (code === NOT_ON_WHATSAPP) return { do: 'undeliverable', reason };
      if (RETRYABLE_CODES.has(code) || outcome.status >= 500 || outcome.status === 429) {
        return { do: 'retry', reason, pair: code === PAIR_RATE_LIMIT };
      }
      return { do: 'failed', reason };
    }
    case 'http_error':
      // A rate limiter in front of the API refuses before anything is done with the request.
      if (outcome.status === 429) return { do: 'retry', reason, pair: false };
      return { do: 'failed', reason: outcome.status >= 500 ? `unknown outcome, not resent: ${reason}` : reason };
    case 'network':
      if (!outcome.written) return { do: 'retry', reason, pair: false };
      return { do: 'failed', reason: `unknown outcome, not resent: ${reason}` };
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Exponential backoff with jitter: about `base` after the first attempt, doubling each time up
 * to `max`, each wait drawn from its upper half so retries of many messages spread out.
 */
export function backoffMs(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
