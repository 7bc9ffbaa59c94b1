import type { Page } from 'playwright-core';
import { RULES } from '../../src/rules/index.ts';
import type { CliEvaluation } from './cli.ts';

export interface HopView {
  hop: string;
  state: string;
  reasons: string | null;
  first: boolean;
}

/** The route picture's hops as a reader's assistive technology sees them (data attributes). */
export async function hops(page: Page): Promise<HopView[]> {
  return page.locator('.rt [data-hop]').evaluateAll((items) =>
    items.map((item) => ({
      hop: item.getAttribute('data-hop') ?? '',
      state: item.getAttribute('data-state') ?? '',
      reasons: item.getAttribute('data-reasons'),
      first: item.hasAttribute('data-first'),
    })),
  );
}

/** The CLI's first blocker: the first failing step of its trace that is not the modality's own. */
export function firstBlocker(evaluation: CliEvaluation): string | undefined {
  if (evaluation.results.every((r) => r.verdict === 'not-supported')) return undefined;
  const step = evaluation.trace.find((s) => s.status === 'fail' && s.stage !== 'modality');
  if (!step) return undefined;
  // A rule's id differs from the code it yields only for the same check on another platform.
  return RULES.find((rule) => rule.id === step.rule)?.code;
}
