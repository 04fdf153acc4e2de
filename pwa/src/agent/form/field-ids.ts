/** Element ids for one field, so labels, help and errors point at each other. */
export function fieldIds(key: string) {
  return { input: `f-${key}`, help: `f-${key}-help`, error: `f-${key}-error`, testId: `field-${key}` };
}

/** `aria-describedby` for a field: its help text, then its error when there is one. */
export function describedBy(key: string, hasHelp: boolean, hasError: boolean): string | undefined {
  const ids = fieldIds(key);
  const parts = [hasHelp ? ids.help : '', hasError ? ids.error : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
