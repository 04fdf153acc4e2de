import { useLanguage } from '../i18n/language';
import { Screen } from '../ui/screen';

/** Stands in for a mode that is still being built; loaded in its own chunk like the real one will be. */
export function PlaceholderScreen({ mode }: { mode: 'kiosk' | 'office' | 'dashboard' }) {
  const { text } = useLanguage();
  return (
    <Screen title={text.modes[mode]}>
      <p>{text.comingSoon}</p>
      <p>
        <a class="button" href="/">
          {text.brand}
        </a>
      </p>
    </Screen>
  );
}
