/**
 * The short name a table shows for a catalogue entry's source: "MS-OCER" for Microsoft's protocol
 * specification, "blog, 2012" for the later blog post. Anything else is shown whole, so a new
 * kind of source is never hidden behind a wrong label.
 */
export function sourceLabel(source: string): string {
  if (source.includes('MS-OCER')) return 'MS-OCER';
  if (/blog/i.test(source) && source.includes('2012')) return 'blog, 2012';
  return source;
}
