import type { FormFieldInput } from '../../../shared/model/form-field';
import { PublishedCatalogSchema, type PublishedCatalog } from '../../../shared/model/catalog';
import type { ServiceInput } from '../../../shared/model/service';
import { prepareCatalog, type BotCatalog } from '../context';
import { DEPARTMENTS } from './departments';
import { MUNICIPAL } from './services-municipal';
import { OTHER_SERVICES } from './services-other';
import { REVENUE_AND_ENERGY } from './services-revenue-energy';
import {
  CASTE_CERTIFICATE_FORM,
  ELECTRICITY_BILL_FORM,
  INCOME_CERTIFICATE_FORM,
  INCOME_DOCUMENTS,
  SHORT_FORM,
  STREET_LIGHT_FORM,
} from './test-forms';

/**
 * A realistic catalog for the bot's tests: the shipped catalog's thirty departments and 143 of
 * its services under their real English and Telugu names, with forms for the flows under test.
 */

export const INCOME = 'rev.income-certificate';
export const CASTE = 'rev.integrated-certificate';
export const STREET_LIGHT = 'maud.street-light-not-working';
export const ELECTRICITY_BILL = 'energy.electricity-bill-payment';

const FORMS: Readonly<Record<string, FormFieldInput[]>> = {
  [INCOME]: INCOME_CERTIFICATE_FORM,
  [CASTE]: CASTE_CERTIFICATE_FORM,
  [STREET_LIGHT]: STREET_LIGHT_FORM,
  [ELECTRICITY_BILL]: ELECTRICITY_BILL_FORM,
};

export const ALL_SERVICE_ROWS = [...REVENUE_AND_ENERGY, ...MUNICIPAL, ...OTHER_SERVICES];

/** The catalog at `rev`; `edit` may change any service (to publish a new rev of a form, say). */
export function buildTestCatalog(
  rev = 7,
  edit: (service: ServiceInput) => ServiceInput = (service) => service,
): PublishedCatalog {
  const departments = DEPARTMENTS.map((department) => ({
    ...department,
    services: ALL_SERVICE_ROWS.filter((row) => row.id.startsWith(`${department.code.toLowerCase()}.`)).map((row) =>
      edit({
        ...row,
        departmentCode: department.code,
        fields: FORMS[row.id] ?? (row.kind === 'information' ? [] : SHORT_FORM),
        requiredDocuments: row.id === INCOME ? INCOME_DOCUMENTS : [],
      }),
    ),
  }));
  return PublishedCatalogSchema.parse({ rev, publishedAt: '2025-11-01T00:00:00.000Z', departments });
}

export const TEST_CATALOG: BotCatalog = prepareCatalog(buildTestCatalog());
