import { effectResult, type Effect, type EffectResult, type Outcomes } from '../../conversation';
import type { GraphClient } from '../graph/graph-client';
import { errorFacts, type BotLogger } from '../logger';
import type { BotStorePort, HandoffPort, QueueOutcome, RequestQueuePort } from '../ports';
import { certificateSummary, uploadCertificate } from './certificate-upload';
import { downloadMedia } from './media-download';

/**
 * Runs the engine's effects through the ports. Every effect is safe to run twice — filings are
 * idempotent on their id, lookups only read, files are kept by hash — because a turn that crashes
 * before it is committed runs again. A port that throws is a failure the citizen can retry, never
 * a crash of the turn.
 */

export interface EffectDeps {
  queue: RequestQueuePort;
  store: BotStorePort;
  graph: GraphClient;
  handoff: HandoffPort | undefined;
  logger: BotLogger;
  now: () => Date;
  /** The number documents are uploaded for (media belongs to a phone number). */
  phoneNumberId: string;
}

/** Queue refusals worth a "Try again": the queue was busy or broken, not the request wrong. */
const RETRYABLE_QUEUE_CODES: ReadonlySet<string> = new Set(['unavailable', 'internal', 'rate_limited']);

function refused(outcome: Extract<QueueOutcome<unknown>, { ok: false }>) {
  return { status: 'failed', retryable: RETRYABLE_QUEUE_CODES.has(outcome.code) } as const;
}

/** Paying is not on this channel yet (it comes with later work). */
const UNAVAILABLE = { status: 'unavailable' } as const;

async function outcomeOf(deps: EffectDeps, citizenId: string, effect: Effect): Promise<EffectResult | undefined> {
  const { queue } = deps;
  switch (effect.kind) {
    case 'create_request': {
      const { id, serviceId, serviceRev, secretariatCode, applicant, contact, filedAt } = effect;
      const filed = await queue.fileRequest({
        id,
        serviceId,
        serviceRev,
        secretariatCode,
        applicant,
        contact,
        filedAt,
      });
      const outcome: Outcomes['create_request'] = filed.ok
        ? { status: 'created', reference: filed.value.reference, dueBy: filed.value.dueBy }
        : refused(filed);
      return effectResult(effect, outcome);
    }
    case 'create_grievance': {
      const { id, secretariatCode, category, description, photo, contact, filedAt } = effect;
      const filed = await queue.fileGrievance({
        id,
        secretariatCode,
        category,
        description,
        ...(photo ? { photo } : {}),
        contact,
        filedAt,
      });
      return effectResult(effect, filed.ok ? { status: 'created', reference: filed.value.reference } : refused(filed));
    }
    case 'lookup_request': {
      const request = await queue.track(effect.reference);
      return effectResult(effect, request ? { status: 'found', request } : { status: 'not_found' });
    }
    case 'list_my_requests':
      return effectResult(effect, { status: 'ok', requests: await queue.requestsOf(effect.contact, 50) });
    case 'list_my_certificates': {
      const certificates = await queue.certificatesOf(effect.contact);
      return effectResult(effect, { status: 'ok', certificates: certificates.map(certificateSummary) });
    }
    case 'fetch_certificate':
    case 'deliver_certificate':
      return effectResult(effect, await uploadCertificate(deps, effect));
    case 'download_media':
      return effectResult(effect, await downloadMedia(deps, effect));
    case 'erase_my_data':
      // The store keeps the session for this turn to replace and removes the rest of the
      // citizen's row once the confirmation this turn queues is settled.
      await deps.store.eraseCitizen(citizenId, deps.now().toISOString());
      deps.logger.info({ citizenId }, 'citizen data erased');
      return effectResult(effect, { status: 'erased' });
    case 'start_payment':
      deps.logger.info({ citizenId, effect: effect.kind }, 'not available on whatsapp yet');
      return effectResult(effect, UNAVAILABLE);
    case 'handoff': {
      const at = deps.now().toISOString();
      const request = { handoffId: effect.effectId, citizenId, language: effect.language, topic: effect.topic, at };
      const answer = deps.handoff ? await deps.handoff.open(request) : 'unavailable';
      deps.logger.info({ citizenId, topic: effect.topic, answer }, 'hand-off to a person requested');
      return effectResult(effect, { status: answer });
    }
    case 'relay_to_person': {
      const at = deps.now().toISOString();
      if (deps.handoff)
        await deps.handoff.relay({ citizenId, messageId: effect.messageId, message: effect.message, at });
      else deps.logger.warn({ citizenId, messageId: effect.messageId }, 'message for a person, but no staff desk');
      return undefined;
    }
    case 'end_handoff':
      if (deps.handoff) await deps.handoff.close(citizenId, deps.now().toISOString());
      deps.logger.info({ citizenId }, 'hand-off closed by the citizen');
      return undefined;
    default: {
      const unhandled: never = effect;
      throw new TypeError(`unhandled effect ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The failure a thrown port call stands for, by effect. */
function failureOf(effect: Effect): EffectResult | undefined {
  switch (effect.kind) {
    case 'handoff':
      return effectResult(effect, { status: 'unavailable' });
    case 'relay_to_person':
    case 'end_handoff':
      return undefined;
    case 'create_request':
    case 'create_grievance':
    case 'start_payment':
    case 'lookup_request':
    case 'list_my_requests':
    case 'list_my_certificates':
    case 'fetch_certificate':
    case 'deliver_certificate':
    case 'download_media':
    case 'erase_my_data':
      return effectResult(effect, { status: 'failed', retryable: true });
    default: {
      const unhandled: never = effect;
      throw new TypeError(`unhandled effect ${JSON.stringify(unhandled)}`);
    }
  }
}

export type EffectExecutor = (citizenId: string, effect: Effect) => Promise<EffectResult | undefined>;

export function createEffectExecutor(deps: EffectDeps): EffectExecutor {
  return async (citizenId, effect) => {
    try {
      return await outcomeOf(deps, citizenId, effect);
    } catch (error) {
      deps.logger.error({ citizenId, effect: effect.kind, ...errorFacts(error) }, 'effect failed');
      return failureOf(effect);
    }
  };
}
