/**
 * The messages the bot sends, typed after the Cloud API's `POST /{phone-number-id}/messages`
 * bodies without the addressing fields (`messaging_product`, `recipient_type`, `to` or
 * `recipient`), which {@link toSendBody} adds. Only the shapes Seva uses are modelled.
 */

export interface TextMessage {
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

export interface TextHeader {
  type: 'text';
  text: string;
}

export interface ListRow {
  /** Comes back as `list_reply.id` when tapped. */
  id: string;
  title: string;
  description?: string;
}

export interface ListSection {
  /** Required when the list has more than one section. */
  title?: string;
  rows: ListRow[];
}

export interface ListInteractive {
  type: 'list';
  header?: TextHeader;
  body: { text: string };
  footer?: { text: string };
  action: { button: string; sections: ListSection[] };
}

export interface ReplyButton {
  type: 'reply';
  /** `id` comes back as `button_reply.id` when tapped. */
  reply: { id: string; title: string };
}

export interface ButtonsInteractive {
  type: 'button';
  header?: TextHeader;
  body: { text: string };
  footer?: { text: string };
  action: { buttons: ReplyButton[] };
}

export interface InteractiveMessage {
  type: 'interactive';
  interactive: ListInteractive | ButtonsInteractive;
}

/** A document by uploaded media id or by an HTTPS link, never both. */
export type DocumentSource = { id: string; link?: never } | { link: string; id?: never };

export interface DocumentMessage {
  type: 'document';
  document: DocumentSource & { caption?: string; filename?: string };
}

export interface TemplateTextParameter {
  type: 'text';
  text: string;
}

export interface TemplateBodyComponent {
  type: 'body';
  parameters: TemplateTextParameter[];
}

/** A document for a template approved with a DOCUMENT header; a header document takes no caption. */
export interface TemplateDocumentParameter {
  type: 'document';
  document: DocumentSource & { filename?: string };
}

export interface TemplateHeaderComponent {
  type: 'header';
  parameters: TemplateDocumentParameter[];
}

export type TemplateComponent = TemplateHeaderComponent | TemplateBodyComponent;

export interface TemplateMessage {
  type: 'template';
  template: { name: string; language: { code: string }; components?: TemplateComponent[] };
}

/** Any body the Graph API accepts from Seva. */
export type WireMessage = TextMessage | InteractiveMessage | DocumentMessage | TemplateMessage;

/**
 * A message that is not a reply (a status update, an issued certificate): free-form messages
 * may be sent only within 24 hours of the citizen's last message, a pre-approved template at
 * any time. The sender, which knows when the citizen last wrote, sends `withinWindow` or
 * `outsideWindow`.
 */
export interface WindowDependentMessage {
  type: 'window_dependent';
  withinWindow: TextMessage | DocumentMessage;
  outsideWindow: TemplateMessage;
}

/** What the conversation engine asks the sender to deliver, in order. */
export type OutboundMessage = WireMessage | WindowDependentMessage;
