/**
 * Explains a trace off the page's thread: in the trace Web Worker when the browser can run it,
 * else in the page with explainTraceAsync, which yields between chunks. Either way the page stays
 * responsive on a 10 MB log and reports progress; the signal stops the work. A short paste is
 * explained in the page at once (IN_PAGE_UP_TO).
 */
import { decodeText, explainTraceAsync, type Explained, type WorkerResponse } from '../../tools/trace/index.ts';

export type TraceInput = { text: string } | { file: Blob };

/**
 * A paste up to this many characters (a conversation or two of SIP messages) is explained in the
 * page: on a phone that is quicker than fetching and starting the worker, and explainTraceAsync
 * yields between chunks, so the page stays responsive. Files and longer pastes go to the worker.
 */
export const IN_PAGE_UP_TO = 64 * 1024;

let nextId = 1;

function inPage(input: TraceInput, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<Explained> {
  const run = async (): Promise<Explained> => {
    const text = 'text' in input ? input.text : decodeText(new Uint8Array(await input.file.arrayBuffer()));
    return explainTraceAsync(text, {
      onProgress,
      yieldEvery: () => (signal.aborted ? Promise.reject(new Error('cancelled')) : new Promise((resolve) => setTimeout(resolve, 0))),
    });
  };
  return run();
}

export function explainInBackground(input: TraceInput, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<Explained> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined' || ('text' in input && input.text.length <= IN_PAGE_UP_TO)) return inPage(input, onProgress, signal);
    worker = new Worker(new URL('../../tools/trace/worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage(input, onProgress, signal);
  }
  const id = nextId++;
  return new Promise<Explained>((resolve) => {
    let heard = false;
    const finish = (result: Explained | Promise<Explained>) => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
      resolve(result);
    };
    const stop = () => finish({ ok: false, message: 'Cancelled.' });
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      heard = true;
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else finish(message.result);
    };
    // A worker that cannot start (blocked, or an old browser without module workers): do it here.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(heard ? { ok: false, message: 'The trace could not be read (the background reader stopped).' } : inPage(input, onProgress, signal));
    };
    worker.postMessage({ id, type: 'explain', ...input });
  });
}
