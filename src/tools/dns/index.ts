/** The DNS record checker's API for the widgets and the CLI. */
export { checkPaste, checkObservation, inferDomain } from './check.ts';
export type { CheckOptions, DnsReport, RecordCheck, RecordStatus, UncheckedRecord } from './check.ts';
export { checkDomainLive, lookupDomain, queryDoh, DEFAULT_DOH_ENDPOINTS, DEFAULT_TIMEOUT_MS } from './doh.ts';
export type { DohOptions, DohResult } from './doh.ts';
export { parsePaste, MAX_PASTE_CHARS } from './parse.ts';
export type { ParseOptions } from './parse.ts';
export { detectFormat, EXPECTED_FORMATS } from './detect.ts';
export type { PasteFormat } from './detect.ts';
export { EXPECTED_RECORDS, expectedValue, recordName } from './records.ts';
export type { ExpectedRecord, RecordId } from './records.ts';
export type { Checked, DnsObservation, DnsQuery, DnsRecord, InputFormat, QueryOutcome } from './model.ts';
