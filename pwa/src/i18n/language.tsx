import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../shared/i18n/languages';
import type { AppText } from './en';
import { LOCALES, STRINGS } from './strings';

const STORAGE_KEY = 'seva.language';

/** The remembered choice, else Telugu when the phone is set to Telugu, else English. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'te') return saved;
  } catch {
    // Storage can be blocked; the phone's language is a fine default then.
  }
  return navigator.language.toLowerCase().startsWith('te') ? 'te' : 'en';
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  text: AppText;
  /** Formats an ISO time for people in the chosen language. */
  time: (iso: string) => string;
  /** Only the clock time, for moments earlier today. */
  clock: (iso: string) => string;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/** Remembers the choice at once (not after the next render), so closing the app right away keeps it. */
function remember(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered this time; nothing else depends on it.
  }
}

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    // WCAG 3.1.1: screen readers pick their voice from the page language.
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<LanguageState>(() => {
    const formatter = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
    const clock = new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' });
    return {
      language,
      setLanguage: (next) => {
        remember(next);
        setLanguage(next);
      },
      text: STRINGS[language],
      time: (iso) => formatter.format(new Date(iso)),
      clock: (iso) => clock.format(new Date(iso)),
    };
  }, [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
