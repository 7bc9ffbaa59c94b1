declare module 'virtual:lf/command-tokens' {
  /** Build-time highlighting of every command the rules can generate (src/integrations/command-tokens.ts). */
  const table: import('./highlight/command-tokens.ts').CommandTokenTable;
  export default table;
}
declare module 'virtual:lf/rule-conditions' {
  /** Short text of each playground rule the trace catalogue points to (src/integrations/command-tokens.ts). */
  const conditions: Readonly<Record<string, string>>;
  export default conditions;
}

interface ImportMetaEnv {
  /** The project's "new issue" address, set at build time (ISSUES_URL; astro.config.mjs); empty: none. */
  readonly ISSUES_URL: string;
  /** The site's version (package.json), set at build time. */
  readonly SITE_VERSION: string;
}
