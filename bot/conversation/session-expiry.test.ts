import { describe, expect, it } from 'vitest';
import type { ServiceInput } from '../../shared/model/service';
import { prepareCatalog } from './context';
import { Conversation, choicesOf } from './testing/driver';
import { inEnglish, inTelugu, startIncomeApplication } from './testing/scripts';
import { buildTestCatalog, INCOME } from './testing/test-catalog';

function answerFirstThree(conversation: Conversation): Conversation {
  conversation.text('Ravi Kumar');
  conversation.text('Venkata Rao');
  conversation.tap('Male');
  return conversation;
}

describe('session expiry', () => {
  it('when the citizen is silent for more than 30 minutes, then the next message starts at the main menu, in their language', () => {
    const conversation = inTelugu(new Conversation());
    conversation.text('property tax');
    conversation.advance(31);
    conversation.text('aadaya pathram');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
    expect(conversation.session?.language).toBe('te');
    expect(conversation.lastText()).toContain('నమస్కారం!');
  });

  it('when the citizen writes again within 30 minutes, then the conversation simply continues', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('property tax');
    conversation.advance(29);
    conversation.text('current bill');
    expect(conversation.session?.state.name).toBe('service_details');
  });

  it('when the timeout is configured, then that many minutes count', () => {
    const conversation = inEnglish(new Conversation(undefined, undefined, { sessionTimeoutMinutes: 5 }));
    conversation.text('property tax');
    conversation.advance(6);
    conversation.text('current bill');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when a menu from before the timeout is tapped, then it is an old menu and the main menu follows', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('property tax');
    const results = conversation.lastInteractive();
    conversation.advance(40);
    conversation.tap('Property tax payment', results);
    expect(conversation.lastText()).toContain('That menu is old');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when an application was in progress, then after the timeout it is offered to resume, and resumes at the same question', () => {
    const conversation = answerFirstThree(startIncomeApplication(inEnglish(new Conversation())));
    conversation.advance(45);
    conversation.text('hello');
    expect(conversation.session?.state).toEqual({ name: 'offering_resume' });
    expect(conversation.lastText()).toContain('You have an unfinished application for *Income Certificate*');
    expect(choicesOf(conversation.lastInteractive()).map((choice) => choice.title)).toEqual([
      'Continue',
      'Discard',
      'Main menu',
    ]);
    conversation.tap('Continue');
    expect(conversation.lastText()).toContain('Question 4 of 12');
    expect(conversation.session?.state).toMatchObject({
      application: { answers: { applicantName: 'Ravi Kumar', fatherOrHusbandName: 'Venkata Rao', gender: 'male' } },
    });
    expect(conversation.session?.draft).toBeUndefined();
  });

  it('when the citizen discards the unfinished application, then it is gone', () => {
    const conversation = answerFirstThree(startIncomeApplication(inEnglish(new Conversation())));
    conversation.advance(45);
    conversation.text('hi');
    conversation.tap('Discard');
    expect(conversation.lastText()).toContain('The unfinished application was deleted.');
    expect(conversation.session?.draft).toBeUndefined();
  });

  it('when more than 24 hours pass, then the unfinished application is forgotten', () => {
    const conversation = answerFirstThree(startIncomeApplication(inEnglish(new Conversation())));
    conversation.advance(25 * 60);
    conversation.text('hi');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
    expect(conversation.session?.draft).toBeUndefined();
    expect(choicesOf(conversation.lastInteractive()).map((choice) => choice.title)).not.toContain(
      'Continue application',
    );
  });

  it('when the citizen sends MENU mid-form, then the main menu offers to continue the application first', () => {
    const conversation = answerFirstThree(startIncomeApplication(inEnglish(new Conversation())));
    conversation.text('menu');
    const [first] = choicesOf(conversation.lastInteractive());
    expect(first).toMatchObject({ title: 'Continue application', description: 'Income Certificate' });
    conversation.tap('Continue application');
    expect(conversation.lastText()).toContain('Question 4 of 12');
  });

  it('when a new catalog rev changes the form meanwhile, then the kept answers still asked for are kept and the new question is asked', () => {
    const conversation = answerFirstThree(startIncomeApplication(inEnglish(new Conversation())));
    conversation.text('menu');
    const addMotherName = (service: ServiceInput): ServiceInput => {
      if (service.id !== INCOME) return service;
      const [name, ...rest] = service.fields;
      const mother = { key: 'motherName', type: 'text' as const, label: { en: "Mother's name", te: 'తల్లి పేరు' } };
      return { ...service, fields: name ? [name, mother, ...rest] : rest };
    };
    conversation.catalog = prepareCatalog(buildTestCatalog(8, addMotherName));
    conversation.tap('Continue application');
    expect(conversation.lastText()).toContain("*Mother's name*");
    expect(conversation.lastText()).toContain('Question 2 of 13');
    expect(conversation.session?.state).toMatchObject({
      application: { serviceRev: 8, answers: { applicantName: 'Ravi Kumar', gender: 'male' } },
    });
    conversation.text('Lakshmi');
    // Past the questions already answered, to the first one that is not.
    expect(conversation.lastText()).toContain('Question 5 of 13');
    expect(conversation.lastText()).toContain('*Date of birth*');
  });
});
