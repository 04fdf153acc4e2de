import {
  importPublicJwk,
  openStatusList,
  openTrustList,
  trustedKeysFromList,
  type VerificationContext,
  type VerifiedStatusList,
} from '../../shared/certificate';
import type { CertificateDeps } from './certificate-deps';

/**
 * What a kiosk of this installation would verify with: the latest trust list, opened with the
 * root key in KEYS_DIR, and every status list it names, opened with the trust list's keys.
 * Everything goes through the same signature checks a kiosk makes.
 */
export async function ownVerificationContext(
  deps: Pick<CertificateDeps, 'keys' | 'statusLists'>,
  now: Date,
): Promise<VerificationContext> {
  const trustList = await deps.keys.trustList();
  const opened = await openTrustList(JSON.parse(trustList.document), [await importPublicJwk(deps.keys.root.publicJwk)]);
  if (!opened.ok) throw new Error(`this installation's own trust list does not open (${opened.reason})`);
  const keys = await trustedKeysFromList(opened.list);
  const statusLists = new Map<string, VerifiedStatusList>();
  for (const id of new Set(opened.list.issuers.map((issuer) => issuer.statusListId))) {
    const signed = await deps.statusLists.signed(id);
    if (!signed) continue;
    const list = await openStatusList(JSON.parse(signed.json), (kid) => keys.get(kid));
    if (!list.ok) throw new Error(`status list ${id} does not open (${list.reason})`);
    statusLists.set(id, list.list);
  }
  return { now, keyFor: (kid) => keys.get(kid), statusList: (id) => statusLists.get(id) };
}
