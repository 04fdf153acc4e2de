import { PlaceholderScreen } from './placeholder-screen';

/** The state dashboard (`/dashboard`): its own chunk, with the charts to come. */
export function DashboardMode() {
  return <PlaceholderScreen mode="dashboard" />;
}
