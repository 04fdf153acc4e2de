import type { FormField } from '../../../shared/model/form-field';
import type { Service } from '../../../shared/model/service';
import { validateField } from '../../../shared/validation';
import type { Application, ApplyingPhase } from '../session';
import type { Turn } from '../turn';

/** An application together with the service (at the current catalog rev) it is for. */
export interface Loaded {
  application: Application;
  service: Service;
}

export function newApplication(turn: Turn, service: Service): Application {
  return {
    serviceId: service.id,
    serviceRev: turn.catalog.rev,
    fieldIndex: 0,
    answers: {},
    skipped: [],
    returnToReview: false,
    updatedAt: turn.nowIso,
  };
}

/** Whether `field` has been dealt with: answered, or (optional and) skipped. */
export function isSettled(application: Application, field: FormField): boolean {
  return Object.hasOwn(application.answers, field.key) || application.skipped.includes(field.key);
}

/**
 * The application moved to the catalog's current rev. A published rev never changes, so an
 * application on the current rev is returned as it is; after a new rev, answers that the new
 * form still asks for and still accepts are kept, and the citizen continues at the first
 * question that is not settled.
 */
export function rebase(turn: Turn, application: Application, service: Service): Application {
  if (application.serviceRev === turn.catalog.rev) return application;
  const answers: Application['answers'] = {};
  for (const field of service.fields) {
    if (!Object.hasOwn(application.answers, field.key)) continue;
    const result = validateField(field, application.answers[field.key], { today: turn.today });
    if (result.ok && result.value !== undefined) answers[field.key] = result.value;
  }
  const optional = new Set(service.fields.filter((field) => !field.required).map((field) => field.key));
  const moved: Application = {
    ...application,
    serviceRev: turn.catalog.rev,
    answers,
    skipped: application.skipped.filter((key) => optional.has(key)),
    returnToReview: false,
  };
  const next = service.fields.findIndex((field) => !isSettled(moved, field));
  return { ...moved, fieldIndex: next < 0 ? service.fields.length : next };
}

/** The application's service at the current rev, with the application rebased onto it; undefined if withdrawn. */
export function load(turn: Turn, application: Application): Loaded | undefined {
  const service = turn.catalog.service(application.serviceId);
  if (!service) return undefined;
  return { service, application: rebase(turn, application, service) };
}

/** Stores the application in the session at `phase`, stamped as touched now. */
export function keep(turn: Turn, application: Application, phase: ApplyingPhase): void {
  turn.go({ name: 'applying', application: { ...application, updatedAt: turn.nowIso }, phase });
}
