import type { LocalizedText } from '../../shared/i18n/languages';
import type { CatalogService } from '../domain/catalog-service';
import type { Store } from '../store/store';
import type { NumberBlocks } from './certificate-number';
import type { KeyRing } from './key-ring';
import type { StatusLists } from './status-lists';

/** What the certificate use cases work with; `openCertificates` assembles it. */
export interface CertificateDeps {
  store: Store;
  catalog: CatalogService;
  keys: KeyRing;
  statusLists: StatusLists;
  numbers: NumberBlocks;
  /** The printed name of a secretariat (the issuing office), by code. */
  officeName(secretariatCode: string): LocalizedText | undefined;
  now: () => Date;
}
