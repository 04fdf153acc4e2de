import type { Response } from 'express';
import type { SimulatorEvent } from './simulator-events';

export interface EventStream {
  send(event: SimulatorEvent): void;
  close(): void;
}

// Proxies and browsers drop an idle stream; a comment line now and then keeps it open.
const KEEPALIVE_MS = 20_000;

/** A Server-Sent Events response: each event's `seq` is its id, so `Last-Event-ID` resumes. */
export function openEventStream(res: Response): EventStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    // no-transform keeps compression middleware from buffering the stream.
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  return {
    send(event) {
      res.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    close() {
      clearInterval(keepalive);
      res.end();
    },
  };
}
