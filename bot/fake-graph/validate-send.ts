import type { z } from 'zod';
import { checkOutbound } from '../whatsapp/check-outbound';
import type {
  DocumentMessage,
  TemplateComponent,
  TemplateDocumentParameter,
  TemplateMessage,
  WireMessage,
} from '../whatsapp/outbound-types';
import {
  MODELLED_INTERACTIVE_TYPES,
  MODELLED_TYPES,
  ReadReceiptSchema,
  SEND_BODY_SCHEMAS,
  type ModelledType,
  type ParsedSendBody,
  type ParsedTemplate,
  type ReadReceiptBody,
} from './send-body-schema';
import type { TemplateDefinition } from './types';

/** Who a message goes to, and the `contacts[0]` the Graph API answers with. */
export interface SendAddress {
  /** The phone number (digits only) or the business-scoped user id the message went to. */
  citizen: string;
  to?: string;
  recipient?: string;
  contact: { input: string; wa_id: string } | { input: string; user_id: string };
}

export type ValidSend =
  { kind: 'message'; message: WireMessage; address: SendAddress } | { kind: 'read'; receipt: ReadReceiptBody };

export type SendValidation =
  | { ok: true; value: ValidSend }
  /** `code` is the Cloud API error code to answer with (100 for a malformed body). */
  | { ok: false; code: number; problems: string[]; citizen?: string };

export interface SendContext {
  /** Whether a media id was uploaded to (or added to) the fake. */
  hasMedia: (id: string) => boolean;
  /** The approved templates; when absent any well-formed template is accepted. */
  templates?: readonly TemplateDefinition[];
}

// Meta accepts phone numbers with a plus, spaces, hyphens and parentheses; wa_id is the digits.
const PHONE_DECORATION = /[\s()+-]/g;
const PHONE_DIGITS = /^\d{6,15}$/;
// Two-letter country, a dot, optionally ENT. for a parent id, then up to 128 letters and digits.
const BUSINESS_SCOPED_USER_ID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

/** Checks a `POST /{phone-number-id}/messages` body the way the Cloud API would, and more strictly where it is silent. */
export function validateSend(body: unknown, context: SendContext): SendValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid(['the body must be a JSON object']);
  }
  const record = body as Record<string, unknown>;
  if ('status' in record) return validateReadReceipt(record);

  const type = record.type ?? 'text';
  if (!isModelledType(type)) {
    return invalid([
      `type ${JSON.stringify(type)} is not modelled by the fake Graph API (it knows ${MODELLED_TYPES.join(', ')})`,
    ]);
  }
  const unmodelled = unmodelledParts(type, record);
  if (unmodelled.length > 0) return invalid(unmodelled);

  const parsed = SEND_BODY_SCHEMAS[type].safeParse(record);
  if (!parsed.success) return invalid(describeIssues(parsed.error.issues));

  const address = addressOf(parsed.data);
  if (typeof address === 'string') return invalid([address]);
  const message = wireMessage(parsed.data);
  const problems = [...checkOutbound(message), ...documentProblems(message, context)];
  if (problems.length > 0) return { ok: false, code: 100, problems, citizen: address.citizen };
  if (message.type === 'template' && context.templates !== undefined) {
    const templateProblem = checkTemplateApproved(message.template, context.templates);
    if (templateProblem) return { ...templateProblem, citizen: address.citizen };
  }
  return { ok: true, value: { kind: 'message', message, address } };
}

function invalid(problems: string[]): SendValidation {
  return { ok: false, code: 100, problems };
}

function isModelledType(type: unknown): type is ModelledType {
  return (MODELLED_TYPES as readonly unknown[]).includes(type);
}

/** Documented shapes the fake does not model, named as such rather than as malformed. */
function unmodelledParts(type: ModelledType, record: Record<string, unknown>): string[] {
  if (type === 'interactive') {
    const { type: kind, header } = (record.interactive ?? {}) as { type?: unknown; header?: { type?: unknown } };
    if (kind !== undefined && !(MODELLED_INTERACTIVE_TYPES as readonly unknown[]).includes(kind)) {
      return [`interactive.type ${JSON.stringify(kind)} is not modelled by the fake Graph API (it knows list, button)`];
    }
    // Reply buttons may have a photo, video or document header; lists may not (the schema says so).
    if (kind === 'button' && header?.type !== undefined && header.type !== 'text') {
      return [`interactive.header.type ${JSON.stringify(header.type)} is not modelled by the fake (only text)`];
    }
  }
  if (type === 'template') {
    const components = (record.template as { components?: unknown } | undefined)?.components;
    if (!Array.isArray(components)) return [];
    return components.flatMap((component: unknown, index) => {
      const { type: kind, parameters } = (component ?? {}) as { type?: unknown; parameters?: unknown };
      const path = `template.components[${index}]`;
      if (kind !== 'body' && kind !== 'header' && kind !== undefined) {
        return [`${path}.type ${JSON.stringify(kind)} is not modelled by the fake Graph API (only body and header)`];
      }
      // Body parameters are text; a header's is a document (Seva's templates have no other header).
      const modelled = kind === 'header' ? 'document' : 'text';
      if (!Array.isArray(parameters)) return [];
      return parameters.flatMap((parameter: unknown, parameterIndex) => {
        const parameterType = (parameter as { type?: unknown } | null)?.type;
        return parameterType === modelled || parameterType === undefined
          ? []
          : [
              `${path}.parameters[${parameterIndex}].type ${JSON.stringify(parameterType)} is not modelled (only ${modelled})`,
            ];
      });
    });
  }
  return [];
}

/** `interactive.action.sections[0].rows[2].title`, the way `checkOutbound` names paths. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === 'number') return `${joined}[${key}]`;
    return joined === '' ? String(key) : `${joined}.${String(key)}`;
  }, '');
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const path = pathOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${pathOf([...issue.path, key])} is not a documented field here`);
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return [`${path} is required`];
    return [`${path === '' ? 'body' : path}: ${issue.message}`];
  });
}

function addressOf(body: ParsedSendBody): SendAddress | string {
  const { to, recipient } = body;
  // When both are given the phone number wins, as the Cloud API documents.
  if (to !== undefined) {
    const digits = to.replace(PHONE_DECORATION, '');
    if (!PHONE_DIGITS.test(digits)) return `to ${JSON.stringify(to)} is not a phone number`;
    return { citizen: digits, to: digits, contact: { input: to, wa_id: digits } };
  }
  if (recipient !== undefined) {
    if (!BUSINESS_SCOPED_USER_ID.test(recipient)) {
      return `recipient ${JSON.stringify(recipient)} is not a business-scoped user id`;
    }
    return { citizen: recipient, recipient, contact: { input: recipient, user_id: recipient } };
  }
  return 'to (a phone number) or recipient (a business-scoped user id) is required';
}

/** The body without its addressing fields: what `toSendBody` was given. */
function wireMessage(body: ParsedSendBody): WireMessage {
  if ('interactive' in body) return { type: 'interactive', interactive: body.interactive };
  if ('document' in body) {
    // The type says "id or link"; checkOutbound reports a body that has both or neither.
    return { type: 'document', document: body.document as DocumentMessage['document'] };
  }
  if ('template' in body) {
    const { name, language, components } = body.template;
    const template = { name, language: { code: language.code } };
    return {
      type: 'template',
      template: components === undefined ? template : { ...template, components: components.map(templateComponent) },
    };
  }
  return { type: 'text', text: body.text };
}

function templateComponent(component: NonNullable<ParsedTemplate['components']>[number]): TemplateComponent {
  if (component.type === 'body') {
    return { type: component.type, parameters: component.parameters.map(({ type, text }) => ({ type, text })) };
  }
  return {
    type: component.type,
    // The type says "id or link"; checkOutbound reports a document that has both or neither.
    parameters: component.parameters.map(({ type, document }) => ({
      type,
      document: document as TemplateDocumentParameter['document'],
    })),
  };
}

/** Every document a message carries (a document message's, a template header's), with its path. */
function documentsOf(message: WireMessage): Array<{ path: string; document: { id?: string; filename?: string } }> {
  if (message.type === 'document') return [{ path: 'document', document: message.document }];
  if (message.type !== 'template') return [];
  return (message.template.components ?? []).flatMap((component, index) =>
    component.type === 'header'
      ? component.parameters.map((parameter, parameterIndex) => ({
          path: `template.components[${index}].parameters[${parameterIndex}].document`,
          document: parameter.document,
        }))
      : [],
  );
}

/**
 * An uploaded document must exist on this number. And — stricter than Meta, which shows a
 * nameless file as "Untitled" — every document needs a filename: a citizen keeps certificates
 * by name, and the extension is what tells the phone it is a PDF.
 */
function documentProblems(message: WireMessage, context: SendContext): string[] {
  return documentsOf(message).flatMap(({ path, document }) => {
    const problems: string[] = [];
    if (document.id !== undefined && !context.hasMedia(document.id)) {
      problems.push(`${path}.id ${JSON.stringify(document.id)} was never uploaded to this phone number`);
    }
    if (document.filename === undefined) problems.push(`${path}.filename is required`);
    return problems;
  });
}

/** Counts `{{1}}`, `{{2}}`, …: a body with `{{3}}` takes three parameters. */
export function placeholderCount(body: string): number {
  let count = 0;
  for (const match of body.matchAll(/\{\{(\d+)\}\}/g)) count = Math.max(count, Number(match[1]));
  return count;
}

function checkTemplateApproved(
  template: TemplateMessage['template'],
  templates: readonly TemplateDefinition[],
): { ok: false; code: number; problems: string[] } | undefined {
  const definition = templates.find(
    (known) => known.name === template.name && known.language === template.language.code,
  );
  if (!definition) {
    return {
      ok: false,
      code: 132001,
      problems: [`template ${template.name} is not approved in language ${template.language.code}`],
    };
  }
  const components = template.components ?? [];
  const expected = placeholderCount(definition.body);
  const given = components.reduce(
    (sum, component) => sum + (component.type === 'body' ? component.parameters.length : 0),
    0,
  );
  if (given !== expected) {
    return {
      ok: false,
      code: 132000,
      problems: [`template ${template.name} takes ${expected} body parameters; ${given} were given`],
    };
  }
  const documents = components.filter((component) => component.type === 'header').length;
  if ((definition.header === 'document') !== (documents === 1)) {
    const wanted = definition.header === 'document' ? 'a DOCUMENT header, whose document must be given' : 'no header';
    return {
      ok: false,
      code: 132012,
      problems: [`template ${template.name} was approved with ${wanted}`],
    };
  }
  return undefined;
}

function validateReadReceipt(record: Record<string, unknown>): SendValidation {
  const parsed = ReadReceiptSchema.safeParse(record);
  if (!parsed.success) return invalid(describeIssues(parsed.error.issues));
  // Whether message_id names a message this number received is not checked: webhooks may come
  // from tests that never went through the fake, so the fake cannot know every inbound id.
  return { ok: true, value: { kind: 'read', receipt: parsed.data } };
}
