import { describe, expect, it } from 'vitest';
import { COPY_WORD, copyButtonName, type CopyState } from './copy-button-name.ts';

const LABELS = ['Copy the report', 'Copy: Lync Server Management Shell: test', 'Copy this code', 'Copy', 'Forum answer'];
const STATES: CopyState[] = ['idle', 'copied', 'failed'];

describe('copyButtonName', () => {
  it('is the label itself before a press, "Copy" put first where the label lacks it', () => {
    for (const label of LABELS.filter((l) => l.startsWith('Copy'))) expect(copyButtonName(label, 'idle')).toBe(label);
    expect(copyButtonName('Forum answer', 'idle')).toBe('Copy: Forum answer');
  });
  it('after a press leads with the word on screen and keeps what was copied', () => {
    expect(copyButtonName('Copy the report', 'copied')).toBe('Copied: the report');
    expect(copyButtonName('Copy: Lync Server Management Shell: test', 'failed')).toBe('Copy failed: Lync Server Management Shell: test');
    expect(copyButtonName('Copy', 'copied')).toBe('Copied');
    expect(copyButtonName('Forum answer', 'copied')).toBe('Copied: Forum answer');
  });
  it('always holds the word on screen (what axe checks)', () => {
    for (const label of LABELS) for (const state of STATES) expect(copyButtonName(label, state).toLowerCase()).toContain(COPY_WORD[state].toLowerCase());
  });
});
