/**
 * "Copy as forum answer" for a diagnosis: the symptom, each question with its answer, then the
 * outcome with its fix (or what is left to find out), and the link that reopens it. Built only from
 * the diagnosis's step and the rules' own words. A date other than general availability is stated
 * in the question ("as of March 2012"), with what the dated changes make uncertain and the changes
 * themselves, as the playground's answer states them (forum-answer.ts).
 */
import type { Outcome } from '../rules/diagnose.ts';
import { MODALITY_NAMES, type Modality } from '../rules/model.ts';
import { ruleById } from '../rules/rules.ts';
import { cite } from '../rules/sources.ts';
import { GA_DATE, monthYear } from '../rules/history.ts';
import { ACTOR, changedBlocks, fixBlocks, MARKUP, sourceLine, type AnswerFormat } from './forum-answer.ts';
import type { AnsweredQuestion } from './diagnose-params.ts';

/** The modality's name from the one list in model.ts, lower-cased in a sentence unless it is an acronym (IM). */
const modalityWords = (m: Modality): string => {
  const name: string = MODALITY_NAMES[m];
  return name === name.toUpperCase() ? name : name.toLowerCase();
};

export function diagnoseAnswer(who: { you: string; them: string }, answered: readonly AnsweredQuestion[], outcome: Outcome, link: string, format: Exclude<AnswerFormat, 'text'> | 'text'): string {
  const m = MARKUP[format];
  const asOf = outcome.asOf ?? GA_DATE;
  const when = asOf === GA_DATE ? '' : `, as of ${monthYear(asOf)}`;
  const blocks: string[] = [m.heading(`Why can't ${who.you} use ${modalityWords(outcome.modality)} with ${who.them}${when}?`)];
  const uncertain = outcome.uncertainty ? `${m.bold('Uncertain:')} ${m.text(outcome.uncertainty)}` : null;
  if (answered.length > 0) blocks.push(m.list(answered.map((a) => `${m.text(a.question)} ${m.bold(a.answer)}`)));
  if (outcome.decided && outcome.works) {
    blocks.push(`${m.bold('Everything you told us says this should work.')} ${m.text('If it still fails, take a Lync client log and read its ms-diagnostics code.')}`);
    if (uncertain) blocks.push(uncertain);
  } else if (outcome.decided && outcome.rule) {
    blocks.push(`${m.bold('The first blocker:')} ${m.text(outcome.rule.explanation)}`);
    if (uncertain) blocks.push(uncertain);
    if (outcome.fixes.length > 0) blocks.push(m.heading('How to fix it'));
    for (const fix of outcome.fixes) blocks.push(m.bold(`${ACTOR[fix.actor]}:`), ...fixBlocks(m, fix));
    blocks.push(m.heading('Source'), m.list([sourceLine(m, cite(outcome.rule.source), link)]));
  } else {
    const items = outcome.possible.map((p) => m.text(p.works ? 'It may work' : (ruleById(p.rule ?? '')?.explanation ?? p.reason ?? '')));
    blocks.push(m.bold('Not decided yet: the answers left open could mean any of these.'), m.list(items));
    if (uncertain) blocks.push(uncertain);
  }
  blocks.push(...changedBlocks(m, outcome.history, asOf, link));
  blocks.push(`${m.text('Open this diagnosis:')} ${m.link(link)}`);
  return blocks.join('\n\n');
}
