import type { WireMessage } from '../whatsapp/outbound-types';

/** An approved message template, as the fake should know it. */
export interface TemplateDefinition {
  name: string;
  /** The language code it was approved in (`en`, `te`, `en_US`). */
  language: string;
  /** Its body with positional placeholders: `Your request {{1}} for {{2}} is now {{3}}.` */
  body: string;
  /** `document` for a template approved with a DOCUMENT header: every send must give the document. */
  header?: 'document';
}

export interface FakeGraphOptions {
  accessToken: string;
  phoneNumberId: string;
  now?: () => Date;
  /**
   * The approved templates. When given, a template that is not among them is refused with
   * 132001 and a wrong number of body parameters with 132000, as Meta does; when omitted, any
   * well-formed template is accepted.
   */
  templates?: readonly TemplateDefinition[];
}

/** A message the fake accepted. */
export interface FakeSentMessage {
  /** The `wamid.…` the fake answered with; status callbacks refer to it. */
  id: string;
  /** When it was accepted (ISO 8601). */
  at: string;
  /** Whom it was for: the phone number's digits (`to`) or the business-scoped user id (`recipient`). */
  citizen: string;
  addressedBy: 'to' | 'recipient';
  /** The message without its addressing fields, as the bot's `toSendBody` was given it. */
  message: WireMessage;
  /** The request body exactly as it arrived. */
  body: unknown;
}

/** A read receipt (and typing indicator) the bot sent for a citizen's message. */
export interface FakeReadReceipt {
  at: string;
  messageId: string;
  typingIndicator: boolean;
}

/** A request the fake refused because the bot got something wrong (not a failure a test injected). */
export interface FakeViolation {
  at: string;
  method: string;
  path: string;
  status: number;
  /** The Cloud API error code answered. */
  code: number;
  /** Each limit or rule broken, naming the JSON path. */
  problems: string[];
  /** Whom the message was for, when the body said so. */
  citizen?: string;
  body: unknown;
}

/** A failure a test queued with `failNext`: answered once per send, `remaining` times. */
export interface InjectedFailure {
  code: number;
  remaining: number;
}

/** What `events` emits. */
export interface FakeGraphEvents {
  message: [FakeSentMessage];
  read: [FakeReadReceipt];
  violation: [FakeViolation];
}
