import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyFiles } from './key-files';

const fresh = () => new KeyFiles(mkdtempSync(join(tmpdir(), 'seva-key-files-')));
const key = (n: number): JsonWebKey => ({ kty: 'EC', crv: 'P-256', x: `x${n}`, y: `y${n}`, d: `d${n}` });

describe('key files', () => {
  it('when two processes create the root at once, then both end up with the same key', async () => {
    const dir = fresh().dir;
    const [a, b] = await Promise.all([
      new KeyFiles(dir).root(async () => key(1)),
      new KeyFiles(dir).root(async () => key(2)),
    ]);
    expect(a).toEqual(b);
    expect(await new KeyFiles(dir).root(async () => key(3))).toEqual(a);
  });

  it('a key once written is never replaced, and is readable by its owner alone', async () => {
    const files = fresh();
    await files.putIssuerKey('AP-REV', 'gGGhNC3Z/WI=', key(1));
    await files.putIssuerKey('AP-REV', 'gGGhNC3Z/WI=', key(2));
    expect(await files.issuerKey('AP-REV', 'gGGhNC3Z/WI=')).toEqual(key(1));
    expect(statSync(files.issuerKeyPath('AP-REV', 'gGGhNC3Z/WI=')).mode & 0o777).toBe(0o600);
    expect(statSync(files.issuerDir('AP-REV')).mode & 0o777).toBe(0o700);
    expect(await files.placedIssuerKeys('AP-REV')).toEqual([key(1)]);
    expect(await files.placedIssuerKeys('AP-MAUD')).toEqual([]);
  });

  it('when a key file is readable by others, then it is refused', async () => {
    const files = fresh();
    await files.root(async () => key(1));
    chmodSync(files.rootPath, 0o640);
    await expect(files.root(async () => key(2))).rejects.toThrow(/chmod 600/);
  });
});
