/**
 * The SIP trace explainer's API for the widgets and the CLI. The Web Worker is separate:
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`, speaking worker-protocol.ts.
 */
export { explainTrace, explainTraceAsync, explainSplit, EXPECTED_TRACE } from './explain.ts';
export type { Explained, ExplainOptions, Finding, TraceReport, UndiagnosedFailure } from './explain.ts';
export { createTraceParser, splitTrace } from './split.ts';
export type { SipMessage, SplitResult, TraceParser } from './split.ts';
export { CATALOGUE, lookupCode } from './catalogue.ts';
export type { CatalogueEntry } from './catalogue.ts';
export { playgroundLink, scenarioFor, PLAYGROUND_PATH } from './playground-link.ts';
export { parseDiagnostics } from './diagnostics.ts';
export type { Diagnostic, DiagnosticHeader } from './diagnostics.ts';
export { decodeText, sniffEncoding } from './decode.ts';
export type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';
