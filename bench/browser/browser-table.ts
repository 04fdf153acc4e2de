import { probeFloorsMs } from './emulation';
import type { BrowserFigures, NetworkName, PhaseFigures } from './figures';

/** The issue's floors. */
const FLOOR_SECONDS: Record<NetworkName, number> = { loopback: 2, 'Mobile 3G – Fast': 30 };
const INITIAL_JS_FLOOR_BYTES = 100 * 1024;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (n: number) => n.toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function phaseRow(label: string, phase: PhaseFigures): string {
  const { traffic, server } = phase;
  return (
    `| ${label} | ${secs(phase.seconds)} | ${secs(traffic.inFlightSeconds)} | ${secs(server.seconds)} | ` +
    `${secs(phase.workerSeconds)} | ${traffic.requests} | ${kb(traffic.upBytes)} | ${kb(traffic.downBytes)} |`
  );
}

/** The `browser` section of docs/BENCHMARKS.md, from one run. */
export function browserTable(figures: BrowserFigures, stamp: string): string {
  const missed: string[] = [];
  for (const { network, push, pull } of figures.scenarios) {
    if (push.seconds > FLOOR_SECONDS[network]) missed.push(`${network} push`);
    if (pull.seconds > FLOOR_SECONDS[network]) missed.push(`${network} pull`);
    if (push.tally.duplicates + pull.tally.duplicates > 0) missed.push(`${network} duplicates`);
    if (push.tally.losses + pull.tally.losses > 0) missed.push(`${network} losses`);
  }
  if (figures.initialJs.gzipBytes > INITIAL_JS_FLOOR_BYTES) missed.push('initial JavaScript');
  const { setting, before, after } = figures.emulation;
  const floors = probeFloorsMs(after);
  return [
    `${stamp} ${figures.chromium}, headless; ${int(figures.applications)} applications.`,
    '',
    '| scenario | push s | pull s | duplicates | losses |',
    '|---|---:|---:|---:|---:|',
    ...figures.scenarios.map(
      ({ network, push, pull }) =>
        `| ${network} | ${secs(push.seconds)} | ${secs(pull.seconds)} | ` +
        `${push.tally.duplicates + pull.tally.duplicates} | ${push.tally.losses + pull.tally.losses} |`,
    ),
    '',
    `Initial JavaScript of \`/agent\`: **${kb(figures.initialJs.gzipBytes)}** gzipped ` +
      `(${kb(figures.initialJs.rawBytes)} raw; ${figures.initialJs.files.map((f) => `\`${f}\``).join(', ')}).`,
    '',
    `Floors: push and pull ≤ ${FLOOR_SECONDS.loopback} s each on loopback and ≤ ${FLOOR_SECONDS['Mobile 3G – Fast']} s ` +
      `each on Mobile 3G – Fast, zero duplicates, zero losses, initial JavaScript ≤ ${INITIAL_JS_FLOOR_BYTES / 1024} KB ` +
      `gzipped. ${missed.length ? `**Missed: ${missed.join(', ')}.**` : 'All met.'}`,
    '',
    'Where the time went. In flight: the sync worker waited on a request (DevTools timing); server: the',
    'server handled it (measured in the server, so under emulation it includes the slowed upload);',
    "worker: the rest — the worker's JavaScript, gzip and IndexedDB. Bytes are as sent on the wire.",
    '',
    '| phase | total s | in flight s | server s | worker s | requests | up | down |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.scenarios.flatMap(({ network, push, pull }) => [
      phaseRow(`${network} push`, push),
      phaseRow(`${network} pull`, pull),
    ]),
    '',
    ...figures.scenarios.flatMap(({ network, push, pull }) => [
      `- ${network}: push — ${push.tally.detail}; pull — ${pull.tally.detail}.`,
    ]),
    '',
    `The emulation is set on the page target and reaches the sync worker (the worker's own target answers ` +
      `"${setting.workerTarget}"). Timed inside the worker, before → after: a tiny GET ` +
      `${int(before.latencyMs)} → ${int(after.latencyMs)} ms (least ${int(floors.latencyMs)}), a ` +
      `93,750-byte upload ${int(before.uploadMs)} → ${int(after.uploadMs)} ms (least ${int(floors.uploadMs)}), ` +
      `a ${int(after.downloadBytes)}-byte download ${int(before.downloadMs)} → ${int(after.downloadMs)} ms ` +
      `(least ${int(floors.downloadMs)}).`,
  ].join('\n');
}
