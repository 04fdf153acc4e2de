import { pick } from '../../../shared/i18n/pick';
import type { ApplicantAnswers } from '../../../shared/model/form-field';
import { validateAnswers } from '../../../shared/validation';
import { contactOf } from '../contact';
import type { Effect, Outcomes } from '../effects';
import { addDays, formatDay, formatDayTime, formatRupees } from '../format';
import { currentPlace } from '../place/current-place';
import { startPlacePicker } from '../place/place-picker';
import { settle } from '../screens/main-menu';
import type { Turn } from '../turn';
import { keep, type Loaded } from './application';
import { askQuestion } from './ask';
import { showSubmitFailed } from './review';

/** Filing a confirmed application: the `create_request` (or `start_payment`) effect and its outcome. */

type SubmitEffect = Extract<Effect, { kind: 'create_request' | 'start_payment' }>;

/**
 * Files the application under `requestId`. The answers are validated once more as a whole —
 * a date bound of `today` can move between answering and confirming — and a refused answer is
 * asked again before anything is filed.
 */
export function submitApplication(turn: Turn, loaded: Loaded, requestId: string = turn.newId()): void {
  const { application, service } = loaded;
  const checked = validateAnswers(service.fields, application.answers, { today: turn.today });
  if (!checked.ok) {
    const [first] = checked.errors;
    const index = Math.max(
      0,
      service.fields.findIndex((field) => field.key === first?.field),
    );
    const message = first ? pick(first.message, turn.language) : undefined;
    askQuestion(turn, { ...loaded, application: { ...application, fieldIndex: index, returnToReview: true } }, message);
    return;
  }
  fileRequest(turn, loaded, requestId, checked.value);
}

function fileRequest(turn: Turn, loaded: Loaded, requestId: string, applicant: ApplicantAnswers): void {
  const { application, service } = loaded;
  const place = currentPlace(turn)?.place;
  // A draft from before places were asked, or a secretariat since retired: ask, then come back to the summary.
  if (service.kind !== 'payment' && !place) {
    startPlacePicker(turn, { flow: 'review', application });
    return;
  }
  const effectId = turn.newId();
  const fields = {
    effectId,
    id: requestId,
    serviceId: service.id,
    serviceRev: application.serviceRev,
    applicant,
    contact: contactOf(turn.session.citizenId),
    language: turn.language,
    filedAt: turn.nowIso,
  };
  // Only a payment goes without a place (checked above).
  turn.effect(
    service.kind === 'payment' || !place
      ? { kind: 'start_payment', ...fields }
      : { kind: 'create_request', ...fields, secretariatCode: place.secretariatCode },
  );
  turn.say(turn.m.submit.sending);
  keep(turn, application, { name: 'submitting', requestId, effectId });
}

type SubmitOutcome = Outcomes['create_request'] | Outcomes['start_payment'];

/**
 * The outcome of filing. The citizen is told the reference number even when they have moved on
 * since (MENU during submission, a timeout): the request exists either way.
 */
export function onSubmitOutcome(turn: Turn, effect: SubmitEffect, outcome: SubmitOutcome): void {
  const state = turn.session.state;
  const waiting =
    state.name === 'applying' && state.phase.name === 'submitting' && state.phase.effectId === effect.effectId;
  const service = turn.catalog.service(effect.serviceId);
  const serviceName = service ? pick(service.name, turn.language) : effect.serviceId;
  const m = turn.m;
  const zone = turn.config.timeZone;
  const finish = (text: string) => (waiting ? settle(turn, text) : turn.say(text));
  switch (outcome.status) {
    case 'created': {
      const department = service ? turn.catalog.department(service.departmentCode) : undefined;
      const due = outcome.dueBy ?? addDays(turn.now, service?.slaDays ?? 0).toISOString();
      finish(
        m.submit.submitted({
          service: serviceName,
          reference: outcome.reference,
          department: department ? pick(department.name, turn.language) : serviceName,
          due: formatDay(due, zone),
        }),
      );
      return;
    }
    case 'ready': {
      const text = m.submit.paymentReady({
        service: serviceName,
        reference: outcome.reference,
        url: outcome.url,
        ...(outcome.amountInr === undefined ? {} : { amount: formatRupees(outcome.amountInr) }),
        ...(outcome.expiresAt === undefined ? {} : { until: formatDayTime(outcome.expiresAt, zone) }),
      });
      finish(text);
      return;
    }
    case 'unavailable':
      finish(m.submit.paymentUnavailable);
      return;
    case 'failed':
      if (!waiting || state.name !== 'applying' || !service) turn.say(m.submit.lostFailure);
      else if (outcome.retryable) showSubmitFailed(turn, { application: state.application, service }, effect.id);
      else settle(turn, m.submit.failedFinal);
      return;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
