import { pick } from '../../../shared/i18n/pick';
import { load } from '../form/application';
import { showReview } from '../form/review';
import { startApplication } from '../form/start';
import type { Input } from '../input';
import type { Action } from '../menu-ids';
import { pagedList, type ListItem, type PagedListSpec } from '../paged-list';
import { askCategory, confirmGrievance } from '../screens/grievance';
import { showMainMenu } from '../screens/main-menu';
import { showService } from '../screens/service-details';
import type { PlaceNext, PlaceStep, StateOf } from '../session';
import type { Turn } from '../turn';
import { placeText } from './current-place';
import { findDistrict, findMandal, findSecretariat, type FoundSecretariat } from './geography-lookup';
import { matchByName } from './match-name';

/**
 * Where the citizen lives, asked once before the first application or grievance: district
 * (26, paged), mandal, then village or ward secretariat. Each level is a paged list that can
 * also be answered by typing a name; BACK goes up a level, CANCEL leaves. The choice is kept in
 * `Session.place` for the next filings and can be changed from a summary.
 */

type ChoosingPlace = StateOf<'choosing_place'>;

export function startPlacePicker(turn: Turn, then: PlaceNext): void {
  showPlaceStep(turn, { level: 'district', page: 0 }, then);
}

/** The list for `step`, as rows and texts; a code the geography no longer has falls back to the districts. */
function listFor(turn: Turn, step: PlaceStep): { step: PlaceStep; spec: Omit<PagedListSpec, 'page'> } {
  const m = turn.m.place;
  const language = turn.language;
  const geography = turn.context.geography;
  const districts = (page: number) => ({ step: { level: 'district', page } as const, spec: districtList(turn) });
  switch (step.level) {
    case 'district':
      return districts(step.page);
    case 'mandal': {
      const district = findDistrict(geography, step.districtCode);
      if (!district) return districts(0);
      const items = district.mandals.map((mandal): ListItem => ({
        action: { do: 'mandal', code: mandal.code },
        name: pick(mandal.name, language),
        detail: m.secretariatCount(mandal.secretariats.length),
      }));
      return { step, spec: { body: m.mandalBody(pick(district.name, language)), button: m.mandalButton, items } };
    }
    case 'secretariat': {
      const found = findMandal(geography, step.mandalCode);
      if (!found) return districts(0);
      const items = found.mandal.secretariats.map((secretariat): ListItem => ({
        action: { do: 'secretariat', code: secretariat.code },
        name: pick(secretariat.name, language),
        detail: m.kind[secretariat.kind],
      }));
      const body = m.secretariatBody(pick(found.mandal.name, language));
      return { step, spec: { body, button: m.secretariatButton, items } };
    }
    default: {
      const unhandled: never = step;
      throw new TypeError(`unhandled place step ${JSON.stringify(unhandled)}`);
    }
  }
}

function districtList(turn: Turn): Omit<PagedListSpec, 'page'> {
  const m = turn.m.place;
  const items = turn.context.geography.districts.map((district): ListItem => ({
    action: { do: 'district', code: district.code },
    name: pick(district.name, turn.language),
  }));
  return { body: m.districtBody, button: m.districtButton, items };
}

export function showPlaceStep(turn: Turn, step: PlaceStep, then: PlaceNext, ...before: string[]): void {
  const listed = listFor(turn, step);
  const list = pagedList(turn, { ...listed.spec, page: listed.step.page });
  turn.say(...before);
  turn.send(list.message);
  turn.go({ name: 'choosing_place', step: { ...listed.step, page: list.page }, then });
}

/** The place is chosen: remember it and carry on with what the citizen was doing. */
function choosePlace(turn: Turn, found: FoundSecretariat, then: PlaceNext): void {
  turn.patch({ place: { secretariatCode: found.secretariat.code, name: found.secretariat.name } });
  const chosen = turn.m.place.chosen(placeText(turn, found));
  switch (then.flow) {
    case 'apply':
      turn.say(chosen);
      return startApplication(turn, then.serviceId);
    case 'grievance':
      return askCategory(turn, chosen);
    case 'review':
      return backToReview(turn, then.application);
    case 'grievance_confirm': {
      const { flow: _flow, ...draft } = then;
      return confirmGrievance(turn, draft);
    }
    default: {
      const unhandled: never = then;
      throw new TypeError(`unhandled place continuation ${JSON.stringify(unhandled)}`);
    }
  }
}

function backToReview(turn: Turn, application: Extract<PlaceNext, { flow: 'review' }>['application']): void {
  const loaded = load(turn, application);
  if (loaded) showReview(turn, loaded);
  else showMainMenu(turn, turn.m.service.gone);
}

/** CANCEL, or BACK from the districts: back to where the citizen came from, with the place unchanged. */
function leave(turn: Turn, then: PlaceNext): void {
  switch (then.flow) {
    case 'apply':
      return showService(turn, then.serviceId);
    case 'grievance':
      return showMainMenu(turn, turn.m.grievance.cancelled);
    case 'review':
      return backToReview(turn, then.application);
    case 'grievance_confirm': {
      const { flow: _flow, ...draft } = then;
      return confirmGrievance(turn, draft);
    }
    default: {
      const unhandled: never = then;
      throw new TypeError(`unhandled place continuation ${JSON.stringify(unhandled)}`);
    }
  }
}

function up(turn: Turn, state: ChoosingPlace): void {
  const { step, then } = state;
  switch (step.level) {
    case 'district':
      return leave(turn, then);
    case 'mandal':
      return showPlaceStep(turn, { level: 'district', page: 0 }, then);
    case 'secretariat': {
      const districtCode = step.mandalCode.slice(0, step.mandalCode.indexOf('-'));
      return showPlaceStep(turn, { level: 'mandal', districtCode, page: 0 }, then);
    }
    default: {
      const unhandled: never = step;
      throw new TypeError(`unhandled place step ${JSON.stringify(unhandled)}`);
    }
  }
}

export function onPlaceTap(turn: Turn, state: ChoosingPlace, action: Action): void {
  const geography = turn.context.geography;
  const { step, then } = state;
  if (action.do === 'more') return showPlaceStep(turn, { ...step, page: step.page + 1 }, then);
  if (action.do === 'district' && findDistrict(geography, action.code)) {
    return showPlaceStep(turn, { level: 'mandal', districtCode: action.code, page: 0 }, then);
  }
  if (action.do === 'mandal' && findMandal(geography, action.code)) {
    return showPlaceStep(turn, { level: 'secretariat', mandalCode: action.code, page: 0 }, then);
  }
  const found = action.do === 'secretariat' ? findSecretariat(geography, action.code) : undefined;
  if (found) return choosePlace(turn, found, then);
  showPlaceStep(turn, step, then);
}

/** The action a typed name stands for at this level, if exactly one place has that name. */
function typedChoice(turn: Turn, step: PlaceStep, text: string): Action | undefined {
  const geography = turn.context.geography;
  switch (step.level) {
    case 'district': {
      const district = matchByName(geography.districts, (candidate) => candidate.name, text);
      return district && { do: 'district', code: district.code };
    }
    case 'mandal': {
      const mandals = findDistrict(geography, step.districtCode)?.mandals ?? [];
      const mandal = matchByName(mandals, (candidate) => candidate.name, text);
      return mandal && { do: 'mandal', code: mandal.code };
    }
    case 'secretariat': {
      const secretariats = findMandal(geography, step.mandalCode)?.mandal.secretariats ?? [];
      const secretariat = matchByName(secretariats, (candidate) => candidate.name, text);
      return secretariat && { do: 'secretariat', code: secretariat.code };
    }
    default: {
      const unhandled: never = step;
      throw new TypeError(`unhandled place step ${JSON.stringify(unhandled)}`);
    }
  }
}

export function onPlaceInput(turn: Turn, state: ChoosingPlace, input: Input): void {
  if (input.type !== 'text') return showPlaceStep(turn, state.step, state.then);
  if (input.command === 'back') return up(turn, state);
  if (input.command === 'cancel') return leave(turn, state.then);
  const action = typedChoice(turn, state.step, input.text);
  if (action) return onPlaceTap(turn, state, action);
  showPlaceStep(turn, state.step, state.then, turn.m.place.notFound(input.text.trim().slice(0, 60)));
}
