declare module 'virtual:lf/command-tokens' {
  /** Build-time highlighting of every command the rules can generate (src/integrations/command-tokens.ts). */
  const table: import('./components/playground/command-tokens.ts').CommandTokenTable;
  export default table;
}
