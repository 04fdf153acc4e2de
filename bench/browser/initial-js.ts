import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** The scripts loaded before first render, relative to the build directory. */
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own with zlib's default level, as the server's compression middleware sends it. */
  gzipBytes: number;
}

/** Static imports and re-exports in Vite's minified output; `import(` (a lazy chunk) never matches. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `/assets/x.js` and `./x.js` (from a file in `/assets/`) to a path inside the build directory. */
function resolveAsset(from: string, specifier: string): string {
  if (specifier.startsWith('/')) return specifier.slice(1);
  const base = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}

/**
 * The JavaScript `/agent` needs before it can render: the entry script of the built
 * `index.html`, its modulepreloads, and every module they import statically (followed
 * transitively, in case Vite ever stops hoisting them into modulepreload links). Lazy chunks
 * and the sync worker are not counted: the page renders without them.
 */
export function measureInitialJs(pwaDir: string): InitialJs {
  const html = readFileSync(join(pwaDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => resolveAsset('', match[1] ?? ''));
  const files: string[] = [];
  const pending = [...entries];
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(join(pwaDir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) pending.push(resolveAsset(file, match[1] ?? ''));
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(pwaDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files, rawBytes, gzipBytes };
}
