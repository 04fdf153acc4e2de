import {
  exportPrivateJwk,
  generateSigningKeyPair,
  kidToBase64,
  signerFromJwk,
  type CertificateSigner,
} from '../../shared/certificate';
import { KeyFiles } from './key-files';

/** The root key: signs the trust list; its public half is what verifiers pin. */
export interface RootKey {
  signer: CertificateSigner;
  /** base64 kid. */
  kid: string;
  publicJwk: JsonWebKey;
}

/** The root key in `files`, created on first use (by whichever process gets there first). */
export async function openRootKey(files: KeyFiles): Promise<RootKey> {
  const privateJwk = await files.root(async () => exportPrivateJwk((await generateSigningKeyPair()).privateKey));
  const signer = await signerFromJwk(privateJwk);
  return { signer, kid: kidToBase64(signer.kid), publicJwk: publicHalf(privateJwk) };
}

/** The public JWK of the root key in `keysDir` (created there if there is none): what a PWA build pins. */
export async function rootPublicJwk(keysDir: string): Promise<JsonWebKey> {
  return (await openRootKey(new KeyFiles(keysDir))).publicJwk;
}

export function publicHalf({ kty, crv, x, y }: JsonWebKey): JsonWebKey {
  return { kty, crv, x, y };
}
