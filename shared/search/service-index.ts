import type { LocalizedText } from '../i18n/languages';
import type { ServiceKind } from '../model/service';
import { searchTokens } from './normalize';

/**
 * The parts of a catalog the search reads. `CatalogDepartment` fits as it is; the narrower shape lets
 * a screen pass a trimmed catalog (no form fields) without a cast.
 */
export interface SearchableService {
  readonly id: string;
  readonly departmentCode: string;
  readonly name: LocalizedText;
  readonly kind: ServiceKind;
  readonly keywords: readonly string[];
}
export interface SearchableDepartment {
  readonly code: string;
  readonly name: LocalizedText;
  readonly services: readonly SearchableService[];
}

/** One run of words that belong together (a name, one keyword phrase), so order and fit can be judged. */
export interface IndexedField {
  readonly weight: number;
  readonly length: number;
}

/** Where a word occurs: which service, which of its fields, at which word. */
export interface Posting {
  readonly service: number;
  readonly field: number;
  readonly position: number;
}

export interface IndexedTerm {
  /** Rarer words decide more: "income" over "certificate", "kula" over "dhruvikarana". */
  readonly idf: number;
  readonly postings: readonly Posting[];
}

export interface IndexedService {
  readonly id: string;
  readonly departmentCode: string;
  readonly kind: ServiceKind;
  readonly fields: readonly IndexedField[];
}

export interface ServiceIndex {
  readonly services: readonly IndexedService[];
  readonly terms: ReadonlyMap<string, IndexedTerm>;
}

/** A service's own names and keywords say what it is; its department only hints ("revenue", "transport"). */
const OWN_WEIGHT = 1;
const DEPARTMENT_WEIGHT = 0.3;

/** Folds every name and keyword once, so a query only folds its own few words. */
export function buildServiceIndex(departments: readonly SearchableDepartment[]): ServiceIndex {
  const services: IndexedService[] = [];
  const postings = new Map<string, Posting[]>();
  const documentFrequency = new Map<string, number>();

  for (const department of departments) {
    const departmentTexts = [department.name.en, department.name.te];
    for (const service of department.services) {
      const serviceIndex = services.length;
      const texts: Array<readonly [string, number]> = [
        [service.name.en, OWN_WEIGHT],
        [service.name.te, OWN_WEIGHT],
        ...service.keywords.map((keyword) => [keyword, OWN_WEIGHT] as const),
        ...departmentTexts.map((text) => [text, DEPARTMENT_WEIGHT] as const),
      ];
      const fields: IndexedField[] = [];
      const seen = new Set<string>();
      for (const [text, weight] of texts) {
        const tokens = searchTokens(text);
        if (tokens.length === 0) continue;
        const field = fields.length;
        fields.push({ weight, length: tokens.length });
        tokens.forEach((token, position) => {
          let list = postings.get(token);
          if (!list) postings.set(token, (list = []));
          list.push({ service: serviceIndex, field, position });
          if (!seen.has(token)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
          seen.add(token);
        });
      }
      services.push({ id: service.id, departmentCode: service.departmentCode, kind: service.kind, fields });
    }
  }

  const total = services.length;
  const terms = new Map<string, IndexedTerm>();
  for (const [token, list] of postings) {
    const idf = Math.log(1 + total / (documentFrequency.get(token) ?? 1));
    terms.set(token, { idf, postings: list });
  }
  return { services, terms };
}
