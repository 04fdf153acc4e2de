import { LIMITS, textLength } from './limits';
import type {
  ButtonsInteractive,
  DocumentMessage,
  ListInteractive,
  OutboundMessage,
  TemplateMessage,
  TextHeader,
} from './outbound-types';

/**
 * Every way `message` would be refused by the Cloud API for its size or shape, as readable
 * lines naming the JSON path ("interactive.action.sections[0].rows[3].title is 27 characters;
 * the limit is 24"). Empty when the message is sendable. Tests run every message the engine
 * produces through it, and the fake Graph API uses it to refuse what Meta would refuse.
 */
export function checkOutbound(message: OutboundMessage): string[] {
  const problems: string[] = [];
  collect(message, '', problems);
  return problems;
}

function collect(message: OutboundMessage, prefix: string, problems: string[]): void {
  switch (message.type) {
    case 'text':
      requireText(problems, `${prefix}text.body`, message.text.body, LIMITS.textBody);
      return;
    case 'interactive': {
      const interactive = message.interactive;
      const path = `${prefix}interactive`;
      if (interactive.type === 'list') checkList(interactive, path, problems);
      else checkButtons(interactive, path, problems);
      return;
    }
    case 'document':
      checkDocument(message, prefix, problems);
      return;
    case 'template':
      checkTemplate(message, prefix, problems);
      return;
    case 'window_dependent':
      collect(message.withinWindow, `${prefix}withinWindow.`, problems);
      collect(message.outsideWindow, `${prefix}outsideWindow.`, problems);
      return;
    default: {
      const unhandled: never = message;
      problems.push(`unknown message type ${JSON.stringify(unhandled)}`);
    }
  }
}

function requireText(problems: string[], path: string, value: string | undefined, limit: number): void {
  if (value === undefined || value.trim() === '') {
    problems.push(`${path} is empty`);
    return;
  }
  const length = textLength(value);
  if (length > limit) problems.push(`${path} is ${length} characters; the limit is ${limit}`);
}

function optionalText(problems: string[], path: string, value: string | undefined, limit: number): void {
  if (value !== undefined) requireText(problems, path, value, limit);
}

function checkFrame(interactive: ListInteractive | ButtonsInteractive, path: string, problems: string[]): void {
  checkHeader(interactive.header, `${path}.header`, problems);
  requireText(problems, `${path}.body.text`, interactive.body.text, LIMITS.interactiveBody);
  optionalText(problems, `${path}.footer.text`, interactive.footer?.text, LIMITS.footerText);
}

function checkHeader(header: TextHeader | undefined, path: string, problems: string[]): void {
  if (header === undefined) return;
  if (header.type !== 'text') problems.push(`${path}.type must be text`);
  requireText(problems, `${path}.text`, header.text, LIMITS.headerText);
}

function checkList(list: ListInteractive, path: string, problems: string[]): void {
  checkFrame(list, path, problems);
  requireText(problems, `${path}.action.button`, list.action.button, LIMITS.listButton);
  const sections = list.action.sections;
  if (sections.length === 0) problems.push(`${path}.action.sections is empty`);
  if (sections.length > LIMITS.listSections) {
    problems.push(`${path}.action.sections has ${sections.length} sections; the limit is ${LIMITS.listSections}`);
  }
  const ids = new Set<string>();
  let rows = 0;
  sections.forEach((section, sectionIndex) => {
    const sectionPath = `${path}.action.sections[${sectionIndex}]`;
    if (sections.length > 1 || section.title !== undefined) {
      requireText(problems, `${sectionPath}.title`, section.title, LIMITS.sectionTitle);
    }
    if (section.rows.length === 0) problems.push(`${sectionPath}.rows is empty`);
    section.rows.forEach((row, rowIndex) => {
      const rowPath = `${sectionPath}.rows[${rowIndex}]`;
      rows += 1;
      requireText(problems, `${rowPath}.id`, row.id, LIMITS.rowId);
      if (ids.has(row.id)) problems.push(`${rowPath}.id ${JSON.stringify(row.id)} is used twice`);
      ids.add(row.id);
      requireText(problems, `${rowPath}.title`, row.title, LIMITS.rowTitle);
      optionalText(problems, `${rowPath}.description`, row.description, LIMITS.rowDescription);
    });
  });
  if (rows > LIMITS.listRows) problems.push(`${path} has ${rows} rows; the limit is ${LIMITS.listRows}`);
}

function checkButtons(buttons: ButtonsInteractive, path: string, problems: string[]): void {
  checkFrame(buttons, path, problems);
  const list = buttons.action.buttons;
  if (list.length === 0) problems.push(`${path}.action.buttons is empty`);
  if (list.length > LIMITS.replyButtons) {
    problems.push(`${path}.action.buttons has ${list.length} buttons; the limit is ${LIMITS.replyButtons}`);
  }
  const ids = new Set<string>();
  const titles = new Set<string>();
  list.forEach((button, index) => {
    const buttonPath = `${path}.action.buttons[${index}]`;
    if (button.type !== 'reply') problems.push(`${buttonPath}.type must be reply`);
    requireText(problems, `${buttonPath}.reply.id`, button.reply.id, LIMITS.buttonId);
    requireText(problems, `${buttonPath}.reply.title`, button.reply.title, LIMITS.buttonTitle);
    if (ids.has(button.reply.id)) problems.push(`${buttonPath}.reply.id is used twice`);
    if (titles.has(button.reply.title)) problems.push(`${buttonPath}.reply.title is used twice`);
    ids.add(button.reply.id);
    titles.add(button.reply.title);
  });
}

function checkDocumentSource(
  document: { id?: string | undefined; link?: string | undefined; filename?: string | undefined },
  path: string,
  problems: string[],
): void {
  const hasId = typeof document.id === 'string' && document.id !== '';
  const hasLink = typeof document.link === 'string' && document.link !== '';
  if (hasId === hasLink) problems.push(`${path} needs exactly one of id and link`);
  if (hasLink && !/^https:\/\/\S+$/.test(document.link ?? '')) problems.push(`${path}.link must be an https URL`);
  if (document.filename !== undefined && document.filename.trim() === '') problems.push(`${path}.filename is empty`);
}

function checkDocument(message: DocumentMessage, prefix: string, problems: string[]): void {
  const { document } = message;
  const path = `${prefix}document`;
  checkDocumentSource(document, path, problems);
  optionalText(problems, `${path}.caption`, document.caption, LIMITS.documentCaption);
}

// The API refuses parameters with line breaks, tabs or more than four spaces in a row.
const BAD_PARAMETER_TEXT = /[\n\r\t]| {5,}/;

function checkTemplate(message: TemplateMessage, prefix: string, problems: string[]): void {
  const { template } = message;
  const path = `${prefix}template`;
  if (!/^[a-z0-9_]+$/.test(template.name) || textLength(template.name) > LIMITS.templateName) {
    problems.push(`${path}.name must be lowercase letters, digits and underscores`);
  }
  if (!/^[a-z]{2,3}(?:_[A-Z]{2})?$/.test(template.language.code)) {
    problems.push(`${path}.language.code ${JSON.stringify(template.language.code)} is not a language code`);
  }
  const components = template.components ?? [];
  const headers = components.filter((component) => component.type === 'header').length;
  if (headers > 1) problems.push(`${path}.components has ${headers} header components; a template has one header`);
  components.forEach((component, componentIndex) => {
    const componentPath = `${path}.components[${componentIndex}]`;
    if (component.type === 'header') {
      // Seva's templates have a DOCUMENT header at most: one document, no caption.
      if (component.parameters.length !== 1) {
        problems.push(`${componentPath}.parameters must hold the one document of the header`);
      }
      component.parameters.forEach((parameter, index) => {
        checkDocumentSource(parameter.document, `${componentPath}.parameters[${index}].document`, problems);
      });
      return;
    }
    component.parameters.forEach((parameter, index) => {
      const parameterPath = `${componentPath}.parameters[${index}].text`;
      requireText(problems, parameterPath, parameter.text, LIMITS.templateParameter);
      if (BAD_PARAMETER_TEXT.test(parameter.text)) {
        problems.push(`${parameterPath} has a line break, a tab or more than four spaces in a row`);
      }
    });
  });
}
