/**
 * A shared playground link's link preview, made by the host's edge function
 * (functions/_middleware.ts) from the page the site built: the link's scenario is read by the
 * playground's own code (src/share/playground-link.ts) and evaluated by the rules, and the page's
 * Open Graph and Twitter tags then describe that scenario: the image of its verdict tally
 * (src/og/verdict-tally.ts), every verdict in words in the description and alt text, the link
 * itself as og:url, and the oEmbed endpoint that embeds that scenario. A link the playground
 * cannot read opens the default scenario: its preview stays the static one, which claims no verdict.
 */
import { evaluateInput } from '../rules/index.ts';
import { tallyHeadline, tallyImagePath, tallyOf, verdictsInWords } from '../og/verdict-tally.ts';
import { toScenarioInput } from '../share/playground-draft.ts';
import { readPlaygroundLink } from '../share/playground-link.ts';
import { encodePlaygroundParams } from '../share/playground-params.ts';

export interface Preview {
  /** Meta tags by property or name, each replacing the built page's value. */
  meta: Record<string, string>;
  /** The oEmbed discovery link's new href. */
  oembed: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const attribute = (value: string) => value.replace(/[&"<>]/g, (c) => ESCAPES[c] ?? c);

/** The preview of /playground/<search> on `origin`, or null when the static one is already right. */
export function playgroundPreview(origin: string, search: string, title: string): Preview | null {
  const link = readPlaygroundLink(search);
  if (link.kind !== 'scenario') return null;
  const result = evaluateInput(toScenarioInput(link.draft));
  if (!result.ok) return null;
  const tally = tallyOf(result.evaluation.results);
  const encoded = encodePlaygroundParams(link.draft);
  const url = `${origin}/playground/${encoded === '' ? '' : `?${encoded}`}`;
  const words = `${verdictsInWords(result.evaluation.results)}.`;
  const image = `${origin}${tallyImagePath(tally)}`;
  const alt = `${title} — ${tallyHeadline(tally)}: ${words}`;
  const description = `A shared scenario: ${words}${link.problems.length > 0 ? ' Part of the link could not be read and was left at its default.' : ''}`;
  return {
    meta: {
      'og:url': url,
      'og:description': description,
      description,
      'og:image': image,
      'og:image:alt': alt,
      'twitter:image': image,
      'twitter:image:alt': alt,
    },
    oembed: `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`,
  };
}

/**
 * The built page with the preview's values: each `<meta property|name="key" content="…">` the
 * build wrote gets the new content, and the oEmbed discovery link the new href. Only tags the
 * build wrote are touched (the page is ours, not arbitrary HTML); a key the page lacks is an
 * error, so a change to the page's head cannot silently leave a preview half rewritten.
 */
export function applyPreview(html: string, preview: Preview): string {
  let out = html;
  for (const [key, value] of Object.entries(preview.meta)) {
    const pattern = new RegExp(`(<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content=")[^"]*(")`);
    if (!pattern.test(out)) throw new Error(`the page has no <meta> for ${key}`);
    out = out.replace(pattern, (_, before: string, after: string) => `${before}${attribute(value)}${after}`);
  }
  const oembed = /(<link rel="alternate" type="application\/json\+oembed" href=")[^"]*(")/;
  if (!oembed.test(out)) throw new Error('the page has no oEmbed discovery link');
  return out.replace(oembed, (_, before: string, after: string) => `${before}${attribute(preview.oembed)}${after}`);
}
