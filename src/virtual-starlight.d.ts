// Types for the Starlight virtual modules our overrides use (Search, Sidebar, MobileMenuFooter). Starlight resolves them
// at build time but ships no declarations for them.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: string }; root: string; srcDir: string };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: (props: Record<string, unknown>) => unknown;
  export default MobileMenuFooter;
}
declare module 'virtual:starlight/components/ThemeSelect' {
  const ThemeSelect: (props: Record<string, unknown>) => unknown;
  export default ThemeSelect;
}
declare module 'virtual:starlight/components/*' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
declare module 'virtual:starlight/user-config' {
  const config: { logo?: { alt?: string; replacesTitle?: boolean } };
  export default config;
}
declare module 'virtual:starlight/user-images' {
  type Logo = { src: string; width: number; height: number } | undefined;
  export const logos: { dark?: Logo; light?: Logo };
}
