import { z } from 'zod';
import { LanguageSchema, LocalizedTextSchema } from '../../shared/i18n/languages';
import { RequestStatusSchema } from '../../shared/lifecycle';
import { CertificateStatusSchema } from '../../shared/model/certificate';
import { AttachmentRefSchema, FieldValueSchema } from '../../shared/model/form-field';
import { SecretariatCodeSchema } from '../../shared/model/geography';
import { GrievanceCategorySchema } from './grievance-category';

/**
 * A citizen's conversation, persisted by the runtime between messages. Schema first: the
 * runtime loads stored JSON through {@link restoreSession}, so a session written by an older
 * version of the bot is checked before the engine trusts it.
 */

export const SESSION_VERSION = 1;

const Instant = z.string().datetime({ offset: true });
const Page = z.number().int().min(0);
const EffectId = z.string().min(1).max(100);

/** An application being filled in: where the citizen is in the form and what they answered. */
export const ApplicationSchema = z.object({
  serviceId: z.string().min(1),
  /** The catalog rev whose form is being answered; a newer rev is merged in on the next step. */
  serviceRev: z.number().int().min(1),
  fieldIndex: z.number().int().min(0),
  answers: z.record(z.string(), FieldValueSchema),
  /** Optional questions the citizen chose to skip, so they are not asked again. */
  skipped: z.array(z.string()),
  /** Set while changing one answer from the summary: the next answer returns to the summary. */
  returnToReview: z.boolean(),
  updatedAt: Instant,
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ApplyingPhaseSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('answering') }),
  z.object({ name: z.literal('downloading'), effectId: EffectId, fieldKey: z.string() }),
  z.object({ name: z.literal('reviewing') }),
  z.object({ name: z.literal('choosing_edit'), page: Page }),
  z.object({ name: z.literal('confirming_cancel'), from: z.enum(['answering', 'reviewing']) }),
  z.object({ name: z.literal('submitting'), requestId: z.string(), effectId: EffectId }),
  z.object({ name: z.literal('submit_failed'), requestId: z.string() }),
]);
export type ApplyingPhase = z.infer<typeof ApplyingPhaseSchema>;

const RequestSummarySchema = z.object({
  reference: z.string(),
  serviceName: LocalizedTextSchema,
  status: RequestStatusSchema,
  filedAt: Instant,
});

const CertificateSummarySchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  title: LocalizedTextSchema,
  issuedAt: Instant,
  status: CertificateStatusSchema,
});

const Category = GrievanceCategorySchema;
const GrievanceDraft = { category: Category, description: z.string(), photo: AttachmentRefSchema.optional() };

export const GrievancePhaseSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('choosing_category') }),
  z.object({ name: z.literal('describing'), category: Category }),
  z.object({ name: z.literal('photo'), category: Category, description: z.string() }),
  z.object({ name: z.literal('downloading'), category: Category, description: z.string(), effectId: EffectId }),
  z.object({ name: z.literal('confirming'), ...GrievanceDraft }),
  z.object({ name: z.literal('submitting'), ...GrievanceDraft, id: z.string(), effectId: EffectId }),
  z.object({ name: z.literal('submit_failed'), ...GrievanceDraft, id: z.string() }),
]);
export type GrievancePhase = z.infer<typeof GrievancePhaseSchema>;

/** The village or ward secretariat a citizen's requests and grievances go to. */
export const PlaceSchema = z.object({
  secretariatCode: SecretariatCodeSchema,
  /** The secretariat's name, kept so it can be shown even after the geography changes. */
  name: LocalizedTextSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

/** One level of the place picker: a district, then a mandal, then a secretariat. */
export const PlaceStepSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('district'), page: Page }),
  z.object({ level: z.literal('mandal'), districtCode: z.string(), page: Page }),
  z.object({ level: z.literal('secretariat'), mandalCode: z.string(), page: Page }),
]);
export type PlaceStep = z.infer<typeof PlaceStepSchema>;

/** Where the conversation goes once the place is chosen (or the picker is left). */
export const PlaceNextSchema = z.discriminatedUnion('flow', [
  z.object({ flow: z.literal('apply'), serviceId: z.string() }),
  z.object({ flow: z.literal('grievance') }),
  /** Changing the place from an application's summary: the application waits here. */
  z.object({ flow: z.literal('review'), application: ApplicationSchema }),
  /** Changing the place from a grievance's confirmation. */
  z.object({ flow: z.literal('grievance_confirm'), ...GrievanceDraft }),
]);
export type PlaceNext = z.infer<typeof PlaceNextSchema>;

/** Where the conversation is. Every state is handled by an exhaustive switch in `handle-message.ts`. */
export const SessionStateSchema = z.discriminatedUnion('name', [
  /** Nothing shown yet (a new citizen, or a session created by a notification). */
  z.object({ name: z.literal('start') }),
  /** `pendingQuery`: what a new citizen typed first, searched once they pick a language. */
  z.object({ name: z.literal('choosing_language'), pendingQuery: z.string().max(200).optional() }),
  z.object({ name: z.literal('main_menu') }),
  z.object({ name: z.literal('departments'), page: Page }),
  z.object({ name: z.literal('services'), departmentCode: z.string(), page: Page }),
  z.object({ name: z.literal('search_results'), query: z.string(), serviceIds: z.array(z.string()), page: Page }),
  z.object({ name: z.literal('payments'), page: Page }),
  z.object({ name: z.literal('service_details'), serviceId: z.string() }),
  /** The privacy notice, shown before the first filing; `then` is what the citizen was starting. */
  z.object({
    name: z.literal('consent'),
    then: z.discriminatedUnion('flow', [
      z.object({ flow: z.literal('apply'), serviceId: z.string() }),
      z.object({ flow: z.literal('grievance') }),
    ]),
  }),
  /** Asking where the citizen lives, before the first application or grievance. */
  z.object({ name: z.literal('choosing_place'), step: PlaceStepSchema, then: PlaceNextSchema }),
  z.object({ name: z.literal('applying'), application: ApplicationSchema, phase: ApplyingPhaseSchema }),
  /** After a timeout, offering to continue the saved application (`Session.draft`). */
  z.object({ name: z.literal('offering_resume') }),
  z.object({
    name: z.literal('tracking'),
    phase: z.discriminatedUnion('name', [
      z.object({ name: z.literal('asking') }),
      z.object({ name: z.literal('looking_up'), effectId: EffectId }),
    ]),
  }),
  z.object({
    name: z.literal('my_requests'),
    phase: z.discriminatedUnion('name', [
      z.object({ name: z.literal('loading'), effectId: EffectId }),
      z.object({ name: z.literal('listing'), requests: z.array(RequestSummarySchema), page: Page }),
    ]),
  }),
  z.object({
    name: z.literal('certificates'),
    phase: z.discriminatedUnion('name', [
      z.object({ name: z.literal('loading'), effectId: EffectId }),
      z.object({ name: z.literal('listing'), certificates: z.array(CertificateSummarySchema), page: Page }),
      z.object({
        name: z.literal('fetching'),
        effectId: EffectId,
        certificates: z.array(CertificateSummarySchema),
        page: Page,
      }),
    ]),
  }),
  z.object({ name: z.literal('grievance'), phase: GrievancePhaseSchema }),
  z.object({ name: z.literal('handed_to_person'), effectId: EffectId, since: Instant }),
  z.object({ name: z.literal('confirming_erasure') }),
  z.object({ name: z.literal('erasing'), effectId: EffectId }),
  /** The citizen sent STOP: nothing at all is sent until they send START. */
  z.object({ name: z.literal('opted_out'), since: Instant }),
]);
export type SessionState = z.infer<typeof SessionStateSchema>;
export type StateName = SessionState['name'];
export type StateOf<N extends StateName> = Extract<SessionState, { name: N }>;

export const ConsentSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  /** `notice`: the version of the privacy notice accepted; a new notice asks again. */
  z.object({ status: z.literal('accepted'), at: Instant, notice: z.number().int().min(1) }),
  z.object({ status: z.literal('declined'), at: Instant }),
]);
export type Consent = z.infer<typeof ConsentSchema>;

export const SessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  citizenId: z.string().min(1).max(128),
  /** Unset until the citizen chooses; kept across timeouts. */
  language: LanguageSchema.optional(),
  consent: ConsentSchema,
  state: SessionStateSchema,
  /**
   * Increases with every turn that sends a list or buttons; their ids carry it, so a tap on an
   * older menu is recognised. Never decreases, not even across timeouts.
   */
  menuVersion: z.number().int().min(0),
  /**
   * When the citizen last wrote (by the runtime's clock). Drives the inactivity timeout, and
   * tells the sender whether the 24-hour window for free-form messages is open.
   */
  lastInboundAt: Instant.optional(),
  /** An application set aside (timeout, MENU, language change), offered again for a while. */
  draft: ApplicationSchema.optional(),
  /** The secretariat chosen before the first filing; kept for the next ones, changeable from a summary. */
  place: PlaceSchema.optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/** A citizen the bot has never spoken to. */
export function newSession(citizenId: string): Session {
  return { version: SESSION_VERSION, citizenId, consent: { status: 'none' }, state: { name: 'start' }, menuVersion: 0 };
}

/**
 * A stored session, checked. When it does not parse (written by another version, or damaged),
 * the conversation starts over, but the citizen's language, consent and, above all, an opt-out
 * are kept if they can be read: a STOP must never be forgotten.
 */
export function restoreSession(stored: unknown): Session | undefined {
  const parsed = SessionSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const loose = z
    .object({
      citizenId: z.string().min(1).max(128),
      language: LanguageSchema.optional().catch(undefined),
      consent: ConsentSchema.catch({ status: 'none' }),
      menuVersion: z.number().int().min(0).catch(0),
      state: z.object({ name: z.string(), since: Instant.optional() }).passthrough().optional().catch(undefined),
    })
    .safeParse(stored);
  if (!loose.success) return undefined;
  const { citizenId, language, consent, menuVersion, state } = loose.data;
  const session: Session = { ...newSession(citizenId), consent, menuVersion };
  if (language) session.language = language;
  if (state?.name === 'opted_out')
    session.state = { name: 'opted_out', since: state.since ?? new Date(0).toISOString() };
  return session;
}
