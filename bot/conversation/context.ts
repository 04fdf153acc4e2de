import type { CatalogDepartment } from '../../shared/model/catalog';
import type { Geography } from '../../shared/model/geography';
import type { Service } from '../../shared/model/service';
import { buildServiceSearch, type ServiceSearch } from '../../shared/search';

/** Settings of the conversation; the runtime may override any of them. */
export interface BotConfig {
  /** Silence after which the next message starts at the main menu (the language is kept). */
  sessionTimeoutMinutes: number;
  /** How long an application set aside is kept and offered to resume. */
  draftRetentionHours: number;
  /** The zone "today" is reckoned in, for date answers and due dates. */
  timeZone: string;
  /**
   * The approved template for status changes outside the 24-hour window. Its body takes three
   * parameters: {{1}} the reference number, {{2}} the service name, {{3}} the new status in words.
   */
  statusTemplateName: string;
  /**
   * The approved template that carries a certificate just issued outside the 24-hour window: a
   * DOCUMENT header (the PDF) and two body parameters, {{1}} the certificate's title and {{2}}
   * its number.
   */
  certificateTemplateName: string;
  /** Most search hits listed (three pages of nine). */
  maxSearchResults: number;
}

export const DEFAULT_BOT_CONFIG: BotConfig = {
  sessionTimeoutMinutes: 30,
  draftRetentionHours: 24,
  timeZone: 'Asia/Kolkata',
  statusTemplateName: 'seva_status_update',
  certificateTemplateName: 'seva_certificate_issued',
  maxSearchResults: 27,
};

/** A catalog rev made ready for conversations: indexed once, shared by every step until the next rev. */
export interface BotCatalog {
  readonly rev: number;
  readonly departments: readonly CatalogDepartment[];
  readonly search: ServiceSearch;
  /** Services of kind `payment`, in catalog order, for "pay a bill or fee". */
  readonly paymentServices: readonly Service[];
  service(id: string): Service | undefined;
  department(code: string): CatalogDepartment | undefined;
}

/** Builds the indexes `step` needs. Call once per published rev, not per message. */
export function prepareCatalog(catalog: { rev: number; departments: readonly CatalogDepartment[] }): BotCatalog {
  const services = new Map<string, Service>();
  const departments = new Map<string, CatalogDepartment>();
  for (const department of catalog.departments) {
    departments.set(department.code, department);
    for (const service of department.services) services.set(service.id, service);
  }
  return {
    rev: catalog.rev,
    departments: catalog.departments,
    search: buildServiceSearch(catalog.departments),
    paymentServices: [...services.values()].filter((service) => service.kind === 'payment'),
    service: (id) => services.get(id),
    department: (code) => departments.get(code),
  };
}

/**
 * What `step` may know about the world. Time and ids come from here, never from the clock or
 * a random source, so a step is a pure function of its inputs and tests replay exactly.
 */
export interface BotContext {
  catalog: BotCatalog;
  /** Districts, mandals and secretariats, for the place a request or grievance goes to. */
  geography: Geography;
  /** The runtime's clock when the event is processed. */
  now: Date;
  /** A new UUIDv7 for each call (request and grievance ids, effect ids). */
  newId: () => string;
  config?: Partial<BotConfig>;
}
