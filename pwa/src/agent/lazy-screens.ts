import { lazyComponent } from '../ui/lazy';

/**
 * Screens with forms load on first use: they bring the shared validators, whose schemas need
 * the schema library, and the agent's first screen must stay small (≤ 100 KB gzipped).
 */
export const FormScreenLazy = lazyComponent(() => import('./form/form-screen').then((m) => m.FormScreen));
export const EditAnswersLazy = lazyComponent(() =>
  import('./requests/edit-answers-screen').then((m) => m.EditAnswersScreen),
);
export const RequestDetailLazy = lazyComponent(() =>
  import('./requests/request-detail-screen').then((m) => m.RequestDetailScreen),
);

/** Fetches every lazy screen while the agent is still online and idle, so none is missing offline. */
export function preloadAgentScreens(): void {
  void FormScreenLazy.preload();
  void EditAnswersLazy.preload();
  void RequestDetailLazy.preload();
}
