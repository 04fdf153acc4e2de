import type { VerdictIcon as IconName } from './verdict-look';

/** Stroke paths on a 24-unit grid; each verdict's shape differs, so the icon reads without colour. */
const PATHS: Readonly<Record<IconName, string>> = {
  check: 'M5 12.5l4.5 4.5L19 7.5',
  cross: 'M7 7l10 10M17 7L7 17',
  question: 'M9 9.2a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9v.6M12 17.2v.3',
  ban: 'M6.3 6.3l11.4 11.4',
  clock: 'M12 7v5l3.5 2',
  info: 'M12 11v6M12 7.5v.3',
};

/** The verdict's icon in a ring; decorative, since the headline says the same in words. */
export function VerdictIcon({ name }: { name: IconName }) {
  return (
    <svg class="verdict-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
    </svg>
  );
}
