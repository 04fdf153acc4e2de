/**
 * Answer validation shared by the bot, the field app and the server, so a form accepts and
 * refuses exactly the same answers on every channel.
 */
export { hasValidVerhoeffChecksum, isValidAadhaar, normalizeAadhaar, verhoeffCheckDigit } from './aadhaar';
export { daysInMonth, formatIndianDate, isIsoDate, parseHumanDate, todayIso } from './dates';
export type { AnswersValidationResult, FieldError, FieldValidationResult, ValidationContext } from './field-validation';
export { anchoredPattern, validateAnswers, validateField } from './field-validation';
export type { FieldErrorCode, MessageParam, MessageParams } from './messages';
export { FIELD_ERROR_CODES, FIELD_ERROR_MESSAGES, fieldErrorMessage, formatMessage } from './messages';
export { isValidIndianMobile, normalizeIndianMobile } from './mobile';
export { parseFieldInput } from './parse-field-input';
export { isValidPincode, normalizePincode } from './pincode';
