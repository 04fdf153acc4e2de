import type { CatalogDepartment } from '../../shared/model/catalog';
import type { Geography } from '../../shared/model/geography';
import type { CatalogService } from '../domain/catalog-service';
import { indexGeography } from '../geography/shipped-geography';
import type { Store } from '../store/store';
import type { CertificateDeps } from './certificate-deps';
import { NumberBlocks } from './certificate-number';
import { issuerSpecs } from './issuers';
import { KeyFiles } from './key-files';
import { KeyRing } from './key-ring';
import { sharePdfRenderPool } from './pdf/render-pool';
import { StatusLists } from './status-lists';

/**
 * Opens the certificate machinery over a store: loads (or on first start creates) the root
 * key in `keysDir`, makes sure every department with certificate services has a signing key
 * on the trust list, and returns what the certificate use cases need.
 */
export async function openCertificates(options: {
  store: Store;
  catalog: CatalogService;
  geography: Geography;
  keysDir: string;
  now: () => Date;
  /** Issuers to provision when the database holds no catalog yet (the CLI on a fresh DATA_DIR). */
  departmentsWithoutCatalog?: readonly CatalogDepartment[];
  /** PDF render threads: 0 renders on the calling thread; by default one per core. */
  pdfWorkers?: number;
}): Promise<CertificateDeps> {
  const keys = await KeyRing.open(new KeyFiles(options.keysDir), options.store.certificates, options.now);
  const latest = await options.store.getCatalog();
  await keys.provision(issuerSpecs(latest?.departments ?? options.departmentsWithoutCatalog ?? []));
  const places = indexGeography(options.geography);
  return {
    store: options.store,
    catalog: options.catalog,
    keys,
    statusLists: new StatusLists(options.store.certificates, keys),
    numbers: new NumberBlocks(options.store.certificates),
    pdf: sharePdfRenderPool({ workers: options.pdfWorkers }),
    officeName: (code) => places.secretariat(code)?.secretariat.name,
    now: options.now,
  };
}
