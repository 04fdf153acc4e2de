import { describe, expect, it } from 'vitest';
import { backgroundGate, foregroundGate, newWriteGateCells } from './sqlite-write-gate';

/** Who holds the gate: 0 nobody, 1 the foreground, 2 the background (see sqlite-write-gate.ts). */
const holderOf = (cells: SharedArrayBuffer) => Atomics.load(new Int32Array(cells), 0);

describe('the SQLite write gate between threads', () => {
  it('lets the foreground nest turns of several connections and frees the gate after the last', () => {
    const cells = newWriteGateCells();
    const foreground = foregroundGate(cells);
    foreground.enter();
    foreground.enter();
    expect(holderOf(cells)).toBe(1);
    foreground.leave();
    expect(holderOf(cells)).toBe(1);
    foreground.leave();
    expect(holderOf(cells)).toBe(0);
  });

  it('keeps the background out while the foreground writes, and lets it in afterwards', () => {
    const cells = newWriteGateCells();
    const foreground = foregroundGate(cells);
    const background = backgroundGate(cells, 30);
    foreground.enter();
    const started = Date.now();
    background.enter(); // waits, then gives up: SQLite's own lock would decide from here
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(holderOf(cells)).toBe(1);
    background.leave(); // it never held the gate, so it must not free the foreground's
    expect(holderOf(cells)).toBe(1);
    foreground.leave();
    background.enter();
    expect(holderOf(cells)).toBe(2);
    background.leave();
    expect(holderOf(cells)).toBe(0);
  });

  it('makes the foreground wait for a background turn, then take the gate', () => {
    const cells = newWriteGateCells();
    const background = backgroundGate(cells);
    const foreground = foregroundGate(cells, 30);
    background.enter();
    foreground.enter(); // held by the background past the limit: goes ahead without the gate
    expect(holderOf(cells)).toBe(2);
    foreground.leave();
    expect(holderOf(cells)).toBe(2);
    background.leave();
    foreground.enter();
    expect(holderOf(cells)).toBe(1);
    foreground.leave();
  });
});
