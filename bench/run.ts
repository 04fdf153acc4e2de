import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { browserBench } from './browser/browser-bench';
import { browserTable } from './browser/browser-table';
import { storageBench } from './storage-bench';
import { syncBench } from './sync-bench';
import { webhookBench } from './webhook-bench';
import { certificatesBench } from './certificates/certificates-bench';

/**
 * `npm run bench`: runs the server-side benchmarks and prints their tables. With `--write`
 * it also replaces the matching sections of docs/BENCHMARKS.md, so every figure there comes
 * from this command. `--only storage|sync|browser|webhook|certificates` runs one.
 */
const COMMAND = 'npm run bench -- --write';
const write = process.argv.includes('--write');
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? process.argv[onlyFlag + 1] : undefined;
const fmt = (n: number) => n.toLocaleString('en-US');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
const stamp = () => `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`${COMMAND}\`.`;

const sections: Record<string, () => Promise<string>> = {
  async storage() {
    const figures = await storageBench();
    return [
      stamp(),
      '',
      `| engine | filings/s (validate + store, batches of ${figures[0]?.batchSize}) | change-log rows/s read (pages of ${figures[0]?.pageSize}) |`,
      '|---|---:|---:|',
      ...figures.map(
        (f) =>
          `| ${f.engine} | ${fmt(f.filingsPerSecond)} (${fmt(f.filings)} filed) | ${fmt(f.changeRowsPerSecond)} (${fmt(f.changeRows)} rows) |`,
      ),
    ].join('\n');
  },
  async sync() {
    const figures = await syncBench();
    return [
      stamp(),
      '',
      '| engine | push: mutations/s (batches of 200) | pull: changes/s (pages of 1,000) |',
      '|---|---:|---:|',
      ...figures.map(
        (f) =>
          `| ${f.engine} | ${fmt(f.pushPerSecond)} (${fmt(f.pushed)} pushed) | ${fmt(f.pullPerSecond)} (${fmt(f.pulled)} pulled) |`,
      ),
    ].join('\n');
  },
  async browser() {
    return browserTable(await browserBench(), stamp());
  },
  async webhook() {
    const f = await webhookBench();
    const ms = (n: number) => n.toFixed(1);
    const row = (t: typeof f.bare) =>
      `| ${t.name} | ${fmt(t.messagesPerSecond)} | ${ms(t.p50Ms)} | ${ms(t.p99Ms)} | ${ms(t.maxMs)} | ${fmt(t.acknowledged)} of ${fmt(t.posted)} |`;
    const { inbox, backlog, drain } = f;
    return [
      `${stamp()} ${fmt(f.messages)} distinct signed text webhooks from ${fmt(f.citizens)} citizens, ${f.concurrency} in flight over keep-alive connections, after ${fmt(f.warmup)} to warm up.`,
      '',
      '| target | messages/s | p50 ack ms | p99 ack ms | max ms | answered 200 |',
      '|---|---:|---:|---:|---:|---:|',
      row(f.bare),
      row(f.seva),
      '',
      `Seva: **${Math.round(f.ratio * 100)}%** of the bare handler's rate. Inbox: ${fmt(inbox.rows)} rows for the ${fmt(f.seva.acknowledged)} webhooks answered 200 (${fmt(inbox.distinct)} distinct message ids, ${fmt(inbox.missing)} missing) — each exactly once.`,
      '',
      `Bot backlog when the load ended: ${fmt(backlog.processed)} events processed, ${fmt(backlog.pendingInbound)} waiting; ${fmt(backlog.sentReplies)} replies sent, ${fmt(backlog.unsentReplies)} queued (the sender keeps to 80 messages/s). With the webhook quiet, the bot then processed ${fmt(drain.eventsPerSecond)} events/s.`,
      '',
      `Floors: ≥ ${fmt(f.floors.messagesPerSecond)} messages/s, p99 ack ≤ ${f.floors.p99Ms} ms, ≥ ${f.floors.ratio * 100}% of the bare handler, every acknowledged webhook in the inbox once. ${f.missed.length ? `**Missed: ${f.missed.join(', ')}.**` : 'All met.'}`,
    ].join('\n');
  },
  async certificates() {
    return certificatesBench(stamp());
  },
};

const path = resolve(import.meta.dirname, '../docs/BENCHMARKS.md');
for (const [name, run] of Object.entries(sections)) {
  if (only && only !== name) continue;
  const table = await run();
  console.log(`\n## ${name}\n${table}`);
  if (!write) continue;
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/BENCHMARKS.md lacks the ${start} … ${end} markers`);
  writeFileSync(path, `${doc.slice(0, from + start.length)}\n${table}\n${doc.slice(to)}`);
}
if (write) {
  // Formatted as the repository's format check expects (tables aligned), so a write never fails it.
  writeFileSync(path, await format(readFileSync(path, 'utf8'), { ...(await resolveConfig(path)), filepath: path }));
  console.log('\nWrote the figures into docs/BENCHMARKS.md');
}
