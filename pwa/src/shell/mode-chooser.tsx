import { useLanguage } from '../i18n/language';
import { MODES } from './modes';

/** `/`: the four ways into Seva. */
export function ModeChooser() {
  const { text, language, setLanguage } = useLanguage();
  return (
    <>
      <header class="bar">
        <div class="bar-row">
          <span class="brand">{text.brand}</span>
          <button
            type="button"
            class="language"
            lang={language === 'en' ? 'te' : 'en'}
            aria-label={text.switchLanguageLabel}
            onClick={() => setLanguage(language === 'en' ? 'te' : 'en')}
          >
            {text.switchLanguage}
          </button>
        </div>
      </header>
      <main id="main" class="screen">
        <h1>{text.welcome}</h1>
        <nav aria-label={text.modesLabel}>
          <ul class="modes">
            {MODES.map((mode) => (
              <li key={mode}>
                <a href={`/${mode}`} data-testid={`mode-${mode}`}>
                  {text.modes[mode]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </main>
    </>
  );
}
