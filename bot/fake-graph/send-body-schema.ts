import { z } from 'zod';

/**
 * The documented `POST /{phone-number-id}/messages` bodies, as strict schemas: a field Meta does
 * not document is refused, because a fake that lets it through hides a bug that Meta would
 * answer with an error. Limits (lengths, counts) are left to `checkOutbound`, so the bot's
 * checker and the fake cannot drift apart; only what it cannot see is checked here.
 *
 * Message types Seva never sends (image, audio, video, sticker, location, contacts, reaction,
 * and interactive kinds other than list and reply buttons) are refused as "not modelled", so
 * a test that starts sending one fails until the fake learns its shape.
 */

const TextHeader = z.strictObject({ type: z.literal('text'), text: z.string() });
const Body = z.strictObject({ text: z.string() });
const Footer = z.strictObject({ text: z.string() });

const Row = z.strictObject({ id: z.string(), title: z.string(), description: z.string().optional() });
const Section = z.strictObject({ title: z.string().optional(), rows: z.array(Row) });

const ListInteractive = z.strictObject({
  type: z.literal('list'),
  header: TextHeader.optional(),
  body: Body,
  footer: Footer.optional(),
  action: z.strictObject({ button: z.string(), sections: z.array(Section) }),
});

const ButtonsInteractive = z.strictObject({
  type: z.literal('button'),
  header: TextHeader.optional(),
  body: Body,
  footer: Footer.optional(),
  action: z.strictObject({
    buttons: z.array(
      z.strictObject({ type: z.literal('reply'), reply: z.strictObject({ id: z.string(), title: z.string() }) }),
    ),
  }),
});

const Text = z.strictObject({ body: z.string(), preview_url: z.boolean().optional() });

const Document = z.strictObject({
  id: z.string().optional(),
  link: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});

const TextParameter = z.strictObject({ type: z.literal('text'), text: z.string() });

// A header document takes no caption (the template's body is its text).
const DocumentParameter = z.strictObject({
  type: z.literal('document'),
  document: z.strictObject({ id: z.string().optional(), link: z.string().optional(), filename: z.string().optional() }),
});

// Button components, text, image and video headers, and currency and date-time parameters are
// refused as not modelled before this schema runs (see validate-send.ts): Seva's templates take
// body text, and the certificate template a DOCUMENT header.
const TemplateComponent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('body'), parameters: z.array(TextParameter) }),
  z.strictObject({ type: z.literal('header'), parameters: z.array(DocumentParameter) }),
]);

const Template = z.strictObject({
  name: z.string(),
  language: z.strictObject({ code: z.string(), policy: z.literal('deterministic').optional() }),
  components: z.array(TemplateComponent).optional(),
});

/** Fields every message body may carry besides its content. */
const Envelope = {
  messaging_product: z.literal('whatsapp'),
  recipient_type: z.literal('individual').optional(),
  /** A phone number; wins over `recipient` when both are given. */
  to: z.string().optional(),
  /** A business-scoped user id, for citizens whose number WhatsApp does not share. */
  recipient: z.string().optional(),
  /** Quotes an earlier message. */
  context: z.strictObject({ message_id: z.string() }).optional(),
  biz_opaque_callback_data: z.string().max(512).optional(),
};

export const MODELLED_TYPES = ['text', 'interactive', 'document', 'template'] as const;
export type ModelledType = (typeof MODELLED_TYPES)[number];
export const MODELLED_INTERACTIVE_TYPES = ['list', 'button'] as const;

export const SEND_BODY_SCHEMAS = {
  text: z.strictObject({ ...Envelope, type: z.literal('text').optional(), text: Text }),
  interactive: z.strictObject({
    ...Envelope,
    type: z.literal('interactive'),
    interactive: z.discriminatedUnion('type', [ListInteractive, ButtonsInteractive]),
  }),
  document: z.strictObject({ ...Envelope, type: z.literal('document'), document: Document }),
  template: z.strictObject({ ...Envelope, type: z.literal('template'), template: Template }),
} as const satisfies Record<ModelledType, z.ZodType>;

export type ParsedSendBody = z.infer<(typeof SEND_BODY_SCHEMAS)[ModelledType]>;
export type ParsedTemplate = z.infer<typeof Template>;

/** Marks a message as read and, optionally, shows "typing…" until the reply (at most 25 s). */
export const ReadReceiptSchema = z.strictObject({
  messaging_product: z.literal('whatsapp'),
  status: z.literal('read'),
  message_id: z.string().min(1),
  typing_indicator: z.strictObject({ type: z.literal('text') }).optional(),
});
export type ReadReceiptBody = z.infer<typeof ReadReceiptSchema>;
