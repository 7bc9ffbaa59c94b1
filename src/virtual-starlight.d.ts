// Types for the two Starlight virtual modules our Search override uses. Starlight resolves them
// at build time but ships no declarations for them.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: string }; root: string; srcDir: string };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
