/**
 * Citizen messages as the conversation engine receives them: the Cloud API webhook's message
 * objects reduced to what Seva reads (see `inbound-webhook.ts`).
 */

/**
 * Who the citizen is: the phone number (`wa_id`) when WhatsApp gives one, otherwise the
 * business-scoped user id (such as `IN.1648738043044942`) of a citizen who hides their number.
 */
export type CitizenId = string;

/** A photo or file as the webhook describes it; the bytes are fetched by a `download_media` effect. */
export interface InboundMedia {
  mediaId: string;
  mimeType: string;
  /** WhatsApp's SHA-256 of the file, base64, when the webhook gives it. */
  sha256?: string;
  caption?: string;
  filename?: string;
}

/** A citizen message, by what it carries. */
export type InboundMessage =
  | { type: 'text'; text: string }
  /** A tap on a reply button; `id` is the id Seva gave the button. */
  | { type: 'button_reply'; id: string; title: string }
  /** A tap on a list row; `id` is the id Seva gave the row. */
  | { type: 'list_reply'; id: string; title: string; description?: string }
  | ({ type: 'image' } & InboundMedia)
  | ({ type: 'document' } & InboundMedia)
  | { type: 'location'; latitude: number; longitude: number; name?: string; address?: string }
  /** A voice note (`voice: true`) or an audio file. */
  | { type: 'audio'; mediaId: string; mimeType: string; voice: boolean }
  /** Anything else (video, sticker, contacts, reaction, …), named by the webhook's type. */
  | { type: 'unsupported'; originalType: string };

export interface MessageEvent {
  kind: 'message';
  citizenId: CitizenId;
  /** WhatsApp's message id (`wamid…`), which the runtime's inbox deduplicates on. */
  messageId: string;
  /** When the citizen sent it (ISO 8601). */
  timestamp: string;
  message: InboundMessage;
}
