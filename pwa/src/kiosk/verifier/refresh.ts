import { openStatusList } from '../../../../shared/certificate/status-list-document';
import { openTrustList, trustedKeysFromList } from '../../../../shared/certificate/trust-list';
import type { SignedDocument, TrustedKey } from '../../../../shared/certificate/types';
import { callJson, type FetchLike, type HttpFailure } from '../../sync/http';
import { asSignedDocument } from '../data/cached-documents';
import type { KioskDb } from '../data/kiosk-db';
import { statusListKey, TRUST_LIST_KEY, type RefreshOutcome, type StatusListRow } from '../data/kiosk-rows';

export interface RefreshDeps {
  db: KioskDb;
  fetch: FetchLike;
  /** The root keys pinned at build time. */
  roots: readonly CryptoKey[];
  now: () => Date;
}

/** The `seq` of the trust list the kiosk holds and trusts: a new one below it is a rollback. */
export type HeldSeq = number | undefined;

function fromFailure(failure: HttpFailure, token: string | undefined): RefreshOutcome {
  switch (failure.kind) {
    case 'network':
      return { kind: 'offline', detail: failure.detail };
    case 'unauthorized':
    case 'forbidden':
      return token ? { kind: 'unauthorized', detail: failure.detail } : { kind: 'no_token' };
    case 'server':
    case 'protocol_mismatch':
    case 'refused':
      return { kind: 'failed', detail: failure.detail };
    default: {
      const unhandled: never = failure;
      throw new TypeError(`unhandled failure ${JSON.stringify(unhandled)}`);
    }
  }
}

/** GETs a signed document; its signature is checked by the caller, its shape here. */
async function fetchDocument(deps: RefreshDeps, path: string, token: string | undefined) {
  return callJson<SignedDocument>(deps.fetch, {
    method: 'GET',
    path,
    ...(token ? { token } : {}),
    timeoutMs: 30_000,
    parse: (json) => {
      const document = asSignedDocument(json);
      if (!document) throw new TypeError('not a signed document');
      return document;
    },
  });
}

/** Fetches and opens one status list; undefined when it cannot be had or does not check out. */
async function fetchStatusList(
  deps: RefreshDeps,
  id: string,
  token: string | undefined,
  keys: ReadonlyMap<string, TrustedKey>,
): Promise<SignedDocument | undefined> {
  const answer = await fetchDocument(deps, `/api/status-lists/${encodeURIComponent(id)}`, token);
  if (!answer.ok) return undefined;
  const opened = await openStatusList(answer.value, (kid) => keys.get(kid));
  return opened.ok && opened.list.id === id ? answer.value : undefined;
}

/**
 * Downloads the trust list and the status lists it names, and stores them when they check
 * out: the trust list must be signed by a pinned root and be no older than the one held (no
 * rollback); each status list must be signed by its own issuer's key. A status list that
 * cannot be had keeps its cached copy. Nothing is stored when the trust list is refused.
 *
 * The kiosk's token goes with the requests when it has one. The lists are signed, so their
 * authenticity never rests on it; a server may serve them to anyone, or only to kiosks (then a
 * kiosk without a token learns `no_token`).
 */
export async function refreshLists(
  deps: RefreshDeps,
  token: string | undefined,
  heldSeq: HeldSeq,
): Promise<RefreshOutcome> {
  const trustAnswer = await fetchDocument(deps, '/api/trust-list', token);
  if (!trustAnswer.ok) return fromFailure(trustAnswer.failure, token);
  const opened = await openTrustList(trustAnswer.value, deps.roots, { notOlderThanSeq: heldSeq ?? 0 });
  if (!opened.ok) {
    return {
      kind: 'rejected',
      reason: opened.reason === 'rollback' ? 'rollback' : 'untrusted',
      detail: `trust list ${opened.reason}`,
    };
  }
  const { list } = opened;
  const keys = await trustedKeysFromList(list);
  const ids = [...new Set(list.issuers.map((issuer) => issuer.statusListId))];
  const documents = await Promise.all(ids.map((id) => fetchStatusList(deps, id, token, keys)));
  const fetchedAt = deps.now().toISOString();
  const rows: StatusListRow[] = [];
  const failed: string[] = [];
  ids.forEach((id, i) => {
    const document = documents[i];
    if (document) rows.push({ key: statusListKey(id), kind: 'status-list', id, document, fetchedAt });
    else failed.push(id);
  });

  const stored = await deps.db.transaction('rw', deps.db.documents, async () => {
    // Another tab may have stored a newer list while this one was downloading.
    const current = await deps.db.documents.get(TRUST_LIST_KEY);
    if (current?.kind === 'trust-list' && current.seq > list.seq) return false;
    await deps.db.documents.put({
      key: TRUST_LIST_KEY,
      kind: 'trust-list',
      document: trustAnswer.value,
      seq: list.seq,
      fetchedAt,
    });
    await deps.db.documents.bulkPut(rows);
    // Lists of issuers no longer trusted are of no use.
    const wanted = new Set(ids.map(statusListKey));
    const unwanted = (await deps.db.documents.where('kind').equals('status-list').primaryKeys()).filter(
      (key) => !wanted.has(key),
    );
    await deps.db.documents.bulkDelete(unwanted);
    return true;
  });
  if (!stored) return { kind: 'rejected', reason: 'rollback', detail: 'a newer trust list is already stored' };
  return { kind: 'refreshed', trustSeq: list.seq, statusLists: rows.length, failedStatusLists: failed };
}
