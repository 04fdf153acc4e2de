import { describe, expect, it } from 'vitest';
import { decodeTap, encodeAction, type Action } from './menu-ids';

const ACTIONS: Action[] = [
  { do: 'language', language: 'te' },
  { do: 'menu_item', item: 'certificates' },
  { do: 'main_menu' },
  { do: 'more' },
  { do: 'department', code: 'MAUD' },
  { do: 'service', serviceId: 'maud.property-tax-payment' },
  { do: 'apply', serviceId: 'rev.income-certificate' },
  { do: 'search_again' },
  { do: 'consent', accept: false },
  { do: 'option', value: 'bc_d' },
  { do: 'yes_no', value: true },
  { do: 'skip' },
  { do: 'review', choice: 'edit' },
  { do: 'edit_field', key: 'annualIncome' },
  { do: 'cancel_application', confirm: true },
  { do: 'resume', choice: 'discard' },
  { do: 'my_requests' },
  { do: 'request', reference: 'ABCD-EFGH-JKMN-P' },
  { do: 'certificate', certificateId: 'cert|with|bars' },
  { do: 'grievance', choice: 'skip_photo' },
  { do: 'retry' },
  { do: 'erase', confirm: false },
  { do: 'district', code: 'GNT' },
  { do: 'mandal', code: 'GNT-03' },
  { do: 'secretariat', code: 'GNT-03-002' },
  { do: 'change_place' },
  { do: 'category', category: 'staff_behaviour' },
];

describe('menu ids', () => {
  it.each(ACTIONS.map((action) => [action.do, action] as const))(
    'a %s tap survives the round trip with its version',
    (_name, action) => {
      const id = encodeAction(42, action);
      expect(id.length).toBeLessThanOrEqual(200);
      expect(decodeTap(id)).toEqual({ version: 42, action });
    },
  );

  it.each([
    '',
    'hello',
    '3|unknown|x',
    'x|more|',
    '-1|more|',
    '2|language|fr',
    '2|consent|maybe',
    '2|service|',
    '2|category|bribery',
    '2|district|',
    '2|more',
  ])('when an id is not one Seva made (%j), then it decodes to nothing', (id) => {
    expect(decodeTap(id)).toBeUndefined();
  });
});
