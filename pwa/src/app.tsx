import { AgentApp } from './agent/agent-app';
import { LanguageProvider } from './i18n/language';
import { ModeChooser } from './shell/mode-chooser';
import { modeFromPath, type Mode } from './shell/modes';
import { lazyComponent } from './ui/lazy';
import { usePath } from './ui/router';
import { UpdateBanner } from './update/update-banner';

// The other modes load only when opened, keeping the agent's first load small.
const Kiosk = lazyComponent(() => import('./kiosk/kiosk-app').then((m) => m.KioskApp));
const Office = lazyComponent(() => import('./shell/office-mode').then((m) => m.OfficeMode));
const Dashboard = lazyComponent(() => import('./shell/dashboard-mode').then((m) => m.DashboardMode));

function ModeView({ mode }: { mode: Mode | undefined }) {
  switch (mode) {
    case 'agent':
      return <AgentApp />;
    case 'kiosk':
      return <Kiosk.Lazy />;
    case 'office':
      return <Office.Lazy />;
    case 'dashboard':
      return <Dashboard.Lazy />;
    case undefined:
      return <ModeChooser />;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unhandled mode ${String(unhandled)}`);
    }
  }
}

/** The app shell: the language, the update banner, and the mode the URL names. */
export function App() {
  const mode = modeFromPath(usePath());
  return (
    <LanguageProvider>
      <UpdateBanner />
      <ModeView mode={mode} />
    </LanguageProvider>
  );
}
