/**
 * The trace explainer's Web Worker entry: parses large logs off the page's thread.
 * Use from the page: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`,
 * then post a WorkerRequest and listen for WorkerResponse messages (see worker-protocol.ts).
 * Requests are handled one after another, in the order they arrive.
 */
import { runRequest, type WorkerResponse } from './worker-protocol.ts';

// The worker's own global, typed here without the WebWorker lib (the project compiles with DOM).
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  queue = queue.then(() => runRequest(event.data, (message) => scope.postMessage(message)));
};
