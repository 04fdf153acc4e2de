import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/languages';
import { LANGUAGES } from '../../shared/i18n/languages';
import { checkOutbound } from '../whatsapp/check-outbound';
import type { BotEvent } from './events';
import { encodeAction } from './menu-ids';
import type { Session } from './session';
import { step } from './step';
import { START, choicesOf } from './testing/driver';
import { TEST_CATALOG } from './testing/test-catalog';
import { TEST_GEOGRAPHY } from './testing/test-geography';

/**
 * Property-style sweeps: every service of the test catalog, in both languages, through its
 * details, consent and first question; and a bounded walk that taps every choice the bot offers
 * a few levels deep. Every message produced must pass `checkOutbound`, and nothing may throw.
 */

const citizenId = '919876543210';
let counter = 0;
const context = {
  catalog: TEST_CATALOG,
  geography: TEST_GEOGRAPHY,
  now: START,
  newId: () => `019a8000-0000-7000-8000-${(counter += 1).toString(16).padStart(12, '0')}`,
};

function session(language: Language): Session {
  return {
    version: 1,
    citizenId,
    language,
    consent: { status: 'none' },
    state: { name: 'main_menu' },
    menuVersion: 1,
    lastInboundAt: START.toISOString(),
  };
}

function tap(id: string): BotEvent {
  return {
    kind: 'message',
    citizenId,
    messageId: `wamid.${id}`,
    timestamp: START.toISOString(),
    message: { type: 'list_reply', id, title: '' },
  };
}

function expectValid(outbound: ReturnType<typeof step>['outbound']): void {
  for (const message of outbound) expect(checkOutbound(message), JSON.stringify(message)).toEqual([]);
}

describe('every service, in both languages', () => {
  it.each(LANGUAGES)('in %s, every service shows valid details, notice, place and first question', (language) => {
    const services = TEST_CATALOG.departments.flatMap((department) => department.services);
    expect(services.length).toBe(143);
    for (const service of services) {
      const start = session(language);
      const details = step(
        start,
        tap(encodeAction(start.menuVersion, { do: 'service', serviceId: service.id })),
        context,
      );
      expectValid(details.outbound);
      expect(details.session.state).toEqual({ name: 'service_details', serviceId: service.id });
      if (service.kind === 'information') continue;
      const apply = step(
        details.session,
        tap(encodeAction(details.session.menuVersion, { do: 'apply', serviceId: service.id })),
        context,
      );
      expectValid(apply.outbound);
      const agreed = step(
        apply.session,
        tap(encodeAction(apply.session.menuVersion, { do: 'consent', accept: true })),
        context,
      );
      expectValid(agreed.outbound);
      let current = agreed.session;
      if (service.kind !== 'payment') {
        expect(current.state.name).toBe('choosing_place');
        const place = [
          { do: 'district', code: 'GNT' },
          { do: 'mandal', code: 'GNT-05' },
          { do: 'secretariat', code: 'GNT-05-001' },
        ] as const;
        for (const action of place) {
          const chosen = step(current, tap(encodeAction(current.menuVersion, action)), context);
          expectValid(chosen.outbound);
          current = chosen.session;
        }
      }
      expect(current.state.name).toBe('applying');
    }
  });
});

describe('a walk through every menu', () => {
  it.each(LANGUAGES)('in %s, tapping every choice six menus deep never produces an invalid message', (language) => {
    let steps = 0;
    const visit = (current: Session, depth: number): void => {
      if (depth === 0) return;
      const last = stepHistory.get(current);
      if (!last) return;
      const menu = [...last].reverse().find((message) => message.type === 'interactive');
      if (menu?.type !== 'interactive') return;
      for (const choice of choicesOf(menu)) {
        const result = step(structuredClone(current), tap(choice.id), context);
        steps += 1;
        expectValid(result.outbound);
        stepHistory.set(result.session, result.outbound);
        visit(result.session, depth - 1);
      }
    };
    const stepHistory = new Map<Session, ReturnType<typeof step>['outbound']>();
    const first = step(
      undefined,
      {
        kind: 'message',
        citizenId,
        messageId: 'w0',
        timestamp: START.toISOString(),
        message: { type: 'text', text: 'hi' },
      },
      context,
    );
    const chosen = step(
      first.session,
      tap(encodeAction(first.session.menuVersion, { do: 'language', language })),
      context,
    );
    stepHistory.set(chosen.session, chosen.outbound);
    visit(chosen.session, 6);
    expect(steps).toBeGreaterThan(1000);
  });
});
