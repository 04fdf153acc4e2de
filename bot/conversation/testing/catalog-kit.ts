import type { LocalizedText } from '../../../shared/i18n/languages';
import type { ServiceKind } from '../../../shared/model/service';

/** One-line builders for the test catalog's rows; forms and documents are attached in `test-catalog.ts`. */

export interface DepartmentRow {
  code: string;
  name: LocalizedText;
}

export interface ServiceRow {
  id: string;
  name: LocalizedText;
  kind: ServiceKind;
  slaDays: number;
  feeInr: number;
  keywords: string[];
}

export function dept(code: string, en: string, te: string): DepartmentRow {
  return { code, name: { en, te } };
}

export function svc(
  id: string,
  en: string,
  te: string,
  kind: ServiceKind,
  slaDays: number,
  feeInr: number,
  keywords: string[],
): ServiceRow {
  return { id, name: { en, te }, kind, slaDays, feeInr, keywords };
}
