/**
 * The WhatsApp Cloud API's size limits for the messages Seva sends, in one place so the
 * builders, the validator and the tests agree. A message over any of them is refused by the
 * Graph API, so the citizen would get nothing at all.
 *
 * Lengths are measured by {@link textLength}: UTF-16 code units.
 */
export const LIMITS = {
  /** `text.body` of a plain text message. */
  textBody: 4096,
  /** `interactive.body.text` of a list or reply-button message. */
  interactiveBody: 1024,
  /** `interactive.header.text` (text headers only). */
  headerText: 60,
  /** `interactive.footer.text`. */
  footerText: 60,
  /** `action.button`: the label of the button that opens a list. */
  listButton: 20,
  /** Rows across all sections of one list. */
  listRows: 10,
  listSections: 10,
  sectionTitle: 24,
  rowId: 200,
  rowTitle: 24,
  rowDescription: 72,
  replyButtons: 3,
  buttonTitle: 20,
  buttonId: 256,
  documentCaption: 1024,
  /** Bytes of an uploaded document (a PDF); the Cloud API's media limit for documents. */
  documentBytes: 100 * 1024 * 1024,
  /** Template names are lowercase letters, digits and underscores. */
  templateName: 512,
  /** One body parameter of a template; the whole rendered body must also stay under 1,024. */
  templateParameter: 1024,
} as const;

/**
 * The length of `text` as the limits above count it: UTF-16 code units.
 *
 * Meta documents the limits as "characters" without saying which kind. Code units are never
 * fewer than code points or grapheme clusters, so a text within the limit by this measure is
 * within it by any of them. For Telugu, every letter, vowel sign and virama is one code unit
 * (the script is in the Basic Multilingual Plane), so "ధ్రు" counts 4 though it shows as one
 * cluster; emoji count 2 or more.
 */
export function textLength(text: string): number {
  return text.length;
}
