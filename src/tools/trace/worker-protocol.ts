/**
 * What the page and the trace worker say to each other, and the worker's work itself (kept out
 * of worker.ts so it runs, and is tested, without a worker).
 *
 * page → worker  { id, type: 'explain', text }  or  { id, type: 'explain', file: Blob }
 * worker → page  { id, type: 'progress', done, total }   (bytes for a file, characters for text)
 *                { id, type: 'result', result: Explained } (always last; never an exception)
 */
import { sniffEncoding } from './decode.ts';
import { explainSplit, type Explained } from './explain.ts';
import { createTraceParser } from './split.ts';

export type WorkerRequest =
  | { id: number; type: 'explain'; text: string; chunkSize?: number }
  | { id: number; type: 'explain'; file: Blob; chunkSize?: number };

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: Explained };

export const DEFAULT_CHUNK = 256 * 1024;

function isRequest(data: unknown): data is WorkerRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d['type'] === 'explain' && typeof d['id'] === 'number' && (typeof d['text'] === 'string' || (typeof Blob !== 'undefined' && d['file'] instanceof Blob));
}

/** Runs one request, posting progress after each chunk and the result at the end. Never rejects. */
export async function runRequest(data: unknown, post: (message: WorkerResponse) => void): Promise<void> {
  const id = typeof (data as { id?: unknown } | null)?.id === 'number' ? (data as { id: number }).id : -1;
  if (!isRequest(data)) {
    post({ id, type: 'result', result: { ok: false, message: 'The worker expects { id, type: "explain", text } or { id, type: "explain", file }.' } });
    return;
  }
  const chunk = Math.max(4096, data.chunkSize ?? DEFAULT_CHUNK);
  const parser = createTraceParser();
  try {
    if ('text' in data) {
      const total = data.text.length;
      for (let at = 0; at < total; at += chunk) {
        parser.push(data.text.slice(at, at + chunk));
        post({ id, type: 'progress', done: Math.min(total, at + chunk), total });
      }
    } else {
      const total = data.file.size;
      let decoder: TextDecoder | null = null;
      for (let at = 0; at < total; at += chunk) {
        const bytes = new Uint8Array(await data.file.slice(at, at + chunk).arrayBuffer());
        // The first chunk decides the encoding; `stream` keeps characters split across chunks whole.
        decoder ??= new TextDecoder(sniffEncoding(bytes));
        parser.push(decoder.decode(bytes, { stream: true }));
        post({ id, type: 'progress', done: Math.min(total, at + chunk), total });
      }
      if (decoder) parser.push(decoder.decode());
    }
    post({ id, type: 'result', result: explainSplit(parser.end()) });
  } catch (error) {
    post({ id, type: 'result', result: { ok: false, message: `The trace could not be read (${error instanceof Error ? error.message : String(error)}).` } });
  }
}
