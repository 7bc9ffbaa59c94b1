/** The federation rules as data (filled in by the next commits). */
import type { Rule } from './model.ts';

export const RULES: readonly Rule[] = [];
