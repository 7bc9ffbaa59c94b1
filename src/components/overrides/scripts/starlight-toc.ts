/**
 * Starlight's <starlight-toc> element (the "On this page" list's current-heading tracking), copied
 * because Starlight does not export it: importing it by its path inside node_modules broke the
 * "public exports only" rule and would break silently on a Starlight upgrade.
 *
 * Upstream: @astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js
 * Origin: Starlight 0.42.9 (unchanged since 0.42.4), src/components-internals/TableOfContents/starlight-toc.ts
 *   (https://github.com/withastro/starlight), MIT licence, Copyright (c) 2023 [Astro contributors].
 * Changes: PAGE_TITLE_ID inlined (Starlight's src/constants.ts); types added. Nothing else.
 */
/** Starlight's id for the page title (src/constants.ts). */
const PAGE_TITLE_ID = '_top';

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  private minH = parseInt(this.dataset['minH'] || '2', 10);
  private maxH = parseInt(this.dataset['maxH'] || '3', 10);

  /**
   * CSS selector string that matches only headings that can appear in the table of contents.
   * Generates a selector like `h1#_top,:where(h2,h3)[id]`.
   */
  protected tocHeadingSelector = `h1#${PAGE_TITLE_ID},:where(${[...Array.from({ length: 1 + this.maxH - this.minH }).map((_, index) => `h${this.minH + index}`)].join()})[id]`;

  protected set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    if (this._current) this._current.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  private onIdle = (cb: IdleRequestCallback) => (window.requestIdleCallback || ((cb) => setTimeout(cb, 1)))(cb);

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  private init = (): void => {
    /** All the links in the table of contents. */
    const links = [...this.querySelectorAll('a')];

    /** Test if an element is a table-of-contents heading. */
    const isHeading = (el: Element): el is HTMLHeadingElement => el.matches(this.tocHeadingSelector);

    /** Walk up the DOM to find the nearest heading. */
    const getElementHeading = (el: Element | null): HTMLHeadingElement | null => {
      while (el) {
        if (el.matches('.sl-markdown-content, main > *')) return document.getElementById(PAGE_TITLE_ID) as HTMLHeadingElement | null;
        if (isHeading(el)) return el;
        const childHeading = el.querySelector<HTMLHeadingElement>(this.tocHeadingSelector);
        if (childHeading) return childHeading;
        let prev = el.previousElementSibling;
        while (prev?.lastElementChild) prev = prev.lastElementChild;
        el = prev ?? el.parentElement;
      }
      return null;
    };

    /** Handle intersections and set the current link to the heading for the current intersection. */
    const setCurrent: IntersectionObserverCallback = (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const heading = getElementHeading(target);
        if (!heading) continue;
        const link = links.find((link) => link.hash === '#' + encodeURIComponent(heading.id));
        if (link) {
          this.current = link;
          break;
        }
      }
    };

    const toObserve = document.querySelectorAll(
      [
        `main :where(${this.tocHeadingSelector})`,
        `main :where(${this.tocHeadingSelector}, .sl-heading-wrapper) ~ *:not(:has(${this.tocHeadingSelector}))`,
        `main .sl-markdown-content > *:not(:has(${this.tocHeadingSelector}))`,
        `main > *:not(:has(${this.tocHeadingSelector}))`,
      ].join(),
    );

    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(setCurrent, { rootMargin: this.getRootMargin() });
      toObserve.forEach((h) => observer!.observe(h));
    };
    observe();

    let timeout: ReturnType<typeof setTimeout>;
    window.addEventListener('resize', () => {
      if (observer) {
        observer.disconnect();
        observer = undefined;
      }
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  private getRootMargin(): `-${number}px 0% ${number}px` {
    /** Start intersections at nav height + 2rem padding. */
    const top = (document.querySelector('header')?.getBoundingClientRect().height || 0) + (this.querySelector('summary')?.getBoundingClientRect().height || 0) + 32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

customElements.define('starlight-toc', StarlightTOC);
