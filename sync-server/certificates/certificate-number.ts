import type { CertificateStore } from '../store/certificate-store';

/** Crockford's base32: no I, L, O or U, so a number read out over the phone is not misheard. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Five symbols: 33 million numbers per series and year before the number grows a symbol. */
const MIN_SYMBOLS = 5;

/** The counter a number is drawn from: one per series and year, so numbers restart each year. */
export function numberSeries(series: string, year: number): string {
  return `${series}-${year}`;
}

/** `INC-2026-0000A` from series `INC`, year 2026 and sequence 10. */
export function formatCertificateNumber(series: string, year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad certificate sequence ${sequence}`);
  let symbols = '';
  for (let rest = sequence; rest > 0; rest = Math.floor(rest / 32)) symbols = CROCKFORD[rest % 32] + symbols;
  return `${numberSeries(series, year)}-${symbols.padStart(MIN_SYMBOLS, '0')}`;
}

/** Numbers a process reserves at a time: one database commit serves this many certificates. */
const BLOCK = 16;

/**
 * Hands out certificate sequence numbers from blocks reserved in the database, so issuing
 * does not pay a commit for its number. Numbers stay unique across processes; a process that
 * stops leaves the rest of its block unused, and processes issuing at once interleave their
 * blocks, so numbers say nothing about the order of issue.
 */
export class NumberBlocks {
  private readonly blocks = new Map<string, Promise<{ next: number; last: number }>>();

  constructor(private readonly store: Pick<CertificateStore, 'reserveNumbers'>) {}

  async next(series: string): Promise<number> {
    for (;;) {
      let block = this.blocks.get(series);
      if (!block) {
        block = this.store.reserveNumbers(series, BLOCK).then((last) => ({ next: last - BLOCK + 1, last }));
        this.blocks.set(series, block);
        // A failed reservation must not stay cached.
        block.catch(() => this.blocks.delete(series));
      }
      const current = await block;
      if (current.next <= current.last) return current.next++;
      if (this.blocks.get(series) === block) this.blocks.delete(series);
    }
  }
}
