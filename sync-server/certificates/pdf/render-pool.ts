import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CertificatePdfInput } from './certificate-pdf-input';
import { renderCertificatePdf } from './render-certificate-pdf';
import type { FromRenderWorker, RenderFailure, ToRenderWorker } from './render-worker';

/** Renders certificate PDFs; what issuance holds (`CertificateDeps.pdf`). */
export interface CertificatePdfRenderer {
  /** The same bytes `renderCertificatePdf` makes, and its errors for an input it refuses. */
  render(input: CertificatePdfInput): Promise<Uint8Array>;
  /** Waits for every certificate already handed over, then ends the threads; later renders reject. */
  close(): Promise<void>;
}

export interface PdfRenderPoolOptions {
  /** Threads; 0 renders on the calling thread. Defaults to the cores the process may use. */
  workers?: number;
  /** The threads' entry module; `render-worker-boot.mjs` unless a test gives one that can be made to die. */
  entry?: URL;
}

/**
 * A render thread stopped with certificates in hand. Nothing was stored for them: issuance
 * gives up this attempt, and the approval's sweep issues again.
 */
export class PdfRenderWorkerLostError extends Error {
  override name = 'PdfRenderWorkerLostError';
}

/**
 * Certificates handed to one thread at a time. Two, so a thread finishing one has the next
 * already in hand instead of idling for a round trip; more would only pile up work that a
 * dying thread takes down with it, and that another thread could have started sooner.
 */
const IN_HAND_PER_THREAD = 2;

/**
 * Renders certificate PDFs on worker threads of its own, so the thread serving HTTP spends no
 * ~7 ms per certificate on them. Each thread parses the fonts once and keeps its caches of
 * shaped words and glyph outlines warm across documents. Threads start when work first needs
 * them, and hold the process open only while they have work. A thread that dies fails the
 * certificates it held, with `PdfRenderWorkerLostError`, and is replaced when work next needs it.
 */
export function createPdfRenderPool(options: PdfRenderPoolOptions = {}): CertificatePdfRenderer {
  const size = poolSize(options.workers);
  return size === 0 ? inThreadRenderer() : new RenderPool(size, options.entry ?? DEFAULT_ENTRY);
}

/**
 * A handle on the process's pool of that many threads, shared by every handle asking for the
 * same number. A render thread holds ~100 MB and takes ~0.7 s to start, so a process opening
 * the certificate machinery several times (the CLI, tests standing in for several servers)
 * still runs one set. Closing a handle waits for its own certificates; the last one open ends
 * the threads.
 */
export function sharePdfRenderPool(options: Pick<PdfRenderPoolOptions, 'workers'> = {}): CertificatePdfRenderer {
  const size = poolSize(options.workers);
  const shared = sharedPools.get(size) ?? { pool: createPdfRenderPool({ workers: size }), handles: 0 };
  sharedPools.set(size, shared);
  shared.handles++;
  const own = new InFlight();
  let closing: Promise<void> | undefined;
  return {
    render: (input) => (closing ? Promise.reject(closedError()) : own.track(shared.pool.render(input))),
    close() {
      closing ??= (async () => {
        await own.drained();
        if (--shared.handles > 0) return;
        sharedPools.delete(size);
        await shared.pool.close();
      })();
      return closing;
    },
  };
}

interface SharedPool {
  pool: CertificatePdfRenderer;
  /** Open handles on it. */
  handles: number;
}

/** By number of threads. */
const sharedPools = new Map<number, SharedPool>();

const DEFAULT_ENTRY = new URL('./render-worker-boot.mjs', import.meta.url);

function poolSize(workers: number | undefined): number {
  const size = workers ?? availableParallelism();
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`a PDF render pool takes 0 or more workers, not ${size}`);
  return size;
}

const closedError = () => new Error('the PDF render pool is closed');

/** The promises of work handed over and not yet settled, so that closing can wait for them. */
class InFlight {
  private readonly unsettled = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    // Failures reach the caller through `work`; here they only mark the end of it.
    const settled: Promise<unknown> = work.then(
      () => this.unsettled.delete(settled),
      () => this.unsettled.delete(settled),
    );
    this.unsettled.add(settled);
    return work;
  }

  /** Resolves once nothing handed over, including what arrives meanwhile, is unsettled. */
  async drained(): Promise<void> {
    while (this.unsettled.size > 0) await Promise.all(this.unsettled);
  }
}

/** `workers: 0`: the same interface, rendering on the calling thread. */
function inThreadRenderer(): CertificatePdfRenderer {
  const inFlight = new InFlight();
  let closing: Promise<void> | undefined;
  return {
    render: (input) => (closing ? Promise.reject(closedError()) : inFlight.track(renderCertificatePdf(input))),
    close: () => (closing ??= inFlight.drained()),
  };
}

interface Job {
  id: number;
  input: CertificatePdfInput;
  resolve(pdf: Uint8Array): void;
  reject(error: Error): void;
}

interface RenderThread {
  worker: Worker;
  /** Handed to this thread, not yet answered, by id. */
  jobs: Map<number, Job>;
  ready: boolean;
  /** What the thread threw before it stopped, if anything. */
  crash: Error | undefined;
}

class RenderPool implements CertificatePdfRenderer {
  /** Waiting for a thread, oldest first. */
  private readonly queue: Job[] = [];
  /** One place per thread; empty until work needs it, and again after its thread stopped. */
  private readonly threads: (RenderThread | undefined)[];
  private readonly inFlight = new InFlight();
  private nextId = 1;
  private closing: Promise<void> | undefined;

  constructor(
    size: number,
    private readonly entry: URL,
  ) {
    this.threads = Array.from({ length: size }, () => undefined);
  }

  render(input: CertificatePdfInput): Promise<Uint8Array> {
    if (this.closing) return Promise.reject(closedError());
    const rendering = new Promise<Uint8Array>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
    });
    this.dispatch();
    return this.inFlight.track(rendering);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.inFlight.drained();
      const running = this.threads.filter((thread) => thread !== undefined);
      this.threads.fill(undefined);
      await Promise.all(running.map((thread) => thread.worker.terminate()));
    })();
    return this.closing;
  }

  /** Hands waiting jobs to the least busy threads, starting a thread where there is none yet. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const place = this.leastBusyPlace();
      if (place === undefined) return;
      const thread = (this.threads[place] ??= this.startThread(place));
      const job = this.queue.shift() as Job;
      try {
        thread.worker.postMessage({ type: 'render', id: job.id, input: job.input } satisfies ToRenderWorker);
      } catch (error) {
        // An input that cannot be copied to a thread (it holds a function, say) is refused alone.
        job.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (thread.jobs.size === 0) thread.worker.ref();
      thread.jobs.set(job.id, job);
    }
  }

  /** The place whose thread holds the fewest jobs, a running thread before an empty place; none when all are full. */
  private leastBusyPlace(): number | undefined {
    let best: number | undefined;
    let bestLoad = IN_HAND_PER_THREAD;
    this.threads.forEach((thread, place) => {
      // An empty place counts as slightly busier than an idle thread: starting a thread costs fonts.
      const load = thread ? thread.jobs.size : 0.5;
      if (load < bestLoad) {
        best = place;
        bestLoad = load;
      }
    });
    return best;
  }

  private startThread(place: number): RenderThread {
    const worker = new Worker(this.entry);
    const thread: RenderThread = { worker, jobs: new Map(), ready: false, crash: undefined };
    worker.on('message', (message: FromRenderWorker) => this.answer(thread, message));
    worker.on('error', (error) => (thread.crash = error));
    worker.on('exit', (code) => this.lost(thread, place, code));
    // An idle thread must not keep the process alive; `dispatch` refs a thread while it holds
    // work. (After the listeners: adding a 'message' listener refs the worker again.)
    worker.unref();
    return thread;
  }

  private answer(thread: RenderThread, message: FromRenderWorker): void {
    switch (message.type) {
      case 'ready':
        thread.ready = true;
        return;
      case 'rendered':
        this.settle(thread, message.id)?.resolve(Buffer.from(message.pdf));
        return;
      case 'failed':
        this.settle(thread, message.id)?.reject(rebuiltError(message.error));
        return;
    }
  }

  /** Takes a job off its thread, lets the thread go idle if it was the last, and hands the thread more. */
  private settle(thread: RenderThread, id: number): Job | undefined {
    const job = thread.jobs.get(id);
    thread.jobs.delete(id);
    if (thread.jobs.size === 0) thread.worker.unref();
    this.dispatch();
    return job;
  }

  private lost(thread: RenderThread, place: number, code: number): void {
    if (this.threads[place] === thread) this.threads[place] = undefined;
    const why = thread.crash ? `: ${thread.crash.message}` : '';
    const error = new PdfRenderWorkerLostError(
      thread.ready
        ? `a PDF render thread stopped (exit code ${code}${why}) before finishing this certificate`
        : `a PDF render thread could not start (exit code ${code}${why})`,
      { cause: thread.crash },
    );
    for (const job of thread.jobs.values()) job.reject(error);
    thread.jobs.clear();
    if (!thread.ready) {
      // A thread that cannot start would fail the same way again: give the waiting work back to
      // its callers rather than start threads in a loop. The next render tries once more.
      for (const job of this.queue.splice(0)) job.reject(error);
      return;
    }
    this.dispatch();
  }
}

/** The renderer's error as the caller would have seen it in-thread: same class for built-in ones, message and stack. */
function rebuiltError(failure: RenderFailure): Error {
  const error = new (BUILT_IN_ERRORS[failure.name] ?? Error)(failure.message);
  if (!(failure.name in BUILT_IN_ERRORS)) error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  return error;
}

const BUILT_IN_ERRORS: Partial<Record<string, ErrorConstructor>> = {
  Error,
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};
