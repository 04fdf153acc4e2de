import { openSqliteStore } from '../../sync-server/store/sqlite-store';

/**
 * A child process for the migration race test: waits until the instant given (ms since the
 * epoch), then opens the SQLite store in DATA_DIR — so several of them migrate a fresh data
 * directory at the same moment — and closes it. Exit 0 when it opened; the error otherwise.
 */
const [startAt, dataDir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isFinite(startAt) || !dataDir) throw new Error('usage: open-store-at <epoch-ms> <data-dir>');
while (Date.now() < startAt) {
  // A busy wait: a timer could fire a few ms late and spread the processes apart.
}
const store = await openSqliteStore(dataDir);
await store.close();
