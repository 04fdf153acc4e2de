import { useState } from 'preact/hooks';
import { pick } from '../../../../shared/i18n/pick';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { Screen } from '../../ui/screen';
import type { CatalogView } from '../catalog/use-catalog';
import { DraftList } from './draft-list';
import { ServiceItem } from './service-item';
import { useServiceSearch } from './use-service-search';

/** Find a service by search or by department, or continue an unfinished application. */
export function HomeScreen({ catalog }: { catalog: CatalogView | undefined }) {
  const { text, language } = useLanguage();
  const [query, setQuery] = useState('');
  const results = useServiceSearch(catalog, query);

  if (!catalog) {
    return (
      <Screen title={text.navServices}>
        <p data-testid="catalog-missing">{text.catalogMissing}</p>
      </Screen>
    );
  }

  return (
    <Screen title={text.navServices}>
      <div class="field search">
        <label for="service-search">{text.searchLabel}</label>
        <p class="help" id="service-search-help">
          {text.searchHelp}
        </p>
        <input
          id="service-search"
          type="search"
          data-testid="service-search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="service-search-help"
          aria-controls="search-results"
          autocomplete="off"
        />
      </div>
      <div id="search-results" aria-live="polite">
        {results && (
          <section aria-label={format(text.searchResults, { count: results.length })} data-testid="search-results">
            <p class="muted">
              {results.length ? format(text.searchResults, { count: results.length }) : text.searchNone}
            </p>
            <ul class="services">
              {results.map((service) => (
                <ServiceItem key={service.id} service={service} />
              ))}
            </ul>
          </section>
        )}
      </div>
      {!results && (
        <>
          <DraftList catalog={catalog} />
          <section aria-labelledby="browse-heading">
            <h2 id="browse-heading">{text.browseHeading}</h2>
            {catalog.departments.map((department) => (
              <details key={department.code} class="department" data-testid="department">
                <summary>
                  <span>{pick(department.name, language)}</span>
                  <span class="count">{format(text.serviceCount, { count: department.services.length })}</span>
                </summary>
                <ul class="services">
                  {department.services.map((service) => (
                    <ServiceItem key={service.id} service={service} />
                  ))}
                </ul>
              </details>
            ))}
          </section>
        </>
      )}
    </Screen>
  );
}
