/**
 * Fuzzing every decoder and parser that reads text from outside (links, pasted DNS output, SIP
 * logs, scenario JSON): random bytes (as latin1 and as UTF-8), random full-Unicode strings, and
 * near-valid inputs (the real fixtures and scenarios, mutated). None may throw, hang, or reach
 * Object.prototype; each returns either a value that validates again or a clear one-line message.
 *
 * Runs per target are set so the whole file stays around 15 s on a two-core machine; the total is
 * asserted (at least 100,000 generated inputs per run). A failure prints fast-check's seed and
 * shrunk counterexample: add it as a regression test next to the module at fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDraft, toScenarioInput, type Draft } from '../../src/share/playground-draft.ts';
import { readableField } from '../../src/share/field-error.ts';
import { convertMessengerAddress, evaluateInput, parseScenario } from '../../src/rules/index.ts';
import { decodeBase64Url, encodeBase64Url } from '../../src/share/base64url.ts';
import { MODE_PARAM, PLATFORM_PARAM, PUBLIC_IM_PARAM } from '../../src/share/param-values.ts';
import { decodePlaygroundParams, PARAMS, restoreValid } from '../../src/share/playground-params.ts';
import { readScenarioParam, scenarioQuery } from '../../src/share/scenario-param.ts';
import { readWidgetParams, type WidgetSpec } from '../../src/share/widget-params.ts';
import { checkPaste } from '../../src/tools/dns/index.ts';
import { explainTrace } from '../../src/tools/trace/index.ts';

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const read = (dir: string) => {
  const url = new URL(dir, import.meta.url);
  return readdirSync(url)
    .sort()
    .map((name) => readFileSync(new URL(name, url), 'utf8'));
};
const DNS_FIXTURES = read('../fixtures/dns/');
const TRACE_FIXTURES = read('../fixtures/trace/');
const SCENARIOS: unknown[] = read('../scenarios/').map((text) => JSON.parse(text));

/** Names that reach Object.prototype if a lookup is not restricted to own keys. */
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Random text: bytes read as latin1 and as (lossy) UTF-8, full-Unicode strings, lone surrogates. */
const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((bytes) => latin1.decode(bytes)),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => utf8.decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(...PROTO_KEYS),
);

type Mutation = { kind: number; at: number; length: number; text: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.nat(5),
  at: fc.nat(),
  length: fc.nat(80),
  text: fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\t', ' ', ':', ';', '.', '"', '(', ')', '@', '0', '-1', '99999999999', ...PROTO_KEYS)),
});

/** Applies byte-level damage a paste or a log can suffer: cuts, insertions, duplications, swaps. */
function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    switch (m.kind) {
      case 0: // delete a slice
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 1: // insert
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 2: // duplicate a slice
        out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
        break;
      case 3: // replace a slice
        out = out.slice(0, at) + m.text + out.slice(at + Math.max(1, m.text.length));
        break;
      case 4: // truncate
        out = out.slice(0, at);
        break;
      default: {
        // swap two lines
        const lines = out.split('\n');
        const a = at % lines.length;
        const b = m.length % lines.length;
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        out = lines.join('\n');
      }
    }
  }
  return out;
}

const mutatedFrom = (fixtures: string[]) =>
  fc.tuple(fc.constantFrom(...fixtures), fc.array(mutationArb, { minLength: 1, maxLength: 6 })).map(([text, mutations]) => mutate(text, mutations));

/** JSON-level damage to a valid scenario: a value replaced, a key removed, a key added. */
type Edit = { kind: number; path: number; key: string; value: unknown };
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.nat(3),
  path: fc.nat(),
  key: fc.oneof(fc.constantFrom(...PROTO_KEYS, 'domain', 'platform', 'mode', 'domains', 'contact', 'modalities', 'publicIm'), fc.string({ maxLength: 8 })),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', ' ', 'contoso.com', 'CONTOSO.COM.', 'bücher.example', 'user(contoso.com)@msn.com', 'sipfed.online.lync.com', 'lync-online', 'ocs-2007', 'windows-live-messenger', 'enabled', 'pending', 'disabled', 'im', '__proto__', 'x'.repeat(300)),
  ),
});

function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []): Array<Record<string, unknown> | unknown[]> {
  if (value !== null && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function edit(scenario: unknown, edits: Edit[]): unknown {
  // Through JSON, as a link or a file delivers it: "__proto__" becomes an own key there.
  const root = JSON.parse(JSON.stringify(scenario)) as unknown;
  for (const e of edits) {
    const all = containers(root);
    const target = all[e.path % all.length];
    if (!target) continue;
    if (Array.isArray(target)) {
      const index = e.path % (target.length + 1);
      if (e.kind === 1) target.splice(index, 1);
      else target[index] = e.value;
      continue;
    }
    const keys = Object.keys(target);
    const key = e.kind === 2 || keys.length === 0 ? e.key : keys[e.path % keys.length]!;
    if (e.kind === 1) delete target[key];
    // defineProperty, not assignment: "__proto__" must become a key, as JSON.parse makes it.
    else Object.defineProperty(target, key, { value: e.value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.parse(JSON.stringify(root));
}

const mutatedScenario = fc.tuple(fc.constantFrom(...SCENARIOS), fc.array(editArb, { minLength: 1, maxLength: 4 })).map(([s, edits]) => edit(s, edits));

/** Query strings: known and unknown names, known and hostile values, raw and percent-encoded. */
const PLAYGROUND_VALUES = ['yes', 'no', 'on', 'off', '1', '2', ...Object.values(MODE_PARAM), ...Object.values(PUBLIC_IM_PARAM), ...Object.values(PLATFORM_PARAM), 'contoso.com', 'a.com,b.com', 'LyncOnline:sipfed.online.lync.com:on', 'x:y:z:w', 'contoso.com:sipfed.online.lync.com', 'im,audio,nope', ...PROTO_KEYS];
const queryArb = (names: string[], values: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names, ...PROTO_KEYS), fc.string({ maxLength: 6 })), fc.oneof(fc.constantFrom(...values), randomText)), { maxLength: 10 }).chain((pairs) =>
        fc.boolean().map((encode) => (encode ? '?' : '') + pairs.map(([k, v]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&')),
      ) },
    { weight: 1, arbitrary: randomText },
  );

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

let generated = 0;
let slowest = { ms: 0, target: '' };
afterAll(() => {
  // At least 100,000 inputs per run (the gate); no single call anywhere near a hang.
  expect(generated).toBeGreaterThanOrEqual(100_000);
  expect(slowest.ms, `slowest call: ${slowest.target}`).toBeLessThan(2_000);
});

/** Calls `fn`, timing it (a regex gone exponential shows up here). */
function timed<T>(target: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  if (ms > slowest.ms) slowest = { ms, target };
  return result;
}

/** A message a reader can be shown: non-empty, one line, no "undefined"/"[object Object]" leaking. */
function expectMessage(message: unknown) {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(text).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
}

/** One property: `numRuns` generated inputs, each counted towards the run's total. */
const run = <T>(arb: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void) =>
  fc.assert(
    fc.property(arb, (value) => {
      generated++;
      predicate(value);
    }),
    { numRuns },
  );

describe('fuzz: base64url and the scenario link', () => {
  it('decodeBase64Url: text that round-trips, or a message', () => {
    const arb = fc.oneof(randomText, fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= '.split('')), maxLength: 60 }), randomText.map(encodeBase64Url));
    run(arb, 18_000, (param) => {
      const decoded = timed('decodeBase64Url', () => decodeBase64Url(param));
      if (decoded.ok) {
        const again = decodeBase64Url(encodeBase64Url(decoded.text));
        expect(again).toEqual(decoded);
      } else expectMessage(decoded.message);
    });
  });

  it('readScenarioParam: none, JSON, or a message', () => {
    const arb = fc.oneof(queryArb(['scenario'], ['', 'e30', 'bnVsbA', '%%%', 'eyJ']), mutatedScenario.map(scenarioQuery), randomText.map((text) => `?scenario=${encodeBase64Url(text)}`));
    run(arb, 12_000, (search) => {
      const link = timed('readScenarioParam', () => readScenarioParam(search));
      expect(['none', 'scenario', 'error']).toContain(link.kind);
      if (link.kind === 'error') expectMessage(link.message);
    });
  });
});

describe('fuzz: the scenario schema', () => {
  /** A valid scenario parses to the same scenario again; a rejected one names a field and why. */
  function checkParse(input: unknown) {
    const parsed = timed('parseScenario', () => parseScenario(input));
    if (parsed.ok) {
      const again = parseScenario(JSON.parse(JSON.stringify(parsed.scenario)));
      expect(again).toEqual(parsed);
    } else {
      expectMessage(parsed.field);
      expectMessage(parsed.message);
      // The catch-all is for hostile objects (getters, proxies); JSON never needs it.
      expect(parsed.message).not.toMatch(/^could not be read/);
    }
    const evaluated = timed('evaluateInput', () => evaluateInput(input));
    expect(evaluated.ok).toBe(parsed.ok);
    if (evaluated.ok) expect(Array.isArray(evaluated.evaluation.results)).toBe(true);
    else expect(evaluated.message, 'the rules threw on a valid scenario').not.toMatch(/^could not be evaluated/);
  }

  it('parseScenario and evaluateInput on mutated real scenarios', () => {
    run(mutatedScenario, 16_000, checkParse);
  });

  it('parseScenario and evaluateInput on any JSON, and on JSON through a link', () => {
    const arb = fc.oneof(fc.jsonValue({ maxDepth: 4 }), randomText.map((text) => readScenarioParam(`?scenario=${encodeBase64Url(text)}`)).map((link) => (link.kind === 'scenario' ? link.input : null)));
    run(arb, 6_000, checkParse);
  });
});

describe('fuzz: the vanity converter', () => {
  const NEAR = ['tommy@mydomain.com', 'tommy(mydomain.com)@msn.com', 'anna@hotmail.com', 'a.b@live.co.uk', 'x(bücher.example)@msn.com', 'user(domain.com)@msn.com'];
  it('convertMessengerAddress: a conversion that converts back, or a message', () => {
    const arb = fc.oneof(randomText, mutatedFrom(NEAR), fc.emailAddress());
    run(arb, 25_000, (input) => {
      const result = timed('convertMessengerAddress', () => convertMessengerAddress(input));
      if (!result.ok) return expectMessage(result.message);
      expect(['to-vanity', 'from-vanity', 'microsoft']).toContain(result.direction);
      // What to type in Lync converts again, to the same Messenger sign-in address.
      const again = convertMessengerAddress(result.typeInLync);
      expect(again.ok && again.signIn).toBe(result.signIn);
    });
  });
});

describe('fuzz: the permalink decoders', () => {
  const validate = (draft: Draft) => {
    const result = evaluateInput(toScenarioInput(draft));
    return result.ok ? { ok: true as const } : result;
  };
  const names = [...PARAMS, 'scenario'];

  it('decodePlaygroundParams + restoreValid: a state the rules accept, and plain problems', () => {
    run(queryArb(names, PLAYGROUND_VALUES), 14_000, (search) => {
      const decoded = timed('decodePlaygroundParams', () => decodePlaygroundParams(search));
      const restored = timed('restoreValid', () => restoreValid(decoded, validate, readableField));
      expect(validate(restored.draft)).toEqual({ ok: true });
      for (const problem of restored.problems) expect(problem.trim()).not.toBe('');
      expect(Object.keys(restored.draft).sort()).toEqual(Object.keys(emptyDraft()).sort());
    });
  });

  type State = { text: string; list: string[]; on: boolean; choice: 'first' | 'second' };
  const SPEC: WidgetSpec<State> = {
    prefix: 'w',
    version: 1,
    fields: { text: { kind: 'text' }, list: { kind: 'list' }, on: { kind: 'switch' }, choice: { kind: 'choice', values: { first: 'one', second: 'two' } } },
  };
  const DEFAULTS: State = { text: 'contoso.com', list: ['a.com'], on: false, choice: 'first' };

  it('readWidgetParams: only the widget’s own fields, each of its kind', () => {
    const keys = ['w.v', 'w.text', 'w.list', 'w.on', 'w.choice', ...PROTO_KEYS.map((key) => `w.${key}`), 'w.', 'fed.mode'];
    run(queryArb(keys, ['one', 'two', 'on', 'off', '1', '2', 'a.com, ,b.com', ...PROTO_KEYS]), 16_000, (search) => {
      const read = timed('readWidgetParams', () => readWidgetParams(search, SPEC, DEFAULTS));
      expect(Object.keys(read.state).sort()).toEqual(['choice', 'list', 'on', 'text']);
      expect(Object.getPrototypeOf(read.state)).toBe(Object.prototype);
      expect(typeof read.state.text).toBe('string');
      expect(read.state.list.every((item) => typeof item === 'string' && item === item.trim() && item !== '')).toBe(true);
      expect(typeof read.state.on).toBe('boolean');
      expect(['first', 'second']).toContain(read.state.choice);
      for (const problem of read.problems) expect(problem.trim()).not.toBe('');
    });
    expect(DEFAULTS).toEqual({ text: 'contoso.com', list: ['a.com'], on: false, choice: 'first' });
  });
});

describe('fuzz: the DNS and trace parsers', () => {
  it('checkPaste: a report, or a message', () => {
    run(fc.oneof(randomText, mutatedFrom(DNS_FIXTURES)), 10_000, (text) => {
      const checked = timed('checkPaste', () => checkPaste(text));
      if (!checked.ok) return expectMessage(checked.message);
      expect(Array.isArray(checked.value.records)).toBe(true);
      expect(['ok', 'broken', 'unknown']).toContain(checked.value.federation);
      expectMessage(checked.value.summary);
    });
  });

  it('explainTrace: a report, or a message', () => {
    run(fc.oneof(randomText, mutatedFrom(TRACE_FIXTURES)), 8_000, (text) => {
      const explained = timed('explainTrace', () => explainTrace(text));
      if (!explained.ok) {
        expectMessage(explained.message);
        // The catch-all guards the API boundary; the parser itself must not throw.
        expect(explained.message).not.toMatch(/^The trace could not be read/);
        return;
      }
      const report = explained.value;
      for (const count of [report.messages, report.requests, report.responses, report.truncated, report.informational]) {
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }
      expect(Array.isArray(report.findings)).toBe(true);
      expect(typeof report.summary).toBe('string');
    });
  });
});
