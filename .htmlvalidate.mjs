// html-validate's configuration for the built site (dist/**/*.html), checked by
// test/e2e/html-validate.test.ts and usable as `npx html-validate dist`.
//
// A module rather than .htmlvalidate.json so that every exception can say why it is there.
// Everything is html-validate:recommended. The only exceptions are for markup that Starlight or
// Astro write and we cannot change (no component override reaches it): for
// those, the rule is swapped for a copy (same name with an "lf/" prefix, same options) that skips
// exactly the third-party elements listed below and still checks every other element. Markup we
// write (src/components/**, src/pages/**, content/**, including our Starlight overrides in
// src/components/overrides/) is held to every rule.
import { builtinRules, defineConfig, definePlugin } from 'html-validate';

/**
 * rule → is this element third-party markup? Given the element the rule reports on and the report
 * itself (whose context names, for example, the id in question).
 */
const THIRD_PARTY = {
  // Starlight's mobile menu toggle (MobileMenuToggle.astro) works by script, outside any form,
  // so the default type="submit" never submits anything.
  'no-implicit-button-type': (node) => node.matches('.sl-menu-button'),

  // Astro puts one <style> before the first island of a page, wherever in the body that island is.
  'element-permitted-content': (node) =>
    node.is('style') && node.textContent.trim() === 'astro-island,astro-slot,astro-static-slot{display:contents}',

  // Starlight's right sidebar: an unnamed <aside> holding the table of contents twice (one for
  // narrow and one for wide screens, only one ever shown), both navs named "On this page".
  'unique-landmark': (node) => node.closest('.right-sidebar-container') !== null,

  // Starlight gives every page's <h1> id="_top" (the table of contents' first link targets it).
  'valid-id': (_node, report) => report.context?.id === '_top',

  // Starlight's <Steps> writes <ol role="list"> on purpose: with list-style: none, Safari
  // (VoiceOver) otherwise stops announcing it as a list.
  'no-redundant-role': (node) => node.matches('ol.sl-steps'),
};

/** A copy of a built-in rule that ignores reports on the third-party elements listed above. */
function exceptThirdParty(name, isThirdParty) {
  const Base = builtinRules[name];
  if (!Base) throw new Error(`.htmlvalidate.mjs: html-validate has no rule "${name}"`);
  return class extends Base {
    report(...args) {
      const report = args.length === 1 && args[0] && typeof args[0] === 'object' && 'message' in args[0] ? args[0] : { node: args[0], context: args[3] };
      if (report.node && isThirdParty(report.node, report)) return;
      super.report(...args);
    }
  };
}

const plugin = definePlugin({
  name: 'lf',
  rules: Object.fromEntries(Object.entries(THIRD_PARTY).map(([name, entry]) => [`lf/${name}`, exceptThirdParty(name, entry)])),
});

export default defineConfig({
  plugins: [plugin],
  extends: ['html-validate:recommended'],
  rules: {
    // Off everywhere: whether a void element is written <meta> or <meta /> is not ours to choose.
    // We never write serialized HTML: Astro's compiler and Preact's renderToString write <meta />
    // and <input />, while Starlight's head writes <meta>, so no single style can be met.
    'void-style': 'off',
    ...Object.fromEntries(Object.keys(THIRD_PARTY).flatMap((name) => [[name, 'off'], [`lf/${name}`, 'error']])),
  },
});
