import type { CreateRequestBody } from '../../shared/api/requests-api';
import { referenceFromId } from '../../shared/ids';
import { todayIso, validateAnswers } from '../../shared/validation';
import type { Jurisdiction } from '../../shared/model/geography';
import type { Actor, Channel, CitizenContact, ServiceRequest } from '../../shared/model/service-request';
import type { Service } from '../../shared/model/service';
import type { TokenRole } from '../../shared/model/role';
import type { Principal } from '../auth/principal';
import { assertCanSee } from '../auth/principal';
import { AppError } from '../http/app-error';
import type { Store } from '../store/store';
import type { CatalogService } from './catalog-service';

/** Resolves a secretariat code to where it sits; satisfied by the shipped geography index. */
export interface SecretariatLookup {
  secretariat(code: string): { jurisdiction: Jurisdiction } | undefined;
}

export interface FilingDeps {
  store: Store;
  catalog: CatalogService;
  geography: SecretariatLookup;
  now: () => Date;
}

/** The channel each role files through. */
const CHANNEL_OF_ROLE: Partial<Record<TokenRole, Channel>> = { agent: 'agent', officer: 'office' };

/** One filing's result: `created` false means the id was already stored and that request is returned. */
export type FilingOutcome = { ok: true; created: boolean; request: ServiceRequest } | { ok: false; error: AppError };

/**
 * Files applications for `principal`, all in one store transaction. Each is checked on its
 * own — a bad one is refused with its reason and does not stop the others. A repeated id
 * returns the request stored the first time, never a second copy.
 */
export async function fileRequests(
  deps: FilingDeps,
  principal: Principal,
  bodies: readonly CreateRequestBody[],
): Promise<FilingOutcome[]> {
  const channel = CHANNEL_OF_ROLE[principal.role];
  if (!channel) throw new AppError('forbidden', `a ${principal.role} token cannot file applications`);
  const now = deps.now();
  const outcomes: (FilingOutcome | ServiceRequest)[] = [];
  for (const body of bodies) {
    try {
      outcomes.push(await prepareRequest(deps, principal, channel, body, now));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ ok: false, error });
    }
  }
  const candidates = outcomes.filter((o): o is ServiceRequest => 'id' in o);
  const stored = await deps.store.insertRequests(candidates);
  let next = 0;
  return outcomes.map((outcome): FilingOutcome => {
    if (!('id' in outcome)) return outcome;
    const result = stored[next++];
    switch (result?.kind) {
      case 'inserted':
        return { ok: true, created: true, request: result.request };
      case 'existing':
        return canSee(principal, result.request)
          ? { ok: true, created: false, request: result.request }
          : { ok: false, error: new AppError('forbidden', 'this application is outside your jurisdiction') };
      case 'reference_taken':
      case undefined:
        return {
          ok: false,
          error: new AppError(
            'conflict',
            'another application already has the reference number this id gives; file it under a new id',
          ),
        };
    }
  });
}

function canSee(principal: Principal, request: ServiceRequest): boolean {
  try {
    assertCanSee(principal, request);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one application and builds the request it files, without storing it: the catalog
 * rev and service, the jurisdiction, every answer. Throws AppError saying what is wrong.
 */
export async function prepareRequest(
  deps: FilingDeps,
  principal: Principal,
  channel: Channel,
  body: CreateRequestBody,
  now: Date,
): Promise<ServiceRequest> {
  if (body.channel !== undefined && body.channel !== channel) {
    throw new AppError(
      'bad_request',
      `a ${principal.role} token files through the ${channel} channel, not ${body.channel}`,
    );
  }
  const { service } = await deps.catalog.resolveService(body.serviceId, body.serviceRev);
  const jurisdiction = jurisdictionFor(deps, principal, body.secretariatCode);
  if (principal.role === 'officer' && service.departmentCode !== principal.departmentCode) {
    throw new AppError(
      'forbidden',
      `an officer of ${principal.departmentCode} cannot file for ${service.departmentCode}`,
    );
  }
  return assembleRequest({
    id: body.id,
    service,
    serviceRev: body.serviceRev,
    channel,
    jurisdiction,
    applicant: body.applicant,
    contact: body.contact,
    actor: { role: principal.role, id: principal.tokenId, name: principal.name },
    filedAt: body.filedAt,
    now,
  });
}

/**
 * A new request, as every channel files it: the answers checked against the service's form
 * (a 400 `validation_failed` naming each bad field), status `submitted`, version 1.
 */
export function assembleRequest(input: {
  id: string;
  service: Service;
  serviceRev: number;
  channel: Channel;
  jurisdiction: Jurisdiction;
  applicant: Record<string, unknown>;
  contact: CitizenContact | undefined;
  actor: Actor;
  filedAt: string | undefined;
  now: Date;
}): ServiceRequest {
  const answers = validateAnswers(input.service.fields, input.applicant, { today: todayIso(input.now) });
  if (!answers.ok) {
    const first = answers.errors[0];
    throw new AppError(
      'validation_failed',
      first ? `${first.field}: ${first.message.en}` : 'the answers are not valid',
      { errors: answers.errors },
    );
  }
  const at = input.now.toISOString();
  return {
    id: input.id,
    reference: referenceFromId(input.id),
    serviceId: input.service.id,
    serviceRev: input.serviceRev,
    departmentCode: input.service.departmentCode,
    channel: input.channel,
    applicant: answers.value,
    ...(input.contact ? { contact: input.contact } : {}),
    jurisdiction: input.jurisdiction,
    status: 'submitted',
    version: 1,
    history: [{ version: 1, status: 'submitted', at, actor: input.actor }],
    filedAt: input.filedAt ?? at,
    createdAt: at,
    updatedAt: at,
  };
}

/** Agents file in their own secretariat; officers in any secretariat of their district. */
function jurisdictionFor(deps: FilingDeps, principal: Principal, secretariatCode: string | undefined): Jurisdiction {
  const code = secretariatCode ?? (principal.role === 'agent' ? principal.secretariatCode : null);
  if (!code) throw new AppError('bad_request', 'secretariatCode is required: say where the applicant lives');
  const place = deps.geography.secretariat(code);
  if (!place) throw new AppError('unknown_secretariat', `there is no secretariat ${code}`);
  if (principal.role === 'agent' && code !== principal.secretariatCode) {
    throw new AppError('forbidden', `an agent of ${principal.secretariatCode} cannot file for ${code}`);
  }
  if (principal.role === 'officer' && place.jurisdiction.districtCode !== principal.districtCode) {
    throw new AppError('forbidden', `an officer of district ${principal.districtCode} cannot file for ${code}`);
  }
  return place.jurisdiction;
}
