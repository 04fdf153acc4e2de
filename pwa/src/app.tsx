import { useEffect, useState } from 'preact/hooks';
import type { CatalogResponse } from '../../shared/api/catalog-api';
import type { Language } from '../../shared/i18n/languages';
import { pick } from '../../shared/i18n/pick';
import { SHELL_TEXT } from './shell-text';

type Mode = 'agent' | 'kiosk' | 'office' | 'dashboard';
const MODES: readonly Mode[] = ['agent', 'kiosk', 'office', 'dashboard'];

function modeFromPath(pathname: string): Mode | undefined {
  const first = pathname.split('/')[1];
  return MODES.find((mode) => mode === first);
}

/** The app shell: picks a mode from the URL and shows the catalog the server publishes. */
export function App() {
  const [language, setLanguage] = useState<Language>('en');
  const [catalog, setCatalog] = useState<CatalogResponse | undefined>();
  const [failed, setFailed] = useState(false);
  const mode = modeFromPath(location.pathname);
  const text = SHELL_TEXT[language];

  useEffect(() => {
    fetch('/api/catalog')
      .then((response) => (response.ok ? (response.json() as Promise<CatalogResponse>) : Promise.reject(response)))
      .then(setCatalog)
      .catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const services = catalog?.departments.reduce((sum, d) => sum + d.services.length, 0) ?? 0;

  return (
    <div class="shell">
      <header class="bar">
        <a class="brand" href="/">
          {text.brand}
        </a>
        <button
          type="button"
          class="language"
          onClick={() => setLanguage(language === 'en' ? 'te' : 'en')}
          aria-label={text.switchLanguageLabel}
        >
          {text.otherLanguage}
        </button>
      </header>
      <main>
        <h1>{mode ? text.modes[mode] : text.welcome}</h1>
        {!mode && (
          <nav aria-label={text.modesLabel}>
            <ul class="modes">
              {MODES.map((m) => (
                <li key={m}>
                  <a href={`/${m}`}>{text.modes[m]}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {failed && <p role="alert">{text.catalogFailed}</p>}
        {catalog && (
          <section aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{text.catalogSummary(catalog.departments.length, services)}</h2>
            <ul class="departments">
              {catalog.departments.map((department) => (
                <li key={department.code}>
                  <span class="department-name">{pick(department.name, language)}</span>
                  <span class="count">{department.services.length}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
