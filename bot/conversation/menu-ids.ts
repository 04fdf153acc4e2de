import type { Language } from '../../shared/i18n/languages';
import { LANGUAGES } from '../../shared/i18n/languages';
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from './grievance-category';

/**
 * Ids of list rows and reply buttons: `<menuVersion>|<action>|<argument>`. The version says
 * which menu a tap came from (see `Session.menuVersion`); the rest says what it means, so a
 * tap is understood from its id alone, never from its title, which differs by language.
 */

export const MENU_ITEMS = [
  'apply',
  'track',
  'certificates',
  'grievance',
  'pay',
  'person',
  'language',
  'resume',
] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

export type Action =
  | { do: 'language'; language: Language }
  | { do: 'menu_item'; item: MenuItem }
  | { do: 'main_menu' }
  /** The next page of whatever list is showing. */
  | { do: 'more' }
  | { do: 'department'; code: string }
  | { do: 'service'; serviceId: string }
  | { do: 'apply'; serviceId: string }
  | { do: 'search_again' }
  | { do: 'consent'; accept: boolean }
  /** A select option, by its value. */
  | { do: 'option'; value: string }
  | { do: 'yes_no'; value: boolean }
  | { do: 'skip' }
  | { do: 'review'; choice: 'confirm' | 'edit' | 'cancel' }
  | { do: 'edit_field'; key: string }
  | { do: 'cancel_application'; confirm: boolean }
  | { do: 'resume'; choice: 'continue' | 'discard' }
  | { do: 'my_requests' }
  | { do: 'request'; reference: string }
  | { do: 'certificate'; certificateId: string }
  | { do: 'grievance'; choice: 'submit' | 'skip_photo' | 'cancel' }
  | { do: 'retry' }
  | { do: 'erase'; confirm: boolean }
  /** The place picker's rows, by code. */
  | { do: 'district'; code: string }
  | { do: 'mandal'; code: string }
  | { do: 'secretariat'; code: string }
  /** From a summary: choose the secretariat again. */
  | { do: 'change_place' }
  | { do: 'category'; category: GrievanceCategory };

export interface Tap {
  version: number;
  action: Action;
}

const SEPARATOR = '|';

function argumentOf(action: Action): string {
  switch (action.do) {
    case 'language':
      return action.language;
    case 'menu_item':
      return action.item;
    case 'department':
    case 'district':
    case 'mandal':
    case 'secretariat':
      return action.code;
    case 'category':
      return action.category;
    case 'service':
    case 'apply':
      return action.serviceId;
    case 'option':
      return action.value;
    case 'consent':
    case 'cancel_application':
    case 'erase':
      return action.do === 'consent' ? String(action.accept) : String(action.confirm);
    case 'yes_no':
      return String(action.value);
    case 'review':
    case 'resume':
    case 'grievance':
      return action.choice;
    case 'edit_field':
      return action.key;
    case 'request':
      return action.reference;
    case 'certificate':
      return action.certificateId;
    case 'main_menu':
    case 'more':
    case 'search_again':
    case 'skip':
    case 'my_requests':
    case 'retry':
    case 'change_place':
      return '';
    default: {
      const unhandled: never = action;
      throw new TypeError(`unhandled action ${JSON.stringify(unhandled)}`);
    }
  }
}

export function encodeAction(version: number, action: Action): string {
  return [version, action.do, argumentOf(action)].join(SEPARATOR);
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function bool(value: string): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function decodeAction(name: string, arg: string): Action | undefined {
  switch (name) {
    case 'language':
      return oneOf(LANGUAGES, arg) ? { do: 'language', language: arg } : undefined;
    case 'menu_item':
      return oneOf(MENU_ITEMS, arg) ? { do: 'menu_item', item: arg } : undefined;
    case 'main_menu':
    case 'more':
    case 'search_again':
    case 'skip':
    case 'my_requests':
    case 'retry':
    case 'change_place':
      return { do: name };
    case 'department':
    case 'district':
    case 'mandal':
    case 'secretariat':
      return arg ? { do: name, code: arg } : undefined;
    case 'category':
      return oneOf(GRIEVANCE_CATEGORIES, arg) ? { do: 'category', category: arg } : undefined;
    case 'service':
    case 'apply':
      return arg ? { do: name, serviceId: arg } : undefined;
    case 'option':
      return arg ? { do: 'option', value: arg } : undefined;
    case 'edit_field':
      return arg ? { do: 'edit_field', key: arg } : undefined;
    case 'request':
      return arg ? { do: 'request', reference: arg } : undefined;
    case 'certificate':
      return arg ? { do: 'certificate', certificateId: arg } : undefined;
    case 'yes_no':
    case 'consent':
    case 'cancel_application':
    case 'erase': {
      const value = bool(arg);
      if (value === undefined) return undefined;
      if (name === 'yes_no') return { do: 'yes_no', value };
      return name === 'consent' ? { do: 'consent', accept: value } : { do: name, confirm: value };
    }
    case 'review':
      return oneOf(['confirm', 'edit', 'cancel'] as const, arg) ? { do: 'review', choice: arg } : undefined;
    case 'resume':
      return oneOf(['continue', 'discard'] as const, arg) ? { do: 'resume', choice: arg } : undefined;
    case 'grievance':
      return oneOf(['submit', 'skip_photo', 'cancel'] as const, arg) ? { do: 'grievance', choice: arg } : undefined;
    default:
      return undefined;
  }
}

/** The tap an id stands for, or undefined for an id Seva did not make (or one from an older bot). */
export function decodeTap(id: string): Tap | undefined {
  const first = id.indexOf(SEPARATOR);
  const second = id.indexOf(SEPARATOR, first + 1);
  if (first < 1 || second < 0) return undefined;
  const version = Number(id.slice(0, first));
  if (!Number.isSafeInteger(version) || version < 0) return undefined;
  const action = decodeAction(id.slice(first + 1, second), id.slice(second + 1));
  return action ? { version, action } : undefined;
}
