import { useLanguage } from '../i18n/language';
import { navigate } from './router';

/**
 * Goes back one screen, as the phone's back button does; when the app was opened on this
 * screen (nothing to go back to), goes to `fallback` instead.
 */
export function BackLink({ fallback = '/agent' }: { fallback?: string }) {
  const { text } = useLanguage();
  const back = () => {
    if (history.length > 1) history.back();
    else navigate(fallback);
  };
  return (
    <button type="button" class="link back" onClick={back} data-testid="back">
      ‹ {text.back}
    </button>
  );
}
