import { buttonsMessage } from '../../whatsapp/outbound-builders';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { showMainMenu } from './main-menu';

/**
 * The privacy notice (DPDP Act: notice and consent before personal data is collected). Shown
 * before the first application, payment or grievance; accepted once per notice version.
 */

/** Raise this when the notice's wording changes in substance: everyone is asked again. */
export const NOTICE_VERSION = 2;

export type ConsentNext = StateOf<'consent'>['then'];

export function hasConsent(turn: Turn): boolean {
  const consent = turn.session.consent;
  return consent.status === 'accepted' && consent.notice === NOTICE_VERSION;
}

export function showConsent(turn: Turn, then: ConsentNext): void {
  const m = turn.m;
  const body = m.consent.notice(turn.config.draftRetentionHours);
  turn.send(
    buttonsMessage(body, [
      { id: turn.id({ do: 'consent', accept: true }), title: m.buttons.accept },
      { id: turn.id({ do: 'consent', accept: false }), title: m.buttons.decline },
    ]),
  );
  turn.go({ name: 'consent', then });
}

/** Records the answer. On acceptance the caller continues with `then`; on refusal the main menu shows. */
export function recordConsent(turn: Turn, accept: boolean): void {
  if (accept) {
    turn.patch({ consent: { status: 'accepted', at: turn.nowIso, notice: NOTICE_VERSION } });
    return;
  }
  turn.patch({ consent: { status: 'declined', at: turn.nowIso } });
  showMainMenu(turn, turn.m.consent.declined);
}
