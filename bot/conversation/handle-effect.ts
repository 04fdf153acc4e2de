import type { EffectResult } from './effects';
import { onDownloadOutcome } from './form/applying';
import { onSubmitOutcome } from './form/submit';
import { onDeliverOutcome } from './notify';
import { onCertificatesOutcome, onFetchOutcome } from './screens/certificates';
import { onEraseOutcome } from './screens/erase';
import { onGrievanceOutcome, onGrievancePhotoOutcome } from './screens/grievance-outcome';
import { onHandoffOutcome } from './screens/handoff';
import { onMyRequestsOutcome } from './screens/my-requests';
import { onLookupOutcome } from './screens/tracking';
import type { Turn } from './turn';

/**
 * The outcome of an effect. Each handler acts only if the session is still waiting for that
 * very effect (same `effectId`), so a late or repeated result changes nothing — except for
 * filings, which are acknowledged whatever the citizen is doing now, and a certificate just
 * issued, which is sent whatever they are doing.
 */
export function handleEffectResult(turn: Turn, result: EffectResult): void {
  switch (result.kind) {
    case 'create_request':
    case 'start_payment':
      return onSubmitOutcome(turn, result.effect, result.outcome);
    case 'lookup_request':
      return onLookupOutcome(turn, result.effect, result.outcome);
    case 'list_my_requests':
      return onMyRequestsOutcome(turn, result.effect, result.outcome);
    case 'list_my_certificates':
      return onCertificatesOutcome(turn, result.effect, result.outcome);
    case 'fetch_certificate':
      return onFetchOutcome(turn, result.effect, result.outcome);
    case 'deliver_certificate':
      return onDeliverOutcome(turn, result.effect, result.outcome);
    case 'create_grievance':
      return onGrievanceOutcome(turn, result.effect, result.outcome);
    case 'download_media': {
      const state = turn.session.state;
      const effectId = result.effect.effectId;
      if (state.name === 'applying' && state.phase.name === 'downloading' && state.phase.effectId === effectId) {
        return onDownloadOutcome(turn, state, result.outcome);
      }
      if (state.name === 'grievance' && state.phase.name === 'downloading' && state.phase.effectId === effectId) {
        return onGrievancePhotoOutcome(turn, state, result.outcome);
      }
      return;
    }
    case 'handoff':
      return onHandoffOutcome(turn, result.effect, result.outcome);
    case 'erase_my_data':
      return onEraseOutcome(turn, result.effect, result.outcome);
    default: {
      const unhandled: never = result;
      throw new TypeError(`unhandled effect result ${JSON.stringify(unhandled)}`);
    }
  }
}
