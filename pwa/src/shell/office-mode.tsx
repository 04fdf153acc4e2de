import { PlaceholderScreen } from './placeholder-screen';

/** The office queue (`/office`): its own chunk. */
export function OfficeMode() {
  return <PlaceholderScreen mode="office" />;
}
