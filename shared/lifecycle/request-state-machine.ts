import { z } from 'zod';
import type { ActorRole } from '../model/role';

/**
 * The life of a service request, from submission to a certificate or a refusal. Every channel
 * (bot, field app, office queue, server) asks {@link decideTransition} before changing a
 * status, so the rules live here once.
 */

/** Every status a request can be in, in roughly the order a request moves through them. */
export const REQUEST_STATUSES = [
  'submitted',
  'received',
  'needs_info',
  'resubmitted',
  'approved',
  'issued',
  'rejected',
  'withdrawn',
] as const;

/** Validates a {@link RequestStatus}. */
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);

/** One of {@link REQUEST_STATUSES}. */
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

/**
 * Which roles may move a request from one status to another. A status that is absent as a
 * target is not reachable from that source at all. This table is the whole policy.
 */
export const REQUEST_TRANSITIONS: Readonly<
  Record<RequestStatus, Readonly<Partial<Record<RequestStatus, readonly ActorRole[]>>>>
> = {
  submitted: {
    received: ['officer', 'system'],
    rejected: ['officer'],
    withdrawn: ['citizen', 'agent'],
  },
  received: {
    needs_info: ['officer'],
    approved: ['officer'],
    rejected: ['officer'],
    withdrawn: ['citizen', 'agent'],
  },
  needs_info: {
    resubmitted: ['citizen', 'agent'],
    rejected: ['officer'],
    withdrawn: ['citizen', 'agent'],
  },
  resubmitted: {
    needs_info: ['officer'],
    approved: ['officer'],
    rejected: ['officer'],
    withdrawn: ['citizen', 'agent'],
  },
  approved: {
    issued: ['officer', 'system'],
  },
  issued: {},
  rejected: {},
  withdrawn: {},
};

// Applicant answers may be corrected until an officer has asked for more or decided.
const EDITABLE_STATUSES: ReadonlySet<RequestStatus> = new Set<RequestStatus>(['submitted', 'received', 'needs_info']);

/** Why a transition was refused. */
export type TransitionRefusal = 'illegal_transition' | 'role_not_allowed' | 'no_change';

/** The outcome of {@link decideTransition}. */
export type TransitionDecision =
  { ok: true; from: RequestStatus; to: RequestStatus } | { ok: false; reason: TransitionRefusal; message: string };

function rolesFor(from: RequestStatus, to: RequestStatus): readonly ActorRole[] | undefined {
  return REQUEST_TRANSITIONS[from][to];
}

/**
 * Whether `role` may move a request from `from` to `to`. Refuses with `no_change` when the
 * statuses are equal, `role_not_allowed` when the move exists but not for this role, and
 * `illegal_transition` when no role may make it. The message is English, for logs and APIs.
 */
export function decideTransition(from: RequestStatus, to: RequestStatus, role: ActorRole): TransitionDecision {
  if (from === to) {
    return { ok: false, reason: 'no_change', message: `The request is already ${from}.` };
  }
  const roles = rolesFor(from, to);
  if (roles === undefined) {
    return { ok: false, reason: 'illegal_transition', message: `A request cannot go from ${from} to ${to}.` };
  }
  if (!roles.includes(role)) {
    return {
      ok: false,
      reason: 'role_not_allowed',
      message: `Only ${roles.join(' or ')} may move a request from ${from} to ${to}, not ${role}.`,
    };
  }
  return { ok: true, from, to };
}

/** The statuses `role` may move a request to from `from`, in {@link REQUEST_STATUSES} order. */
export function allowedTransitions(from: RequestStatus, role: ActorRole): RequestStatus[] {
  return REQUEST_STATUSES.filter((to) => rolesFor(from, to)?.includes(role) ?? false);
}

/** True for `issued`, `rejected` and `withdrawn`: nothing can happen to the request any more. */
export function isTerminal(status: RequestStatus): boolean {
  return Object.keys(REQUEST_TRANSITIONS[status]).length === 0;
}

/** True while the applicant's answers may still be amended: `submitted`, `received` and `needs_info`. */
export function isEditable(status: RequestStatus): boolean {
  return EDITABLE_STATUSES.has(status);
}
