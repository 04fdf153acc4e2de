import type { LocalizedText } from '../../shared/i18n/languages';
import type { CatalogService } from '../domain/catalog-service';
import type { Store } from '../store/store';
import type { NumberBlocks } from './certificate-number';
import type { KeyRing } from './key-ring';
import type { CertificatePdfRenderer } from './pdf/render-pool';
import type { StatusLists } from './status-lists';

/** What the certificate use cases work with; `openCertificates` assembles it. */
export interface CertificateDeps {
  store: Store;
  catalog: CatalogService;
  keys: KeyRing;
  statusLists: StatusLists;
  numbers: NumberBlocks;
  /** Renders the PDF of a certificate being issued, off the calling thread; closed when the server stops. */
  pdf: CertificatePdfRenderer;
  /** The printed name of a secretariat (the issuing office), by code. */
  officeName(secretariatCode: string): LocalizedText | undefined;
  now: () => Date;
}
