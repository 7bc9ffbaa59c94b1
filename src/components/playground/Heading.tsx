import type { ComponentChildren } from 'preact';

export interface Props {
  /** The heading level the widget's top heading takes in its page (2 under the page title). */
  level: number;
  id?: string | undefined;
  children: ComponentChildren;
}

/** A heading whose level follows where the widget is embedded, so pages keep a valid outline. */
export function Heading({ level, id, children }: Props) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}
