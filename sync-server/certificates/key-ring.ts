import {
  DEFAULT_STATUS_LIST_SIZE,
  exportPrivateJwk,
  generateSigningKeyPair,
  kidOf,
  kidToBase64,
  signerFromJwk,
  signTrustList,
  type CertificateSigner,
  type TrustList,
} from '../../shared/certificate';
import type { LocalizedText } from '../../shared/i18n/languages';
import type {
  CertificateStore,
  SigningKeyRecord,
  TrustChange,
  TrustListRecord,
  TrustState,
} from '../store/certificate-store';
import { statusListIdOf } from './issuers';
import type { KeyFiles } from './key-files';
import { openRootKey, publicHalf, type RootKey } from './root-key';

/** An issuing authority as the catalog describes it: who it is and what it may sign. */
export interface IssuerSpec {
  issuer: string;
  name: LocalizedText;
  documentTypes: readonly string[];
}

/**
 * Key times are whole seconds: a certificate's `iat` is in seconds, and a key must cover
 * every certificate signed in the second it took over.
 */
export function wholeSeconds(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}

/**
 * The issuers' signing keys and the trust list that publishes them. Private keys live in
 * KEYS_DIR (KeyFiles); public keys, their validity and the signed trust lists live in the
 * database, where every server process sees them. Every change publishes a trust list with
 * the next `seq`.
 */
export class KeyRing {
  private readonly signers = new Map<string, CertificateSigner>();
  /**
   * Each issuer's current key as last seen. Another process may rotate it meanwhile; the
   * store then refuses a certificate signed after the key's end, and the issuer calls
   * `forgetCurrent` and signs again.
   */
  private readonly current = new Map<string, { key: SigningKeyRecord; signer: CertificateSigner }>();

  private constructor(
    private readonly files: KeyFiles,
    private readonly store: CertificateStore,
    private readonly now: () => Date,
    readonly root: RootKey,
  ) {}

  /** Loads the root key from KEYS_DIR, creating it on first start. */
  static async open(files: KeyFiles, store: CertificateStore, now: () => Date): Promise<KeyRing> {
    return new KeyRing(files, store, now, await openRootKey(files));
  }

  /**
   * Makes sure every issuer has a current key allowed to sign its document types, creating
   * keys (and their status lists) as needed. Publishes the first trust list on a new database.
   */
  async provision(specs: readonly IssuerSpec[]): Promise<void> {
    await this.store.changeTrust(async (state) => {
      this.assertOurRoot(state.latest);
      const at = wholeSeconds(this.now()).toISOString();
      const changed: SigningKeyRecord[] = [];
      const statusLists: TrustChange['statusLists'] = [];
      for (const spec of specs) {
        const current = state.keys.find((key) => key.issuer === spec.issuer && key.notAfter === null);
        if (!current) {
          const created = await this.createKey(spec, state.keys, at);
          changed.push(created);
          statusLists.push({ id: created.statusListId, issuer: spec.issuer, size: DEFAULT_STATUS_LIST_SIZE });
          continue;
        }
        // Types are only ever added: what a key signed under a type must keep verifying.
        const documentTypes = [...new Set([...current.documentTypes, ...spec.documentTypes])];
        const renamed = current.name.en !== spec.name.en || current.name.te !== spec.name.te;
        if (documentTypes.length !== current.documentTypes.length || renamed) {
          changed.push({ ...current, documentTypes, name: spec.name });
        }
      }
      if (changed.length === 0 && state.latest) return undefined;
      return this.publish(state, changed, statusLists, at);
    });
  }

  /**
   * Gives `issuer` a new current key. The old key's `notAfter` becomes now: it stays on the
   * trust list, so what it signed keeps verifying, but nothing it signs from now on would.
   */
  async rotate(issuer: string): Promise<{ retired: SigningKeyRecord; current: SigningKeyRecord; seq: number }> {
    const change = await this.store.changeTrust(async (state) => {
      this.assertOurRoot(state.latest);
      const current = state.keys.find((key) => key.issuer === issuer && key.notAfter === null);
      if (!current) throw new Error(`there is no issuer ${issuer}; issuers are AP- and a department code`);
      // Decided only now, holding the key lock, so it falls after every certificate the old key signed.
      const at = wholeSeconds(this.now()).toISOString();
      const retired: SigningKeyRecord = { ...current, notAfter: at };
      const created = await this.createKey(current, state.keys, at, current.statusListId);
      return this.publish(state, [retired, created], [], at);
    });
    this.forgetCurrent(issuer);
    const [retired, current] = change?.keys ?? [];
    if (!change || !retired || !current) throw new Error(`rotating ${issuer} changed nothing`);
    return { retired, current, seq: change.trustList.seq };
  }

  /**
   * The issuer's current key and its signer, once that key may sign `documentType`: a type
   * (or an issuer) the catalog gained since start is added to the trust list first.
   */
  async signerFor(
    spec: IssuerSpec,
    documentType: string,
  ): Promise<{ key: SigningKeyRecord; signer: CertificateSigner }> {
    const cached = this.current.get(spec.issuer);
    if (cached?.key.documentTypes.includes(documentType)) return cached;
    const allowed = (key: SigningKeyRecord) =>
      key.issuer === spec.issuer && key.notAfter === null && key.documentTypes.includes(documentType);
    let key = (await this.store.signingKeys()).find(allowed);
    if (!key) {
      await this.provision([{ ...spec, documentTypes: [documentType] }]);
      key = (await this.store.signingKeys()).find(allowed);
    }
    if (!key) throw new Error(`issuer ${spec.issuer} has no key for ${documentType}`);
    const found = { key, signer: await this.signerOf(key) };
    this.current.set(spec.issuer, found);
    return found;
  }

  /** Drops what this process remembers of the issuer's current key. */
  forgetCurrent(issuer: string): void {
    this.current.delete(issuer);
  }

  /** The issuer's current key and its signer. */
  async currentSigner(issuer: string): Promise<{ key: SigningKeyRecord; signer: CertificateSigner }> {
    const key = (await this.store.signingKeys()).find((k) => k.issuer === issuer && k.notAfter === null);
    if (!key) throw new Error(`issuer ${issuer} has no signing key`);
    return { key, signer: await this.signerOf(key) };
  }

  /** The latest trust list; there is always one once `provision` has run. */
  async trustList(): Promise<TrustListRecord> {
    const latest = await this.store.latestTrustList();
    if (!latest) throw new Error('no trust list has been published; the keys were never provisioned');
    return latest;
  }

  private async signerOf(key: SigningKeyRecord): Promise<CertificateSigner> {
    const cached = this.signers.get(key.kid);
    if (cached) return cached;
    const privateJwk = await this.files.issuerKey(key.issuer, key.kid);
    if (!privateJwk) {
      throw new Error(
        `the private key of ${key.issuer} (kid ${key.kid}) is not at ${this.files.issuerKeyPath(key.issuer, key.kid)}; ` +
          'every server process must share one KEYS_DIR',
      );
    }
    const signer = await signerFromJwk(privateJwk);
    this.signers.set(key.kid, signer);
    return signer;
  }

  /**
   * A new current key for `spec.issuer`: a key an operator placed in the issuer's directory
   * and never used yet, or a fresh one. Its private half is written before the database
   * learns of it, so no process ever finds a key it cannot sign with.
   */
  private async createKey(
    spec: IssuerSpec,
    known: readonly SigningKeyRecord[],
    at: string,
    statusListId = statusListIdOf(spec.issuer),
  ): Promise<SigningKeyRecord> {
    const usedKids = new Set(known.map((key) => key.kid));
    let privateJwk: JsonWebKey | undefined;
    let kid = '';
    for (const placed of await this.files.placedIssuerKeys(spec.issuer)) {
      const candidate = kidToBase64((await signerFromJwk(placed)).kid);
      if (!usedKids.has(candidate)) {
        [privateJwk, kid] = [placed, candidate];
        break;
      }
    }
    if (!privateJwk) {
      const pair = await generateSigningKeyPair();
      [privateJwk, kid] = [await exportPrivateJwk(pair.privateKey), kidToBase64(await kidOf(pair.publicKey))];
    }
    await this.files.putIssuerKey(spec.issuer, kid, privateJwk);
    return {
      kid,
      issuer: spec.issuer,
      name: spec.name,
      documentTypes: [...spec.documentTypes],
      publicJwk: publicHalf(privateJwk),
      statusListId,
      notBefore: at,
      notAfter: null,
      createdAt: at,
    };
  }

  /** The change with the trust list it results in: every key ever used, signed by the root, next seq. */
  private async publish(
    state: TrustState,
    changed: SigningKeyRecord[],
    statusLists: TrustChange['statusLists'],
    at: string,
  ): Promise<TrustChange> {
    const byKid = new Map(state.keys.map((key) => [key.kid, key]));
    for (const key of changed) byKid.set(key.kid, key);
    const seq = (state.latest?.seq ?? 0) + 1;
    const list: TrustList = {
      seq,
      issuedAt: at,
      issuers: [...byKid.values()]
        .sort((a, b) => a.issuer.localeCompare(b.issuer) || a.notBefore.localeCompare(b.notBefore))
        .map((key) => ({
          kid: key.kid,
          issuer: key.issuer,
          name: key.name,
          documentTypes: key.documentTypes,
          notBefore: key.notBefore,
          ...(key.notAfter ? { notAfter: key.notAfter } : {}),
          publicKeyJwk: key.publicJwk,
          statusListId: key.statusListId,
        })),
    };
    const document = JSON.stringify(await signTrustList(list, this.root.signer));
    return { keys: changed, statusLists, trustList: { seq, issuedAt: at, rootKid: this.root.kid, document } };
  }

  /** Verifiers pinned the root that signed the first list; another root here would fail them all. */
  private assertOurRoot(latest: TrustListRecord | undefined): void {
    if (latest && latest.rootKid !== this.root.kid) {
      throw new Error(
        `the root key in KEYS_DIR (kid ${this.root.kid}) is not the one that signed this database's trust list ` +
          `(kid ${latest.rootKid}); point KEYS_DIR at the keys this database was set up with`,
      );
    }
  }
}
