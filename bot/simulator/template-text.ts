import type { TemplateDefinition } from '../fake-graph/types';
import type { TemplateMessage } from '../whatsapp/outbound-types';

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
  const parameters = (message.template.components ?? []).flatMap((component) => component.parameters);
  return definition.body.replace(/\{\{(\d+)\}\}/g, (placeholder, index: string) => {
    return parameters[Number(index) - 1]?.text ?? placeholder;
  });
}
