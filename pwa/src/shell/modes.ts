/** The app's modes, each at its own top-level path. */
export const MODES = ['agent', 'kiosk', 'office', 'dashboard'] as const;
export type Mode = (typeof MODES)[number];

export function modeFromPath(pathname: string): Mode | undefined {
  const first = pathname.split('/')[1];
  return MODES.find((mode) => mode === first);
}
