import type { Language } from '../../shared/i18n/languages';
import { todayIso } from '../../shared/validation';
import type { OutboundMessage } from '../whatsapp/outbound-types';
import { textMessage } from '../whatsapp/outbound-builders';
import type { BotCatalog, BotConfig, BotContext } from './context';
import { DEFAULT_BOT_CONFIG } from './context';
import type { Effect } from './effects';
import { MESSAGES, type Messages } from './i18n/messages';
import { encodeAction, type Action } from './menu-ids';
import type { Session, SessionState } from './session';

/** What one step produces: the next session, the messages to send in order, and the work to do. */
export interface StepResult {
  session: Session;
  outbound: OutboundMessage[];
  effects: Effect[];
}

/**
 * The working state of one call to `step`. It collects messages and effects and holds the
 * session being built; it is created fresh per call and never escapes it, so `step` stays pure.
 */
export class Turn {
  private readonly messages: OutboundMessage[] = [];
  private readonly work: Effect[] = [];
  private versionTaken = false;
  readonly config: BotConfig;

  /**
   * @param prompting whether what this turn sends replaces the conversation's current prompt.
   *   A reply to the citizen does, so any button sent before it is from an older menu even when
   *   the reply itself has none (the next question may be typed). A status notification or a
   *   staff member's message does not: the citizen's open menu stays current.
   */
  constructor(
    public session: Session,
    readonly context: BotContext,
    private prompting = true,
  ) {
    this.config = { ...DEFAULT_BOT_CONFIG, ...context.config };
  }

  /**
   * What this turn sends does not replace the menu showing now (a certificate sent from the
   * list, which the citizen may tap again). A turn that makes new ids still moves the version.
   */
  keepPrompt(): void {
    this.prompting = false;
  }

  get catalog(): BotCatalog {
    return this.context.catalog;
  }

  get now(): Date {
    return this.context.now;
  }

  get nowIso(): string {
    return this.context.now.toISOString();
  }

  /** Today in India, for date questions with a `today` bound. */
  get today(): string {
    return todayIso(this.context.now, this.config.timeZone);
  }

  /** The citizen's language; English until they choose (only the bilingual first screen comes before). */
  get language(): Language {
    return this.session.language ?? 'en';
  }

  get m(): Messages {
    return MESSAGES[this.language];
  }

  go(state: SessionState): void {
    this.session = { ...this.session, state };
  }

  patch(changes: Partial<Session>): void {
    this.session = { ...this.session, ...changes };
  }

  send(...messages: OutboundMessage[]): void {
    this.messages.push(...messages);
  }

  say(...bodies: string[]): void {
    for (const body of bodies) this.messages.push(textMessage(body));
  }

  effect(effect: Effect): void {
    this.work.push(effect);
  }

  newId(): string {
    return this.context.newId();
  }

  /**
   * The id for a button or row. A prompting turn moves the session to a new menu version (the
   * first id made, or the result, takes it); every id made in the turn carries it, so a tap on
   * anything sent before is recognised as coming from an older menu.
   */
  id(action: Action): string {
    this.takeVersion();
    return encodeAction(this.session.menuVersion, action);
  }

  private takeVersion(): void {
    if (this.versionTaken) return;
    this.session = { ...this.session, menuVersion: this.session.menuVersion + 1 };
    this.versionTaken = true;
  }

  result(): StepResult {
    if (this.prompting && this.messages.length > 0) this.takeVersion();
    return { session: this.session, outbound: [...this.messages], effects: [...this.work] };
  }
}
