import type { TemplateDefinition } from '../fake-graph/types';
import type { TemplateDocumentParameter, TemplateMessage } from '../whatsapp/outbound-types';

/** The text of a template's body parameters, in order. */
export function bodyParameters(message: TemplateMessage): string[] {
  return (message.template.components ?? []).flatMap((component) =>
    component.type === 'body' ? component.parameters.map((parameter) => parameter.text) : [],
  );
}

/** The document a template carries in its DOCUMENT header, if it has one. */
export function headerDocument(message: TemplateMessage): TemplateDocumentParameter['document'] | undefined {
  for (const component of message.template.components ?? []) {
    if (component.type === 'header') return component.parameters[0]?.document;
  }
  return undefined;
}

/**
 * A template as the citizen reads it: its approved body with the parameters in place of
 * `{{1}}`, `{{2}}`, …; undefined when the fake was not told the template's text.
 */
export function renderTemplate(
  message: TemplateMessage,
  templates: readonly TemplateDefinition[] | undefined,
): string | undefined {
  const { name, language } = message.template;
  const definition = templates?.find((known) => known.name === name && known.language === language.code);
  if (!definition) return undefined;
  const parameters = bodyParameters(message);
  return definition.body.replace(/\{\{(\d+)\}\}/g, (placeholder, index: string) => {
    return parameters[Number(index) - 1] ?? placeholder;
  });
}
