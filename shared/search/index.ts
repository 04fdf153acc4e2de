/**
 * Service search shared by the WhatsApp bot, the field app and the server: one index over a
 * catalog's names and keywords that answers English ("incom certifcate"), Telugu script
 * ("ఆదాయ ధ్రువీకరణ పత్రం") and romanized Telugu in any spelling ("adaya patram").
 *
 * Dependency-free and schema-free (types only), so it ships in the phone app's bundle and runs in
 * a Web Worker as well as in Node.
 *
 * @example
 * const search = buildServiceSearch(catalog.departments);
 * search.search('aadaya pathram', { limit: 5 }); // [{ serviceId: 'rev.income-certificate', ... }, ...]
 */
export type { SearchHit, SearchOptions, ServiceSearch } from './service-search';
export { buildServiceSearch } from './service-search';
export type { SearchableDepartment, SearchableService } from './service-index';
export { foldToken, isStopWord, searchTokens, tokenize } from './normalize';
export { hasTelugu, transliterateTelugu } from './transliterate';
