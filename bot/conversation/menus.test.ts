import { describe, expect, it } from 'vitest';
import type { InteractiveMessage } from '../whatsapp/outbound-types';
import { Conversation, choicesOf } from './testing/driver';
import { agree, inEnglish, inTelugu, startIncomeApplication } from './testing/scripts';
import { TEST_CATALOG } from './testing/test-catalog';

/** Taps "More…" until the list ends, collecting the argument of every other row's id. */
function collectPages(conversation: Conversation, more: string): string[] {
  const seen: string[] = [];
  for (let guard = 0; guard < 20; guard += 1) {
    const choices = choicesOf(conversation.lastInteractive());
    expect(choices.length).toBeLessThanOrEqual(10);
    for (const choice of choices) if (choice.title !== more) seen.push(choice.id.split('|')[2] ?? '');
    if (!choices.some((choice) => choice.title === more)) return seen;
    conversation.tap(more);
  }
  throw new Error('the list never ended');
}

describe('menus and lists', () => {
  it('when the citizen opens "Apply for a service", then all thirty departments are reachable through More…', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Apply for a service');
    const departments = collectPages(conversation, 'More…');
    expect(departments).toEqual(TEST_CATALOG.departments.map((department) => department.code));
  });

  it('when a department has 49 services, then they page through six lists in Telugu, each service once', () => {
    const conversation = inTelugu(new Conversation());
    conversation.tap('సేవకు దరఖాస్తు');
    conversation.tap('పురపాలక పరిపాలన…');
    const municipal = TEST_CATALOG.department('MAUD')?.services.map((service) => service.id) ?? [];
    const before = conversation.history.length;
    expect(collectPages(conversation, 'మరిన్ని…')).toEqual(municipal);
    expect(conversation.history.length - before).toBe(5);
  });

  it('when a name is too long for a row, then the row is shortened at a word and the full name is in its description', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Apply for a service');
    const row = choicesOf(conversation.lastInteractive()).find((choice) => choice.id.endsWith('|MAUD'));
    expect(row).toMatchObject({
      title: 'Municipal Admn. & Urban…',
      description: 'Municipal Administration & Urban Development (CDMA / Urban Local Bodies)',
    });
  });

  it('when a button from an older menu is tapped, then the citizen is told and shown the current menu, and nothing else happens', () => {
    const conversation = inEnglish(new Conversation());
    const mainMenu = conversation.lastInteractive();
    conversation.tap('Apply for a service');
    conversation.tap('Track an application', mainMenu);
    expect(conversation.lastText()).toContain('That menu is old — here is the current one.');
    expect(conversation.session?.state).toEqual({ name: 'departments', page: 0 });
    // The departments list is sent again, with ids of the new version.
    const current = conversation.lastInteractive();
    expect(choicesOf(current)[0]?.id.startsWith(`${conversation.session?.menuVersion}|`)).toBe(true);
  });

  it('when a stale answer button is tapped during a form, then the stored answer is not changed', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('Ravi Kumar');
    conversation.text('Venkata Rao');
    const genderButtons: InteractiveMessage = conversation.lastInteractive();
    conversation.text('female');
    conversation.tap('Male', genderButtons);
    expect(conversation.lastText()).toContain('That menu is old');
    expect(conversation.lastText()).toContain('Question 4 of 12');
    expect(conversation.session?.state).toMatchObject({ application: { answers: { gender: 'female' } } });
  });

  it('when a tap carries an id Seva never made, then it is treated as an old menu', () => {
    const conversation = inEnglish(new Conversation());
    conversation.message({ type: 'list_reply', id: 'something-else', title: 'Hello' });
    expect(conversation.lastText()).toContain('That menu is old');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when a select has eleven options, then they are numbered and a typed number answers', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('caste certificate');
    conversation.tap('Apply');
    agree(conversation);
    conversation.text('Lakshmi Devi');
    // Eight categories: a list.
    expect(conversation.lastInteractive().interactive.type).toBe('list');
    conversation.tap('BC-D');
    expect(conversation.lastText()).toContain('1. Self');
    expect(conversation.lastText()).toContain('10. Grandson or granddaughter');
    conversation.text('3');
    conversation.tap('Yes');
    expect(conversation.session?.state).toMatchObject({
      phase: { name: 'reviewing' },
      application: { answers: { casteCategory: 'bc_d', relation: 'mother', parentsSameCaste: true } },
    });
  });

  it('when options are too long for buttons, then they come as a list with full names in the descriptions', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Pay a bill or fee');
    conversation.tap('Electricity bill payment');
    conversation.tap('Pay');
    agree(conversation);
    const options = choicesOf(conversation.lastInteractive());
    expect(options.map((option) => option.title)).toEqual(['APEPDCL', 'APCPDCL', 'APSPDCL']);
    expect(options[1]?.description).toBe('APCPDCL (Central: Krishna, Guntur, Prakasam)');
  });
});
