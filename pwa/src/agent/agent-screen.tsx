import type { JSX } from 'preact';
import type { SyncStatus } from '../db/rows';
import { useLanguage } from '../i18n/language';
import { Screen } from '../ui/screen';
import type { AgentRoute } from './agent-routes';
import type { CatalogView } from './catalog/use-catalog';
import { EnrollScreen } from './enroll/enroll-screen';
import { FiledScreen } from './form/filed-screen';
import { HomeScreen } from './home/home-screen';
import { EditAnswersLazy, FormScreenLazy, RequestDetailLazy } from './lazy-screens';
import { OutboxScreen } from './outbox/outbox-screen';
import { RequestListScreen } from './requests/request-list-screen';

interface Props {
  route: AgentRoute;
  catalog: CatalogView | undefined;
  status: SyncStatus | undefined;
}

/** The screen for a route. */
export function AgentScreen({ route, catalog, status }: Props) {
  const { text } = useLanguage();
  const needsCatalog = (render: (catalog: CatalogView) => JSX.Element) =>
    catalog ? (
      render(catalog)
    ) : (
      <Screen title={text.navServices}>
        <p>{text.catalogMissing}</p>
      </Screen>
    );
  switch (route.name) {
    case 'home':
      return <HomeScreen catalog={catalog} />;
    case 'new':
      return needsCatalog((c) => (
        <FormScreenLazy.Lazy key="form" source={{ kind: 'new', serviceId: route.serviceId }} catalog={c} />
      ));
    case 'draft':
      return needsCatalog((c) => (
        <FormScreenLazy.Lazy key="form" source={{ kind: 'saved', draftId: route.draftId }} catalog={c} />
      ));
    case 'filed':
      return <FiledScreen requestId={route.requestId} />;
    case 'outbox':
      return <OutboxScreen catalog={catalog} status={status} />;
    case 'requests':
      return <RequestListScreen catalog={catalog} />;
    case 'request':
      return <RequestDetailLazy.Lazy requestId={route.requestId} catalog={catalog} />;
    case 'amend':
    case 'respond':
      return <EditAnswersLazy.Lazy key={route.name} mode={route.name} requestId={route.requestId} catalog={catalog} />;
    case 'enroll':
      return <EnrollScreen />;
    default: {
      const unhandled: never = route;
      throw new TypeError(`unhandled route ${JSON.stringify(unhandled)}`);
    }
  }
}
