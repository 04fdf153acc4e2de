import { benchVerifyInChromium } from '../browser/verify-in-chromium';
import { chromiumAvailable } from '../../test/helpers/browser';
import { benchIssue, benchIssueWithPool, ISSUE_FLOOR_PER_SECOND } from './issue-bench';
import { benchVerifyInNode } from './verify-bench';

const VERIFY_FLOOR_MS = 5;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const ms = (n: number) => n.toFixed(2);

/**
 * Certificates, both halves: verification (QR text → verdict) in Node and in the kiosk's worker
 * in Chromium, and issuance (sign + bilingual PDF) on one thread and on the server's rendering
 * pool, measured side by side in one run. Returns the section for docs/BENCHMARKS.md.
 */
export async function certificatesBench(stamp: string): Promise<string> {
  const node = await benchVerifyInNode(5000);
  const chromium = chromiumAvailable() ? await benchVerifyInChromium({ verifications: 2000 }) : undefined;
  const single = await benchIssue(1000);
  const pooled = await benchIssueWithPool(2000, 2);

  const missed: string[] = [];
  if (node.perVerificationMs > VERIFY_FLOOR_MS) missed.push('verification in Node');
  if (!chromium) missed.push('verification in Chromium (no Chromium here)');
  else if (chromium.perVerificationMs > VERIFY_FLOOR_MS) missed.push('verification in Chromium');
  if (pooled.perSecond < ISSUE_FLOOR_PER_SECOND) missed.push('issuance rate');

  return [
    stamp,
    '',
    '| verification, QR text → verdict | mean ms | p50 ms | p99 ms | verdicts |',
    '|---|---:|---:|---:|---|',
    `| Node (${fmt(node.iterations)} verifications) | ${ms(node.perVerificationMs)} | ${ms(node.p50Ms)} | ${ms(node.p99Ms)} | ${Object.entries(
      node.verdicts,
    )
      .map(([status, count]) => `${status} ${fmt(count ?? 0)}`)
      .join(', ')} |`,
    chromium
      ? `| Chromium, kiosk worker (${fmt(chromium.verifications)}; ${chromium.chromium}) | ${ms(chromium.perVerificationMs)} | — | — | ${chromium.status} each; ${ms(chromium.roundTripMs)} ms with the page ↔ worker round trip |`
      : '| Chromium | not measured: no Chromium on this machine | | | |',
    '',
    '| issuance, sign + PDF | certificates/s | ms each | sign ms | PDF ms | PDF size |',
    '|---|---:|---:|---:|---:|---:|',
    `| one thread (${fmt(single.count)}) | ${fmt(single.perSecond)} | ${ms(single.msPerCertificate)} | ${ms(single.signMs)} | ${ms(single.renderMs)} | ${fmt(single.pdfBytes / 1024)} KB |`,
    `| the server's path: sign here, PDF on the rendering pool of ${pooled.workers} (${fmt(pooled.count)}) | ${fmt(pooled.perSecond)} | — | — | — | — |`,
    '',
    `Floors: ≤ ${VERIFY_FLOOR_MS} ms per verification, ≥ ${ISSUE_FLOOR_PER_SECOND} certificates/s issued with their PDF. ${missed.length ? `**Missed: ${missed.join(', ')}.**` : 'All met.'}`,
  ].join('\n');
}
