import { pick } from '../../../shared/i18n/pick';
import type { Service } from '../../../shared/model/service';
import type { Place } from '../session';
import type { Turn } from '../turn';
import { findSecretariat, type FoundSecretariat } from './geography-lookup';

/** The citizen's chosen secretariat, while the geography still knows it (codes are never reused, but may be retired). */
export function currentPlace(turn: Turn): { place: Place; found: FoundSecretariat } | undefined {
  const place = turn.session.place;
  const found = place ? findSecretariat(turn.context.geography, place.secretariatCode) : undefined;
  return place && found ? { place, found } : undefined;
}

/** Whether filing this service goes to a secretariat. A bill payment goes to the utility, not to a place. */
export function serviceNeedsPlace(service: Service): boolean {
  return service.kind !== 'payment' && service.kind !== 'information';
}

/** "Ward 4 – Arasavalli, Srikakulam mandal, Srikakulam district", in the citizen's language. */
export function placeText(turn: Turn, found: FoundSecretariat): string {
  const language = turn.language;
  return turn.m.place.full({
    secretariat: pick(found.secretariat.name, language),
    mandal: pick(found.mandal.name, language),
    district: pick(found.district.name, language),
  });
}

/** The current place in words, or the stored name when the geography no longer knows it. */
export function describePlace(turn: Turn): string | undefined {
  const current = currentPlace(turn);
  if (current) return placeText(turn, current.found);
  const place = turn.session.place;
  return place ? pick(place.name, turn.language) : undefined;
}
