import { pdfJobSchema, type PdfReply } from '@renderer/pdf/pdf-messages';
import type { PdfWorkerLike } from '@renderer/pdf/pdf-workers';
import { renderPdfInNode, renderSheetInNode } from '../bench/pdf';

/**
 * The pool of PDF workers, driven through the interface of a Web Worker by a stand-in that lays
 * out with the real pdfmake in Node and answers as pdf-worker.ts does (a Worker itself cannot
 * run in Node; the real ones run in Chromium: donations.spec's annual batch and the bench).
 */
export class NodePdfWorker extends EventTarget implements PdfWorkerLike {
  jobs = 0;
  terminated = false;
  constructor(private readonly behaviour: 'render' | 'garbage' | 'fail-to-load' = 'render') {
    super();
    if (behaviour === 'fail-to-load')
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 1);
  }
  postMessage(message: unknown) {
    const job = pdfJobSchema.parse(message);
    this.jobs += 1;
    if (this.behaviour === 'fail-to-load') return;
    const answer = (data: PdfReply | string) => this.dispatchEvent(new MessageEvent('message', { data }));
    if (this.behaviour === 'garbage') {
      setTimeout(() => answer('n’importe quoi'), 1);
      return;
    }
    const bytes = 'document' in job ? renderPdfInNode(job.document) : renderSheetInNode(job.sheet.input);
    bytes.then(
      (bytes) => answer({ id: job.id, ok: true, bytes: new Uint8Array(bytes) }),
      (error: Error) => answer({ id: job.id, ok: false, message: error.message }),
    );
  }
  terminate() {
    this.terminated = true;
  }
}
