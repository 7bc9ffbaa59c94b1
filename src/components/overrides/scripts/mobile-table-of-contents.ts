// Upstream: @astrojs/starlight/dist/components/MobileTableOfContents.astro
/** The phone's "On this page" drop-down (MobileTableOfContents.astro): Starlight's <mobile-starlight-toc>, as is. */
// Starlight's element, not in its package's exports: our copy (see its header).
import { StarlightTOC } from './starlight-toc.ts';

class MobileStarlightTOC extends StarlightTOC {
  override set current(link: HTMLAnchorElement) {
    super.current = link;
    const display = this.querySelector('.display-current') as HTMLSpanElement;
    if (display) display.textContent = link.textContent;
  }

  constructor() {
    super();
    const details = this.querySelector('details');
    if (!details) return;
    const closeToC = () => {
      details.open = false;
    };
    // Close the table of contents whenever a link is clicked.
    details.querySelectorAll('a').forEach((a) => {
      a.addEventListener('click', closeToC);
    });
    // Close the table of contents when a user clicks outside of it.
    window.addEventListener('click', (e) => {
      if (!details.contains(e.target as Node)) closeToC();
    });
    // Or when they press the escape key.
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && details.open) {
        const hasFocus = details.contains(document.activeElement);
        closeToC();
        if (hasFocus) {
          const summary = details.querySelector('summary');
          if (summary) summary.focus();
        }
      }
    });
  }
}

customElements.define('mobile-starlight-toc', MobileStarlightTOC);
