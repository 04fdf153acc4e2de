import { PlaceholderScreen } from './placeholder-screen';

/** Kiosk certificate verification (`/kiosk`): its own chunk, with the scanner to come. */
export function KioskMode() {
  return <PlaceholderScreen mode="kiosk" />;
}
