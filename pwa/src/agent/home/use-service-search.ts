import { useMemo } from 'preact/hooks';
import { buildServiceSearch } from '../../../../shared/search';
import type { Service } from '../../../../shared/model/service';
import type { CatalogView } from '../catalog/use-catalog';

const RESULT_LIMIT = 12;

/** Services matching what the agent typed, best first (English, Telugu or romanized Telugu). */
export function useServiceSearch(catalog: CatalogView | undefined, query: string): Service[] | undefined {
  // Building the index folds every name and keyword; do it once per catalog rev.
  const search = useMemo(() => (catalog ? buildServiceSearch(catalog.departments) : undefined), [catalog]);
  return useMemo(() => {
    if (!catalog || !search || query.trim() === '') return undefined;
    return search
      .search(query, { limit: RESULT_LIMIT })
      .map((hit) => catalog.services.get(hit.serviceId))
      .filter((service): service is Service => service !== undefined);
  }, [catalog, search, query]);
}
