import { pdfReplySchema, type PdfJob, type PdfRequest } from '@renderer/pdf/pdf-messages';

/** The part of a Web Worker the pool uses (a `Worker` has it). */
export interface PdfWorkerLike {
  postMessage(message: PdfJob): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** No worker could take the job (none started, or each one's script failed): render elsewhere. */
export class PdfWorkerUnavailableError extends Error {
  constructor() {
    super('Aucun processus de mise en page PDF disponible.');
    this.name = 'PdfWorkerUnavailableError';
  }
}

export interface PdfWorkers {
  /** The PDF's bytes (a document, or a part of a long sheet), laid out by the least busy worker. */
  render(request: PdfRequest): Promise<Uint8Array>;
  /** How many workers were started: as many chunks can be laid out at once. */
  readonly size: number;
  /** Stops every worker; jobs still running fail. */
  close(): void;
}

/** One worker per core, at most four (each holds pdfmake and its fonts: ~30 MB), at least one. */
export function pdfWorkerCount(cores: number | undefined): number {
  return Math.max(
    1,
    Math.min(4, cores !== undefined && Number.isFinite(cores) && cores > 0 ? Math.floor(cores) : 2),
  );
}

/** A worker of pdf-worker.ts, bundled from its own file (allowed by `script-src 'self'`). */
export function startPdfWorker(): PdfWorkerLike {
  return new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'tilleul-pdf' });
}

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * `count` PDF workers sharing the jobs. A worker whose script fails to load or crashes is
 * dropped, its jobs refused with `PdfWorkerUnavailableError` (the caller then lays them out in
 * the page); a reply that is not one (checked by pdfReplySchema) fails its job in words.
 */
export function openPdfWorkers(count: number, start: () => PdfWorkerLike = startPdfWorker): PdfWorkers {
  let nextId = 0;
  const workers = Array.from({ length: count }, () => {
    const pending = new Map<number, Pending>();
    const slot = { worker: start(), pending, alive: true };
    const drop = () => stop(slot, () => new PdfWorkerUnavailableError());
    slot.worker.addEventListener('error', (event) => {
      event.preventDefault();
      drop();
    });
    slot.worker.addEventListener('message', (event) => {
      if (!(event instanceof MessageEvent)) return;
      const reply = pdfReplySchema.safeParse(event.data);
      if (!reply.success) {
        drop();
        return;
      }
      const job = pending.get(reply.data.id);
      if (!job) return;
      pending.delete(reply.data.id);
      if (reply.data.ok) job.resolve(reply.data.bytes);
      else job.reject(new Error(`La mise en page du PDF a échoué : ${reply.data.message}`));
    });
    return slot;
  });
  return {
    size: count,
    render(request) {
      const live = workers.filter((slot) => slot.alive);
      const slot = live.sort((a, b) => a.pending.size - b.pending.size)[0];
      if (!slot) return Promise.reject(new PdfWorkerUnavailableError());
      const id = (nextId += 1);
      return new Promise<Uint8Array>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, ...request });
      });
    },
    close() {
      for (const slot of workers) stop(slot, () => new Error('Mise en page du PDF interrompue.'));
    },
  };
}

/** A worker stopped for good, each of its jobs refused with `reason()`. Twice does nothing. */
function stop(
  slot: { worker: PdfWorkerLike; pending: Map<number, Pending>; alive: boolean },
  reason: () => Error,
) {
  if (!slot.alive) return;
  slot.alive = false;
  slot.worker.terminate();
  for (const job of slot.pending.values()) job.reject(reason());
  slot.pending.clear();
}
