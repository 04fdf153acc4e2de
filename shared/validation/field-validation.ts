import type { LocalizedText } from '../i18n/languages';
import type { ApplicantAnswers, DateBound, FieldValue, FormField } from '../model/form-field';
import { AttachmentRefSchema, GeoPointSchema } from '../model/form-field';
import { isValidAadhaar, normalizeAadhaar } from './aadhaar';
import { formatIndianDate, isIsoDate } from './dates';
import type { FieldErrorCode, MessageParams } from './messages';
import { fieldErrorMessage } from './messages';
import { normalizeIndianMobile } from './mobile';
import { isValidPincode, normalizePincode } from './pincode';

/** Why one answer was refused: the field's key, a stable code, and a message in every language. */
export type FieldError = { field: string; code: FieldErrorCode; message: LocalizedText };

/** What validation needs to know about the moment it runs. */
export type ValidationContext = {
  /** Today's date in India as `YYYY-MM-DD` (see `todayIso`); resolves the `today` date bound. */
  today: string;
};

/** The outcome of {@link validateField}: the cleaned value (undefined for an optional empty answer) or one error. */
export type FieldValidationResult = { ok: true; value: FieldValue | undefined } | { ok: false; error: FieldError };

/** The outcome of {@link validateAnswers}: the cleaned answers, or every error found. */
export type AnswersValidationResult = { ok: true; value: ApplicantAnswers } | { ok: false; errors: FieldError[] };

type Check = { ok: true; value: FieldValue } | { ok: false; code: FieldErrorCode; message: LocalizedText };
type FieldOf<T extends FormField['type']> = Extract<FormField, { type: T }>;

const NUMERIC_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Real checking is sending a mail.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 254;

const PHOTO_ACCEPTED: LocalizedText = { en: 'a photo', te: 'ఒక ఫోటో' };
const DOCUMENT_ACCEPTED: LocalizedText = { en: 'a photo or a PDF file', te: 'ఫోటో లేదా PDF ఫైల్' };

function fail(code: FieldErrorCode, params?: MessageParams): Check {
  return { ok: false, code, message: fieldErrorMessage(code, params) };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

// Patterns come from catalog data and are checked on every keystroke in the app; compile each once.
const patternCache = new Map<string, RegExp>();

/**
 * The compiled, anchored form of a text field's `pattern.regex`, exactly as `validateField` applies it
 * (whole value, Unicode mode). Catalog loading should call it so a bad pattern fails at load time.
 *
 * @throws SyntaxError when `regex` is not a valid Unicode-mode regular expression.
 */
export function anchoredPattern(regex: string): RegExp {
  let compiled = patternCache.get(regex);
  if (!compiled) {
    compiled = new RegExp(`^(?:${regex})$`, 'u');
    patternCache.set(regex, compiled);
  }
  return compiled;
}

function checkText(field: FieldOf<'text'> | FieldOf<'textarea'>, value: unknown): Check {
  if (typeof value !== 'string') return fail('pattern');
  // NFC so that the same Telugu word typed on different keyboards is stored and compared identically.
  const text = value.trim().normalize('NFC');
  // UTF-16 length, the same measure the wire schema applies, so nothing accepted here is refused there.
  if (field.minLength !== undefined && text.length < field.minLength)
    return fail('too_short', { min: field.minLength });
  if (text.length > field.maxLength) return fail('too_long', { max: field.maxLength });
  if (field.type === 'text' && field.pattern && !anchoredPattern(field.pattern.regex).test(text)) {
    return { ok: false, code: 'pattern', message: field.pattern.message };
  }
  return { ok: true, value: text };
}

function checkNumber(field: FieldOf<'number'>, value: unknown): Check {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && NUMERIC_STRING.test(value.trim())) number = Number(value.trim());
  else return fail('not_a_number');
  if (!Number.isFinite(number)) return fail('not_a_number');
  if (field.integer && !Number.isInteger(number)) return fail('not_an_integer');
  if (field.min !== undefined && number < field.min) return fail('below_min', { min: field.min });
  if (field.max !== undefined && number > field.max) return fail('above_max', { max: field.max });
  return { ok: true, value: number };
}

function resolveBound(bound: DateBound, context: ValidationContext): string {
  if (bound !== 'today') return bound;
  if (!isIsoDate(context.today)) throw new RangeError(`validation context has an invalid today: ${context.today}`);
  return context.today;
}

function checkDate(field: FieldOf<'date'>, value: unknown, context: ValidationContext): Check {
  if (typeof value !== 'string' || !isIsoDate(value.trim())) return fail('invalid_date');
  const date = value.trim();
  if (field.notBefore !== undefined) {
    const bound = resolveBound(field.notBefore, context);
    if (date < bound) return fail('date_too_early', { date: formatIndianDate(bound) });
  }
  if (field.notAfter !== undefined) {
    const bound = resolveBound(field.notAfter, context);
    if (date > bound) return fail('date_too_late', { date: formatIndianDate(bound) });
  }
  return { ok: true, value: date };
}

function checkSelect(field: FieldOf<'select'>, value: unknown): Check {
  if (typeof value !== 'string') return fail('not_an_option');
  const choice = value.trim();
  return field.options.some((option) => option.value === choice) ? { ok: true, value: choice } : fail('not_an_option');
}

function checkAadhaar(value: unknown): Check {
  if (typeof value !== 'string' || !isValidAadhaar(value)) return fail('invalid_aadhaar');
  return { ok: true, value: normalizeAadhaar(value) };
}

function checkMobile(value: unknown): Check {
  const mobile = typeof value === 'string' ? normalizeIndianMobile(value) : undefined;
  return mobile === undefined ? fail('invalid_mobile') : { ok: true, value: mobile };
}

function checkPincode(value: unknown): Check {
  if (typeof value !== 'string' || !isValidPincode(value)) return fail('invalid_pincode');
  return { ok: true, value: normalizePincode(value) };
}

function checkEmail(value: unknown): Check {
  if (typeof value !== 'string') return fail('invalid_email');
  const email = value.trim();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) return fail('invalid_email');
  // Domains are case-insensitive; the local part is left alone because, strictly, it is not.
  const at = email.lastIndexOf('@');
  return { ok: true, value: email.slice(0, at) + email.slice(at).toLowerCase() };
}

function formatSize(kb: number): string {
  return kb % 1024 === 0 ? `${kb / 1024} MB` : `${kb} KB`;
}

function checkAttachment(field: FieldOf<'photo'> | FieldOf<'document'>, value: unknown): Check {
  const accepted = field.type === 'photo' ? PHOTO_ACCEPTED : DOCUMENT_ACCEPTED;
  const parsed = AttachmentRefSchema.safeParse(value);
  if (!parsed.success) return fail('invalid_attachment', { accepted });
  const { mimeType, sizeBytes } = parsed.data;
  const isImage = mimeType.startsWith('image/');
  const typeOk = field.type === 'photo' ? isImage : isImage || mimeType === 'application/pdf';
  if (!typeOk) return fail('invalid_attachment', { accepted });
  if (sizeBytes > field.maxSizeKb * 1024) return fail('attachment_too_large', { max: formatSize(field.maxSizeKb) });
  return { ok: true, value: parsed.data };
}

function checkLocation(value: unknown): Check {
  const parsed = GeoPointSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : fail('invalid_location');
}

function checkValue(field: FormField, value: unknown, context: ValidationContext): Check {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return checkText(field, value);
    case 'number':
      return checkNumber(field, value);
    case 'date':
      return checkDate(field, value, context);
    case 'select':
      return checkSelect(field, value);
    case 'yesno':
      return typeof value === 'boolean' ? { ok: true, value } : fail('invalid_yesno');
    case 'aadhaar':
      return checkAadhaar(value);
    case 'mobile':
      return checkMobile(value);
    case 'pincode':
      return checkPincode(value);
    case 'email':
      return checkEmail(value);
    case 'photo':
    case 'document':
      return checkAttachment(field, value);
    case 'location':
      return checkLocation(value);
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field type: ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Checks one answer as it arrives on the wire (parsed JSON) against its form field, and returns
 * the value to store: trimmed text, a number, an ISO date, an option value, a boolean, bare digits
 * for Aadhaar, mobile and PIN code, or a clean attachment or location object.
 *
 * An absent, null or blank answer is a `required` error when the field is required, and
 * otherwise succeeds with `value: undefined`.
 *
 * @throws RangeError when a field uses the `today` bound and `context.today` is not an ISO date.
 */
export function validateField(field: FormField, value: unknown, context: ValidationContext): FieldValidationResult {
  if (isEmpty(value)) {
    if (!field.required) return { ok: true, value: undefined };
    return { ok: false, error: { field: field.key, code: 'required', message: fieldErrorMessage('required') } };
  }
  const check = checkValue(field, value, context);
  if (check.ok) return { ok: true, value: check.value };
  return { ok: false, error: { field: field.key, code: check.code, message: check.message } };
}

/**
 * Checks a whole set of answers against a form. Reports every error at once (in form order, then
 * answers for keys the form does not have, as `unknown_field`), so a person can fix them together.
 * On success, optional questions left empty are omitted from the returned answers.
 */
export function validateAnswers(
  fields: readonly FormField[],
  answers: Readonly<Record<string, unknown>>,
  context: ValidationContext,
): AnswersValidationResult {
  const errors: FieldError[] = [];
  const value: ApplicantAnswers = {};
  const known = new Set<string>();
  for (const field of fields) {
    known.add(field.key);
    // hasOwn: a key such as `constructor` must not be read from the prototype.
    const answer = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
    const result = validateField(field, answer, context);
    if (!result.ok) errors.push(result.error);
    else if (result.value !== undefined) value[field.key] = result.value;
  }
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      errors.push({ field: key, code: 'unknown_field', message: fieldErrorMessage('unknown_field') });
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}
