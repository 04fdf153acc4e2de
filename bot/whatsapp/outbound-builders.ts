import type {
  ButtonsInteractive,
  DocumentMessage,
  InteractiveMessage,
  ListInteractive,
  ListRow,
  ListSection,
  TemplateComponent,
  TemplateMessage,
  TextMessage,
  WindowDependentMessage,
} from './outbound-types';

/**
 * Builders for the messages in `outbound-types.ts`. They only assemble shapes: limits are
 * checked by `checkOutbound`, so a test can prove what a builder produced is sendable.
 */

export interface Decorations {
  header?: string;
  footer?: string;
}

function decorate<T extends ListInteractive | ButtonsInteractive>(interactive: T, decorations: Decorations): T {
  if (decorations.header !== undefined) interactive.header = { type: 'text', text: decorations.header };
  if (decorations.footer !== undefined) interactive.footer = { text: decorations.footer };
  return interactive;
}

export function textMessage(body: string): TextMessage {
  return { type: 'text', text: { body } };
}

export interface ButtonSpec {
  id: string;
  title: string;
}

/** Up to three reply buttons under `body`. */
export function buttonsMessage(
  body: string,
  buttons: readonly ButtonSpec[],
  decorations: Decorations = {},
): InteractiveMessage {
  const interactive: ButtonsInteractive = {
    type: 'button',
    body: { text: body },
    action: { buttons: buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })) },
  };
  return { type: 'interactive', interactive: decorate(interactive, decorations) };
}

/** A list opened by a button labelled `button`; pass rows for one untitled section, or sections. */
export function listMessage(
  body: string,
  button: string,
  content: readonly ListRow[] | readonly ListSection[],
  decorations: Decorations = {},
): InteractiveMessage {
  const sections: ListSection[] = isSections(content)
    ? content.map((section) => ({ ...section, rows: section.rows.map(copyRow) }))
    : [{ rows: content.map(copyRow) }];
  const interactive: ListInteractive = { type: 'list', body: { text: body }, action: { button, sections } };
  return { type: 'interactive', interactive: decorate(interactive, decorations) };
}

function isSections(content: readonly ListRow[] | readonly ListSection[]): content is readonly ListSection[] {
  return content.length > 0 && 'rows' in (content[0] as object);
}

/** Rows without an empty description: the API refuses `description: ""`. */
function copyRow(row: ListRow): ListRow {
  return row.description
    ? { id: row.id, title: row.title, description: row.description }
    : { id: row.id, title: row.title };
}

export function documentMessage(
  source: { mediaId: string } | { link: string },
  options: { filename?: string; caption?: string } = {},
): DocumentMessage {
  const base = 'mediaId' in source ? { id: source.mediaId } : { link: source.link };
  return { type: 'document', document: { ...base, ...options } };
}

/**
 * A template with text parameters for its body, in the order the template numbers them, and —
 * for a template approved with a DOCUMENT header — the document for the header.
 */
export function templateMessage(
  name: string,
  languageCode: string,
  bodyParameters: readonly string[],
  options: { document?: ({ mediaId: string } | { link: string }) & { filename: string } } = {},
): TemplateMessage {
  const template: TemplateMessage['template'] = { name, language: { code: languageCode } };
  const components: TemplateComponent[] = [];
  if (options.document) {
    const { filename } = options.document;
    const source = 'mediaId' in options.document ? { id: options.document.mediaId } : { link: options.document.link };
    components.push({ type: 'header', parameters: [{ type: 'document', document: { ...source, filename } }] });
  }
  if (bodyParameters.length > 0) {
    components.push({ type: 'body', parameters: bodyParameters.map((text) => ({ type: 'text', text })) });
  }
  if (components.length > 0) template.components = components;
  return { type: 'template', template };
}

export function windowDependentMessage(
  withinWindow: TextMessage | DocumentMessage,
  outsideWindow: TemplateMessage,
): WindowDependentMessage {
  return { type: 'window_dependent', withinWindow, outsideWindow };
}
