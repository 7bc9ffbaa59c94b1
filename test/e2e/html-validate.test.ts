/**
 * Valid HTML: every built page (every .html under dist/, the embeds and 404 included) passes
 * html-validate's recommended rules, as configured in .htmlvalidate.mjs (which lists, with
 * reasons, the few Starlight/Astro elements some rules skip). In the browser
 * project because it reads the build, which `npm test` makes after the unit tests.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from './dist.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

const pages = builtFiles('.html');
// The configuration is looked up from each file's directory up to the project root, as the CLI does.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessage(file: string, message: Message): string {
  return `${relative(root, file)}:${message.line}:${message.column} [${message.ruleId}] ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

describe('valid HTML (html-validate:recommended)', () => {
  it('has a build to check', () => {
    expect(pages.length, 'dist/ has no built pages: run `npm run build` first (npm test does)').toBeGreaterThan(0);
    expect(pages.map((page) => relative(dist, page))).toEqual(expect.arrayContaining(['index.html', '404.html']));
    expect(pages.some((page) => relative(dist, page).startsWith('embed/'))).toBe(true);
  });

  it.each(pages.map((page) => [relative(dist, page), page] as const))('%s has no errors', async (_name, page) => {
    const report = await validator.validateFile(page);
    const messages = report.results.flatMap((result) => result.messages.map((message) => describeMessage(result.filePath, message)));
    expect(messages, messages.join('\n')).toEqual([]);
  });

  // The exceptions in .htmlvalidate.mjs must stay narrow: the same markup outside Starlight's
  // wrappers, as our own components could write it, is still an error.
  it('still reports, in our own markup, what it lets pass in third-party markup', async () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ours</title></head><body><main>
      <h1 id="_top">Starlight's heading id</h1><h2 id="_ours">Ours</h2>
      <button class="sl-menu-button" aria-label="Starlight's">x</button><button class="lf-copy">Ours</button>
      <pre><code><div>x</div></code></pre>
      <button title="Ours" type="button"></button>
      <ol role="list" class="sl-steps"><li>Starlight's</li></ol><ol role="list"><li>Ours</li></ol>
      <nav aria-label="Same"></nav><nav aria-label="Same"></nav>
      <div><style>p { color: red; }</style></div>
    </main></body></html>`;
    const report = await validator.validateString(html, join(dist, 'exceptions-check.html'));
    const found = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.ruleId}`)).sort();
    expect(found).toEqual(
      [
        '2:lf/valid-id', // _ours
        '3:lf/no-implicit-button-type', // ours, not Starlight's menu button
        '4:lf/element-permitted-content', // div in code
        '5:text-content', // named by its title only: no exception left for this rule
        '6:lf/no-redundant-role', // role="list" without Starlight's sl-steps
        '7:lf/unique-landmark',
        '7:lf/unique-landmark',
        '8:lf/element-permitted-content', // a <style> that is not Astro's island style
      ].sort(),
    );
  });
});
