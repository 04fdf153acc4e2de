import { describe, it, expect } from 'vitest';
import type { ActorRole } from '../model/role';
import { ACTOR_ROLES } from '../model/role';
import type { RequestStatus } from './request-state-machine';
import {
  REQUEST_STATUSES,
  RequestStatusSchema,
  allowedTransitions,
  decideTransition,
  isEditable,
  isTerminal,
} from './request-state-machine';

/**
 * The policy written out independently of the implementation's table, one line per move, so a
 * change to either shows up here as a failing triple.
 */
const EXPECTED: readonly (readonly [RequestStatus, RequestStatus, readonly ActorRole[]])[] = [
  ['submitted', 'received', ['officer', 'system']],
  ['submitted', 'rejected', ['officer']],
  ['submitted', 'withdrawn', ['citizen', 'agent']],
  ['received', 'needs_info', ['officer']],
  ['received', 'approved', ['officer']],
  ['received', 'rejected', ['officer']],
  ['received', 'withdrawn', ['citizen', 'agent']],
  ['needs_info', 'resubmitted', ['citizen', 'agent']],
  ['needs_info', 'rejected', ['officer']],
  ['needs_info', 'withdrawn', ['citizen', 'agent']],
  ['resubmitted', 'needs_info', ['officer']],
  ['resubmitted', 'approved', ['officer']],
  ['resubmitted', 'rejected', ['officer']],
  ['resubmitted', 'withdrawn', ['citizen', 'agent']],
  ['approved', 'issued', ['officer', 'system']],
];

function expectedRoles(from: RequestStatus, to: RequestStatus): readonly ActorRole[] | undefined {
  return EXPECTED.find(([f, t]) => f === from && t === to)?.[2];
}

const TRIPLES = REQUEST_STATUSES.flatMap((from) =>
  REQUEST_STATUSES.flatMap((to) => ACTOR_ROLES.map((role) => [from, to, role] as const)),
);

describe('decideTransition', () => {
  it.each(TRIPLES)('decides %s → %s by %s as the policy says', (from, to, role) => {
    const decision = decideTransition(from, to, role);
    const roles = expectedRoles(from, to);
    if (from === to) {
      expect(decision).toMatchObject({ ok: false, reason: 'no_change' });
    } else if (roles === undefined) {
      expect(decision).toMatchObject({ ok: false, reason: 'illegal_transition' });
    } else if (roles.includes(role)) {
      expect(decision).toEqual({ ok: true, from, to });
    } else {
      expect(decision).toMatchObject({ ok: false, reason: 'role_not_allowed' });
    }
  });

  it('explains a refusal in a sentence', () => {
    const decision = decideTransition('received', 'approved', 'agent');
    expect(decision.ok ? '' : decision.message).toBe(
      'Only officer may move a request from received to approved, not agent.',
    );
  });

  it('lets Seva itself issue an approved certificate', () => {
    expect(decideTransition('approved', 'issued', 'system')).toEqual({ ok: true, from: 'approved', to: 'issued' });
  });

  it('does not let a citizen approve their own request', () => {
    expect(decideTransition('received', 'approved', 'citizen')).toMatchObject({
      ok: false,
      reason: 'role_not_allowed',
    });
  });

  it('does not let anyone withdraw an approved request', () => {
    for (const role of ACTOR_ROLES) {
      expect(decideTransition('approved', 'withdrawn', role)).toMatchObject({
        ok: false,
        reason: 'illegal_transition',
      });
    }
  });

  it('gives kiosks and admins no power over a request status', () => {
    for (const role of ['kiosk', 'admin'] as const) {
      for (const from of REQUEST_STATUSES) expect(allowedTransitions(from, role)).toEqual([]);
    }
  });
});

describe('allowedTransitions', () => {
  it.each(REQUEST_STATUSES.flatMap((from) => ACTOR_ROLES.map((role) => [from, role] as const)))(
    'lists exactly the moves the policy allows from %s for %s',
    (from, role) => {
      const expected = REQUEST_STATUSES.filter((to) => expectedRoles(from, to)?.includes(role) ?? false);
      expect(allowedTransitions(from, role)).toEqual(expected);
    },
  );

  it('offers an officer every decision on a received request', () => {
    expect(allowedTransitions('received', 'officer')).toEqual(['needs_info', 'approved', 'rejected']);
  });
});

describe('isTerminal', () => {
  it.each(REQUEST_STATUSES)('calls %s terminal exactly when it is issued, rejected or withdrawn', (status) => {
    expect(isTerminal(status)).toBe(['issued', 'rejected', 'withdrawn'].includes(status));
  });

  it.each(['issued', 'rejected', 'withdrawn'] as const)('gives no role any way out of %s', (status) => {
    for (const role of ACTOR_ROLES) {
      expect(allowedTransitions(status, role)).toEqual([]);
      for (const to of REQUEST_STATUSES) expect(decideTransition(status, to, role).ok).toBe(false);
    }
  });

  it('leaves every non-terminal status reachable onward by someone', () => {
    for (const status of REQUEST_STATUSES.filter((s) => !isTerminal(s))) {
      expect(ACTOR_ROLES.some((role) => allowedTransitions(status, role).length > 0)).toBe(true);
    }
  });
});

describe('isEditable', () => {
  it.each(REQUEST_STATUSES)('allows amending answers in %s only before a decision or resubmission', (status) => {
    expect(isEditable(status)).toBe(['submitted', 'received', 'needs_info'].includes(status));
  });
});

describe('RequestStatusSchema', () => {
  it('accepts every status and refuses others', () => {
    for (const status of REQUEST_STATUSES) expect(RequestStatusSchema.parse(status)).toBe(status);
    expect(RequestStatusSchema.safeParse('pending').success).toBe(false);
  });
});
