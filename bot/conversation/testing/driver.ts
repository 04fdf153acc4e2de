import type { Geography } from '../../../shared/model/geography';
import { checkOutbound } from '../../whatsapp/check-outbound';
import type { InteractiveMessage, OutboundMessage } from '../../whatsapp/outbound-types';
import type { BotCatalog, BotConfig } from '../context';
import { effectResult, type AnsweredEffect, type Effect, type Outcomes } from '../effects';
import type { BotEvent, InboundMessage } from '../events';
import type { Session } from '../session';
import { step } from '../step';
import type { StepResult } from '../turn';
import { TEST_CATALOG } from './test-catalog';
import { TEST_GEOGRAPHY } from './test-geography';

/**
 * Drives the engine the way the runtime will: one event at a time, keeping the session, and
 * answering effects on request. Every message the engine produces is run through
 * `checkOutbound`; a message over a Cloud API limit fails the test where it was produced.
 */

export const START = new Date('2025-11-14T05:30:00.000Z'); // 11:00 in India

/** The text a citizen reads in a message (a template's name, as its text lives at Meta). */
export function bodyOf(message: OutboundMessage): string {
  switch (message.type) {
    case 'text':
      return message.text.body;
    case 'interactive':
      return message.interactive.body.text;
    case 'document':
      return message.document.caption ?? '';
    case 'template':
      return message.template.name;
    case 'window_dependent':
      return bodyOf(message.withinWindow);
  }
}

/** The titles a citizen can tap in an interactive message. */
export function choicesOf(message: InteractiveMessage): Array<{ id: string; title: string; description?: string }> {
  const interactive = message.interactive;
  if (interactive.type === 'button') return interactive.action.buttons.map((button) => button.reply);
  return interactive.action.sections.flatMap((section) => section.rows);
}

export class Conversation {
  session: Session | undefined;
  now: Date;
  readonly history: StepResult[] = [];
  geography: Geography = TEST_GEOGRAPHY;
  private idCounter = 0;

  constructor(
    readonly citizenId = '919876543210',
    public catalog: BotCatalog = TEST_CATALOG,
    readonly config: Partial<BotConfig> = {},
    start: Date = START,
  ) {
    this.now = start;
  }

  /** Deterministic UUIDv7s, so reference numbers derived from them are stable. */
  newId = (): string => {
    this.idCounter += 1;
    return `019a8000-0000-7000-8000-${this.idCounter.toString(16).padStart(12, '0')}`;
  };

  advance(minutes: number): this {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
    return this;
  }

  event(event: BotEvent): StepResult {
    const result = step(this.session, event, {
      catalog: this.catalog,
      geography: this.geography,
      now: this.now,
      newId: this.newId,
      config: this.config,
    });
    for (const message of result.outbound) {
      const problems = checkOutbound(message);
      if (problems.length > 0)
        throw new Error(`invalid outbound message:\n${problems.join('\n')}\n${JSON.stringify(message, null, 2)}`);
    }
    this.session = result.session;
    this.history.push(result);
    return result;
  }

  message(message: InboundMessage): StepResult {
    return this.event({
      kind: 'message',
      citizenId: this.citizenId,
      messageId: `wamid.${this.history.length + 1}`,
      timestamp: this.now.toISOString(),
      message,
    });
  }

  text(text: string): StepResult {
    return this.message({ type: 'text', text });
  }

  /** The latest interactive message sent in this conversation. */
  lastInteractive(): InteractiveMessage {
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const outbound = this.history[index]?.outbound ?? [];
      for (let at = outbound.length - 1; at >= 0; at -= 1) {
        const message = outbound[at];
        if (message?.type === 'interactive') return message;
      }
    }
    throw new Error('no interactive message has been sent');
  }

  /** Taps the button or row whose title is `title` (or starts with it) on the latest menu, or on `menu`. */
  tap(title: string, menu: InteractiveMessage = this.lastInteractive()): StepResult {
    const choice =
      choicesOf(menu).find((candidate) => candidate.title === title) ??
      choicesOf(menu).find((candidate) => candidate.title.startsWith(title));
    if (!choice) throw new Error(`no choice "${title}" in ${JSON.stringify(choicesOf(menu).map((c) => c.title))}`);
    return menu.interactive.type === 'button'
      ? this.message({ type: 'button_reply', id: choice.id, title: choice.title })
      : this.message({ type: 'list_reply', id: choice.id, title: choice.title });
  }

  /** The effect of `kind` the last step asked for. */
  pending<K extends Effect['kind']>(kind: K): Extract<Effect, { kind: K }> {
    const effect = this.history.at(-1)?.effects.find((candidate) => candidate.kind === kind);
    if (!effect) throw new Error(`the last step asked for no ${kind}`);
    return effect as Extract<Effect, { kind: K }>;
  }

  /** Feeds back the outcome of an effect, as the runtime does once it has run it. */
  resolve<E extends AnsweredEffect>(effect: E, outcome: Outcomes[E['kind']]): StepResult {
    return this.event({ kind: 'effect_result', citizenId: this.citizenId, result: effectResult(effect, outcome) });
  }

  /** Everything the citizen read in the last step, joined. */
  lastText(): string {
    return (this.history.at(-1)?.outbound ?? []).map(bodyOf).join('\n---\n');
  }

  /** Every message sent so far. */
  allOutbound(): OutboundMessage[] {
    return this.history.flatMap((result) => result.outbound);
  }
}
