import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../tools/trace/catalogue.ts';
import { sourceLabel } from './source-label.ts';

describe('sourceLabel', () => {
  it('names the protocol specification MS-OCER', () => {
    expect(sourceLabel("Microsoft's [MS-OCER] protocol specification (reference facts §6)")).toBe('MS-OCER');
  });

  it('names the 2012 blog post', () => {
    expect(sourceLabel('a 2012 blog source (reference facts §6)')).toBe('blog, 2012');
  });

  it('shows any other source whole', () => {
    expect(sourceLabel('TechNet hh202166')).toBe('TechNet hh202166');
  });

  it('gives every catalogue entry one of the two short names', () => {
    expect(new Set(CATALOGUE.map((entry) => sourceLabel(entry.source)))).toEqual(new Set(['MS-OCER', 'blog, 2012']));
  });
});
