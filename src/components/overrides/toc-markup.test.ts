import { describe, expect, it } from 'vitest';
import { tocLevels, tocMarkup } from './toc-markup.ts';

interface Item { depth: number; slug: string; text: string; children: Item[] }
const item = (slug: string, text: string, children: Item[] = []): Item => ({ depth: 2, slug, text, children });

describe('tocMarkup', () => {
  it('draws one link per heading, nested headings in a nested list, text and slugs escaped', () => {
    expect(tocMarkup([item('_top', 'Overview'), item('a', 'A & <B>', [item('a-1', 'A.1')])])).toBe(
      '<ul class="sl-toc"><li><a href="#_top">Overview</a></li><li><a href="#a">A &amp; &lt;B&gt;</a><ul><li><a href="#a-1">A.1</a></li></ul></li></ul>',
    );
  });

  it('writes the heading levels only where they are not starlight-toc’s defaults', () => {
    expect(tocLevels({ minHeadingLevel: 2, maxHeadingLevel: 3, items: [] })).toEqual({});
    expect(tocLevels({ minHeadingLevel: 1, maxHeadingLevel: 4, items: [] })).toEqual({ 'data-min-h': 1, 'data-max-h': 4 });
  });
});
