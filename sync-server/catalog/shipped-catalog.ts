import { z } from 'zod';
import { CatalogContentSchema, type CatalogContent } from '../../shared/model/catalog';
import type { FormFieldInput } from '../../shared/model/form-field';
import { anchoredPattern } from '../../shared/validation';
import data from './data/ap-catalog.json' with { type: 'json' };
import { FORMS, isFormKey } from './forms';

/**
 * The file's shape: like `CatalogContent`, except that a service names its form by key instead of
 * listing fields (many services share one form) and takes its department code from where it is filed.
 */
interface ShippedService {
  id: string;
  form: string;
  [property: string]: unknown;
}
interface ShippedCatalogFile {
  departments: Array<{ code: string; services: ShippedService[]; [property: string]: unknown }>;
}

let shipped: CatalogContent | undefined;

/**
 * The service catalog bundled with the server, checked against the shared schema on first use. The
 * result is cached and frozen: every caller shares one copy, so a stray write must fail loudly instead
 * of quietly changing what a later publish sends to every device.
 */
export function loadShippedCatalog(): CatalogContent {
  shipped ??= deepFreeze(buildCatalog(data));
  return shipped;
}

/** Resolves form keys to fields and validates the result; exported so tests can feed it broken input. */
export function buildCatalog(file: ShippedCatalogFile): CatalogContent {
  const departments = file.departments.map(({ services, ...department }) => ({
    ...department,
    services: services.map(({ form, ...service }) => ({
      ...service,
      departmentCode: department.code,
      fields: formFields(service.id, form),
    })),
  }));
  const parsed = CatalogContentSchema.safeParse({ departments });
  if (!parsed.success) throw new Error(`the shipped catalog is invalid:\n${z.prettifyError(parsed.error)}`);
  checkPatterns(parsed.data);
  return parsed.data;
}

/** A pattern that does not compile would otherwise fail only when a citizen types an answer. */
function checkPatterns(content: CatalogContent): void {
  for (const department of content.departments) {
    for (const service of department.services) {
      for (const field of service.fields) {
        if (field.type !== 'text' || !field.pattern) continue;
        try {
          anchoredPattern(field.pattern.regex);
        } catch (error) {
          throw new Error(`service ${service.id} field ${field.key} has an invalid pattern`, { cause: error });
        }
      }
    }
  }
}

function formFields(serviceId: string, key: string): FormFieldInput[] {
  if (!isFormKey(key)) throw new Error(`service ${serviceId} uses unknown form "${key}"`);
  return FORMS[key];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
