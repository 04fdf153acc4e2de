import { decideTransition, isEditable } from '../../../shared/lifecycle';
import type { FieldValue } from '../../../shared/model/form-field';
import type { Grievance } from '../../../shared/model/grievance';
import type { ServiceRequest } from '../../../shared/model/service-request';
import { referenceFromId } from '../../../shared/ids';
import type { Mutation, MutationResult, RejectReason } from '../../../shared/sync/protocol';
import { todayIso, validateAnswers } from '../../../shared/validation';
import { inScope, scopeOf } from '../../auth/principal';
import { AppError } from '../../http/app-error';
import { prepareRequest } from '../file-requests';
import { nextVersion } from '../request-versions';
import type { BatchContext } from './batch-context';
import { changedKeys, sameAnswer } from './same-answer';

type Of<T extends Mutation['type']> = Extract<Mutation, { type: T }>;

/** A refusal that ends one mutation (SYNC-PUSH-3); the push goes on. */
class Rejection extends Error {
  constructor(
    readonly reason: RejectReason,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** AppError codes the filing and lifecycle checks raise, as the protocol's reject reasons. */
const REASON_OF_ERROR: Partial<Record<AppError['code'], RejectReason>> = {
  unknown_service: 'unknown_service',
  unknown_catalog_rev: 'unknown_catalog_rev',
  catalog_rev_expired: 'catalog_rev_expired',
  validation_failed: 'validation_failed',
  forbidden: 'forbidden',
  unknown_secretariat: 'forbidden',
  not_found: 'not_found',
  illegal_transition: 'illegal_transition',
};

/** Applies one mutation to the batch context and says what became of it. */
export async function applyMutation(ctx: BatchContext, mutation: Mutation): Promise<MutationResult> {
  const ids = { mutationId: mutation.mutationId, seq: mutation.seq };
  try {
    const outcome = await dispatch(ctx, mutation);
    if (outcome.kind === 'conflict') {
      return { ...ids, status: 'conflict', server: outcome.server, fields: outcome.fields, message: outcome.message };
    }
    return {
      ...ids,
      status: 'applied',
      recordId: outcome.record.id,
      version: outcome.record.version,
      ...(outcome.merged ? { merged: true } : {}),
    };
  } catch (error) {
    if (error instanceof Rejection) {
      return { ...ids, status: 'rejected', reason: error.reason, message: error.message, ...detailsOf(error.details) };
    }
    const reason = error instanceof AppError ? REASON_OF_ERROR[error.code] : undefined;
    if (error instanceof AppError && reason) {
      return { ...ids, status: 'rejected', reason, message: error.message, ...detailsOf(error.details) };
    }
    throw error;
  }
}

function detailsOf(details: unknown): { details?: unknown } {
  return details === undefined ? {} : { details };
}

type Outcome =
  | { kind: 'applied'; record: ServiceRequest | Grievance; merged?: boolean }
  | { kind: 'conflict'; server: ServiceRequest; fields: string[]; message: string };

async function dispatch(ctx: BatchContext, mutation: Mutation): Promise<Outcome> {
  switch (mutation.type) {
    case 'create_request':
      return createRequest(ctx, mutation);
    case 'amend_request':
      return amendRequest(ctx, mutation);
    case 'withdraw_request':
      return withdrawRequest(ctx, mutation);
    case 'respond_needs_info':
      return respondNeedsInfo(ctx, mutation);
    case 'create_grievance':
      return createGrievance(ctx, mutation);
  }
}

/** Whether a record with this id was created by the same token, so a re-sent create is the same act. */
function sameAuthor(ctx: BatchContext, record: ServiceRequest | Grievance): boolean {
  return record.history[0]?.actor.id === ctx.principal.tokenId;
}

/** SYNC-APPLY-1 */
async function createRequest(ctx: BatchContext, mutation: Of<'create_request'>): Promise<Outcome> {
  const existing = ctx.request(mutation.requestId);
  if (existing) {
    if (sameAuthor(ctx, existing)) return { kind: 'applied', record: existing };
    throw new Rejection('already_exists', `another application already has the id ${mutation.requestId}`);
  }
  const { serviceId, serviceRev, applicant, contact, filedAt } = mutation.args;
  const request = await prepareRequest(
    ctx.deps,
    ctx.principal,
    'agent',
    { id: mutation.requestId, serviceId, serviceRev, applicant, filedAt, ...(contact ? { contact } : {}) },
    ctx.now,
  );
  ctx.insertRequest(request);
  return { kind: 'applied', record: request };
}

/** The request a mutation is about, if it exists and the agent may act on it (SYNC-APPLY-6). */
function requestInReach(ctx: BatchContext, id: string): ServiceRequest {
  const request = ctx.request(id);
  if (!request) throw new Rejection('not_found', `there is no application ${id}`);
  if (!inScope(scopeOf(ctx.principal), request)) {
    throw new Rejection('forbidden', 'this application is outside your jurisdiction');
  }
  return request;
}

/**
 * The request's answers with `fields` applied (null or '' clears an answer), checked against
 * the form of the catalog rev the request was filed against.
 */
async function amendedAnswers(
  ctx: BatchContext,
  current: ServiceRequest,
  fields: Readonly<Record<string, unknown>>,
): Promise<Record<string, FieldValue>> {
  const service = await ctx.deps.catalog.serviceAt(current.serviceId, current.serviceRev);
  if (!service)
    throw new Rejection('unknown_service', `service ${current.serviceId} is not in rev ${current.serviceRev}`);
  const cleared = new Set(Object.keys(fields).filter((key) => fields[key] === null || fields[key] === ''));
  const merged = Object.fromEntries(
    Object.entries({ ...current.applicant, ...fields }).filter(([key]) => !cleared.has(key)),
  );
  const result = validateAnswers(service.fields, merged, { today: todayIso(ctx.now) });
  if (!result.ok) {
    const first = result.errors[0];
    throw new Rejection('validation_failed', first ? `${first.field}: ${first.message.en}` : 'invalid answers', {
      errors: result.errors,
    });
  }
  return result.value;
}

/** SYNC-APPLY-2, SYNC-CONFLICT-2 */
async function amendRequest(ctx: BatchContext, mutation: Of<'amend_request'>): Promise<Outcome> {
  const current = requestInReach(ctx, mutation.requestId);
  const fields = Object.keys(mutation.args.fields);
  let merged = false;
  if (mutation.baseVersion !== current.version) {
    const base =
      mutation.baseVersion < current.version ? await ctx.requestAtVersion(current.id, mutation.baseVersion) : undefined;
    if (!base) {
      return conflict(current, fields, `the application is at version ${current.version}, not ${mutation.baseVersion}`);
    }
    const serverChanged = changedKeys(base.applicant, current.applicant);
    const mine = fields.filter((key) => !sameAnswer(base.applicant[key], mutation.args.fields[key] as FieldValue));
    const overlap = mine.filter((key) => serverChanged.has(key));
    if (overlap.length > 0) {
      return conflict(current, overlap, 'the same answers were changed on the server since you last synced');
    }
    merged = true;
  }
  if (!isEditable(current.status)) {
    return conflict(current, fields, `the application is ${current.status} and can no longer be changed`);
  }
  const applicant = await amendedAnswers(ctx, current, mutation.args.fields);
  const next = nextVersion(current, { applicant, note: `amended: ${fields.join(', ')}` }, ctx.principal, ctx.at);
  ctx.updateRequest(current, next);
  return { kind: 'applied', record: next, merged };
}

function conflict(server: ServiceRequest, fields: string[], message: string): Outcome {
  return { kind: 'conflict', server, fields, message };
}

/** SYNC-APPLY-3: the state machine decides; an office decision stands (SYNC-CONFLICT-1). */
async function withdrawRequest(ctx: BatchContext, mutation: Of<'withdraw_request'>): Promise<Outcome> {
  const current = requestInReach(ctx, mutation.requestId);
  const decision = decideTransition(current.status, 'withdrawn', ctx.principal.role);
  if (!decision.ok)
    throw new Rejection(decision.reason === 'role_not_allowed' ? 'forbidden' : 'illegal_transition', decision.message);
  const next = nextVersion(current, { status: 'withdrawn', note: mutation.args.reason }, ctx.principal, ctx.at);
  ctx.updateRequest(current, next);
  return { kind: 'applied', record: next };
}

/** SYNC-APPLY-4 */
async function respondNeedsInfo(ctx: BatchContext, mutation: Of<'respond_needs_info'>): Promise<Outcome> {
  const current = requestInReach(ctx, mutation.requestId);
  const decision = decideTransition(current.status, 'resubmitted', ctx.principal.role);
  if (!decision.ok) throw new Rejection('illegal_transition', decision.message);
  const applicant = await amendedAnswers(ctx, current, mutation.args.fields);
  const next = nextVersion(
    current,
    { status: 'resubmitted', applicant, note: mutation.args.note },
    ctx.principal,
    ctx.at,
  );
  ctx.updateRequest(current, next);
  return { kind: 'applied', record: next };
}

/** SYNC-APPLY-5 */
async function createGrievance(ctx: BatchContext, mutation: Of<'create_grievance'>): Promise<Outcome> {
  const existing = ctx.grievance(mutation.requestId);
  if (existing) {
    if (sameAuthor(ctx, existing)) return { kind: 'applied', record: existing };
    throw new Rejection('already_exists', `another grievance already has the id ${mutation.requestId}`);
  }
  const secretariat = ctx.principal.secretariatCode
    ? ctx.deps.geography.secretariat(ctx.principal.secretariatCode)
    : undefined;
  if (!secretariat) throw new Rejection('forbidden', 'only an agent of a known secretariat can file grievances');
  const { aboutRequestId, category, description, departmentCode, contact, filedAt } = mutation.args;
  const about = aboutRequestId ? requestInReach(ctx, aboutRequestId) : undefined;
  const department = departmentCode ?? about?.departmentCode;
  const grievance: Grievance = {
    id: mutation.requestId,
    reference: referenceFromId(mutation.requestId),
    channel: 'agent',
    ...(department ? { departmentCode: department } : {}),
    ...(about ? { requestId: about.id } : {}),
    category,
    description,
    ...(contact ? { contact } : {}),
    jurisdiction: secretariat.jurisdiction,
    status: 'open',
    version: 1,
    history: [
      {
        version: 1,
        status: 'open',
        at: ctx.at,
        actor: { role: ctx.principal.role, id: ctx.principal.tokenId, name: ctx.principal.name },
      },
    ],
    filedAt,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  };
  ctx.insertGrievance(grievance);
  return { kind: 'applied', record: grievance };
}
