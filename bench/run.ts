import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { storageBench } from './storage-bench';

/**
 * `npm run bench`: runs the benchmarks and prints their tables. With `--write` it also
 * replaces the matching section of docs/BENCHMARKS.md, so the figures there always come
 * from this command.
 */
const COMMAND = 'npm run bench -- --write';
const write = process.argv.includes('--write');

const figures = await storageBench();
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, by \`${COMMAND}\`.`,
  '',
  '| engine | filings/s (validate + store, batches of ' +
    String(figures[0]?.batchSize) +
    ') | change-log rows/s read (pages of ' +
    String(figures[0]?.pageSize) +
    ') |',
  '|---|---:|---:|',
  ...figures.map(
    (f) =>
      `| ${f.engine} | ${f.filingsPerSecond.toLocaleString('en-US')} (${f.filings.toLocaleString('en-US')} filed) | ${f.changeRowsPerSecond.toLocaleString('en-US')} (${f.changeRows.toLocaleString('en-US')} rows) |`,
  ),
];
const section = lines.join('\n');
console.log(section);

if (write) {
  const path = resolve(import.meta.dirname, '../docs/BENCHMARKS.md');
  const start = '<!-- bench:storage:start -->';
  const end = '<!-- bench:storage:end -->';
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/BENCHMARKS.md lacks the ${start} … ${end} markers`);
  writeFileSync(path, `${doc.slice(0, from + start.length)}\n${section}\n${doc.slice(to)}`);
  console.log(`\nWrote the storage figures into docs/BENCHMARKS.md`);
}
