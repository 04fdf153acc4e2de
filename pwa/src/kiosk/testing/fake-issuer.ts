import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { signTrustList } from '../../../../shared/certificate/trust-list';
import { signStatusList } from '../../../../shared/certificate/status-list-document';
import { newStatusList, withRevoked } from '../../../../shared/certificate/status-list';
import type { SignedDocument, StatusList, TrustList } from '../../../../shared/certificate/types';
import { importPublicJwk } from '../../../../shared/certificate/keys';
import { publicTestJwk } from '../../../../test/fixtures/certificate-keys';
import { FIXED_NOW, TEST_TRUST_LIST, testSigner } from '../../../../test/fixtures/certificate-trust';
import { openKioskDb, type KioskDb } from '../data/kiosk-db';
import type { FetchLike } from '../../sync/http';

/**
 * Test helpers: the server side of the kiosk's refresh, in memory — a trust list signed by the
 * fixed test root, the revenue and health status lists signed by their issuers — and a fetch
 * that serves them to a kiosk token, or fails as a lost network does.
 */

export const KIOSK_TOKEN = 'seva_kiosk-test-token';
const STATUS_LIST_SIZE = 1024;

export class FakeIssuer {
  trustList: SignedDocument | undefined;
  readonly statusLists = new Map<string, StatusList>();
  readonly signedStatusLists = new Map<string, SignedDocument>();
  offline = false;
  /** Whether the lists are served only to a kiosk token; a token that is sent is always checked. */
  requireToken = true;
  readonly requests: string[] = [];

  static async create(list: TrustList = TEST_TRUST_LIST): Promise<FakeIssuer> {
    const issuer = new FakeIssuer();
    await issuer.publishTrustList(list);
    await issuer.publishStatusList(newStatusList('ap-revenue-1', 'ap-revenue', STATUS_LIST_SIZE, FIXED_NOW));
    await issuer.publishStatusList(newStatusList('ap-health-1', 'ap-health', STATUS_LIST_SIZE, FIXED_NOW));
    return issuer;
  }

  /** Signs `list` with the test root (or another key, to play an impostor). */
  async publishTrustList(list: TrustList, signer: 'root' | 'revenueCurrent' = 'root'): Promise<void> {
    this.trustList = await signTrustList(list, await testSigner(signer));
  }

  async publishStatusList(list: StatusList, signer?: 'revenueCurrent' | 'healthCurrent'): Promise<void> {
    this.statusLists.set(list.id, list);
    const key = signer ?? (list.issuer === 'ap-health' ? 'healthCurrent' : 'revenueCurrent');
    this.signedStatusLists.set(list.id, await signStatusList(list, await testSigner(key)));
  }

  async revoke(listId: string, index: number, at: Date): Promise<void> {
    const list = this.statusLists.get(listId);
    if (!list) throw new Error(`no status list ${listId}`);
    await this.publishStatusList({ ...withRevoked(list, index, at), updatedAt: at.toISOString() });
  }

  readonly fetch: FetchLike = async (path, init) => {
    this.requests.push(path);
    if (this.offline) throw new TypeError('Failed to fetch');
    const authorization = new Headers(init.headers).get('Authorization');
    const allowed = authorization === null ? !this.requireToken : authorization === `Bearer ${KIOSK_TOKEN}`;
    if (!allowed) {
      return Response.json({ error: { code: 'unauthorized', message: 'unknown token' } }, { status: 401 });
    }
    const document =
      path === '/api/trust-list'
        ? this.trustList
        : this.signedStatusLists.get(decodeURIComponent(path.replace('/api/status-lists/', '')));
    if (!document) return Response.json({ error: { code: 'not_found', message: path } }, { status: 404 });
    return Response.json(document);
  };
}

let counter = 0;

/** A kiosk database in `storage` (one kiosk's browser storage); the same name reopens it, as a restart does. */
export function fakeKioskDb(storage: IDBFactory = new IDBFactory(), name = `seva-kiosk-test-${++counter}`): KioskDb {
  return openKioskDb({ name, indexedDB: storage, IDBKeyRange });
}

/** The fixed test root as a pinned root key. */
export async function testRoots(): Promise<CryptoKey[]> {
  return [await importPublicJwk(publicTestJwk('root'))];
}
