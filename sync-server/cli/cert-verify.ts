import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyCertificateQr, type VerificationContext } from '../../shared/certificate';
import type { CertificateDeps } from '../certificates/certificate-deps';
import { ownVerificationContext } from '../certificates/own-verification';
import { publicKeyFromText } from '../certificates/public-key-file';

type MakeUsageError = (message: string) => Error;

/** The options of `seva cert verify`, checked; the QR text is read from stdin for `-`. */
export interface VerifyRequest {
  text: string;
  keyFile?: string;
  prefix?: string;
  at: Date;
}

export async function parseVerifyArgs(args: string[], usage: MakeUsageError): Promise<VerifyRequest> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { key: { type: 'string' }, prefix: { type: 'string' }, at: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw usage('cert verify takes one QR text; quote it, since QR texts may contain spaces (or give - for stdin)');
  }
  const at = values.at === undefined ? new Date() : new Date(values.at);
  if (Number.isNaN(at.getTime()))
    throw usage(`--at must be an ISO time such as 2026-04-01T10:00:00Z, not "${values.at}"`);
  const text = positionals[0] === '-' ? (await readStdin()).trim() : (positionals[0] ?? '');
  return {
    text,
    at,
    ...(values.key === undefined ? {} : { keyFile: values.key }),
    ...(values.prefix === undefined ? {} : { prefix: values.prefix }),
  };
}

/**
 * `seva cert verify`: prints the verdict as JSON and answers whether it is VALID. With `--key`,
 * the signature is checked with that key whatever the QR's kid says (and no trust or status
 * list applies); without it, with this installation's trust list and status lists.
 */
export async function verifyCommand(
  request: VerifyRequest,
  openDeps: () => Promise<{ deps: CertificateDeps; close(): Promise<void> }>,
): Promise<boolean> {
  const prefixes = request.prefix === undefined ? {} : { prefixes: [request.prefix] };
  let context: VerificationContext;
  let close = async () => {};
  if (request.keyFile !== undefined) {
    const fixedKey = await publicKeyFromText(await readFile(request.keyFile, 'utf8'));
    context = { now: request.at, keyFor: () => undefined, fixedKey, ...prefixes };
  } else {
    const opened = await openDeps();
    close = () => opened.close();
    try {
      context = { ...(await ownVerificationContext(opened.deps, request.at)), ...prefixes };
    } catch (error) {
      await close();
      throw error;
    }
  }
  try {
    const verdict = await verifyCertificateQr(request.text, context);
    console.log(JSON.stringify(verdict, null, 2));
    return verdict.status === 'VALID';
  } finally {
    await close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
