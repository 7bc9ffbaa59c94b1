// Upstream: @astrojs/starlight/dist/components/Search.astro
/** The search button and dialog (Search.astro): Starlight's <site-search>, as changed there. */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
// The search results' styles, as a file of their own: not linked from every page (as an import
// of the CSS would be), only when search is first opened.
import searchStylesHref from '../search-ui.css?url&no-inline';
import { ZERO_RESULTS } from '../search-empty.ts';

/** Links a stylesheet (once it is loaded), after the page's own: their layer order stands. */
const loadStylesheet = (href: string) =>
  new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });

class SiteSearch extends HTMLElement {
  loadSearch: () => Promise<void> = async () => {};
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const label = this.querySelector('.search-label')?.textContent ?? '';
    // Starlight's dialog, written here rather than in every page.
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', label);
    dialog.innerHTML =
      '<div class="dialog-frame sl-flex"><button type="button" data-close-modal class="sl-flex md:sl-hidden"></button>' +
      (import.meta.env.DEV
        ? '<div style="margin: auto; text-align: center; white-space: pre-line;" dir="ltr"><p></p></div>'
        : '<div class="search-container"><div id="starlight__search"></div></div>') +
      '</div>';
    this.append(dialog);
    const closeBtn = dialog.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    closeBtn.textContent = this.dataset.cancel ?? '';
    const warning = dialog.querySelector('p');
    if (warning) warning.textContent = this.dataset.devWarning ?? '';
    const dialogFrame = dialog.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (
        isLink ||
        (document.body.contains(event.target as Node) &&
          !dialogFrame.contains(event.target as Node))
      ) {
        closeModal();
      }
    };

    // Pagefind's box only exists once its code has arrived, a moment after the dialog opens: what
    // the reader types meanwhile (Ctrl+K, then straight on) is kept here and searched for then,
    // rather than lost.
    let typedEarly = '';
    dialog.addEventListener('keydown', (e) => {
      if (this.querySelector('#starlight__search input')) return;
      if (e.key === 'Backspace') typedEarly = typedEarly.slice(0, -1);
      else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) typedEarly += e.key;
    });

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      void this.loadSearch().then(() => this.querySelector('input')?.focus());
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    // An Apple device's shortcut is ⌘ K (the hint shows it: see <html data-mac>, ThemeProvider.astro).
    if (document.documentElement.hasAttribute('data-mac')) openBtn.setAttribute('aria-keyshortcuts', 'Meta+K');
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
        dialog.open ? closeModal() : openModal();
        e.preventDefault();
      }
    });

    let translations = {};
    try {
      translations = JSON.parse(this.dataset.translations || '{}');
    } catch {}
    translations = { placeholder: label, zero_results: ZERO_RESULTS, ...translations };

    const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
    const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
    const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

    // Pagefind's UI is fetched on first open: before that, no search code is downloaded.
    let loading: Promise<void> | undefined;
    this.loadSearch = () =>
      (loading ??= (async () => {
        if (import.meta.env.DEV) return;
        const [{ PagefindUI }] = await Promise.all([
          // @ts-expect-error — Missing types for @pagefind/default-ui package.
          import('@pagefind/default-ui'),
          // Its styles, with it: not in every page's CSS.
          loadStylesheet(searchStylesHref),
        ]);
        const ui = new PagefindUI({
          ...pagefindUserConfig,
          element: '#starlight__search',
          baseUrl: import.meta.env.BASE_URL,
          bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
          showImages: false,
          translations,
          showSubResults: true,
          processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
            result.url = formatURL(result.url);
            result.sub_results = result.sub_results.map((sub_result) => {
              sub_result.url = formatURL(sub_result.url);
              return sub_result;
            });
          },
        });
        if (typedEarly !== '') ui.triggerSearch(typedEarly);
        typedEarly = '';
      })());
  }
}
customElements.define('site-search', SiteSearch);
