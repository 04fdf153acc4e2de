import type { Language } from '../../shared/i18n/languages';

interface ShellText {
  brand: string;
  welcome: string;
  otherLanguage: string;
  switchLanguageLabel: string;
  modesLabel: string;
  modes: Record<'agent' | 'kiosk' | 'office' | 'dashboard', string>;
  catalogFailed: string;
  catalogSummary: (departments: number, services: number) => string;
}

/** The shell's own words; every language must supply each one (the type checker says which are missing). */
export const SHELL_TEXT: Record<Language, ShellText> = {
  en: {
    brand: 'Seva',
    welcome: 'Government services, wherever you are',
    otherLanguage: 'తెలుగు',
    switchLanguageLabel: 'Switch to Telugu',
    modesLabel: 'Choose a mode',
    modes: { agent: 'Field agent', kiosk: 'Certificate kiosk', office: 'Office queue', dashboard: 'Dashboard' },
    catalogFailed: 'The service list could not be loaded. Check the connection and try again.',
    catalogSummary: (departments, services) => `${services} services from ${departments} departments`,
  },
  te: {
    brand: 'సేవ',
    welcome: 'మీరు ఎక్కడ ఉన్నా ప్రభుత్వ సేవలు',
    otherLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    modesLabel: 'విధానాన్ని ఎంచుకోండి',
    modes: {
      agent: 'క్షేత్ర సిబ్బంది',
      kiosk: 'ధ్రువీకరణ పత్రాల కియోస్క్',
      office: 'కార్యాలయ వరుస',
      dashboard: 'డాష్‌బోర్డ్',
    },
    catalogFailed: 'సేవల జాబితా రాలేదు. కనెక్షన్ చూసి మళ్లీ ప్రయత్నించండి.',
    catalogSummary: (departments, services) => `${departments} శాఖల నుండి ${services} సేవలు`,
  },
};
