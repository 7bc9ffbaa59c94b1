// Upstream: @astrojs/starlight/dist/components/PageFrame.astro
/** The sidebar pane (PageFrame.astro): Starlight's <sl-sidebar-pane>, as is. */
// The mobile menu uses the popover API to open and close without JavaScript. We enhance this
// behaviour with focus trapping while the menu is open.
class StarlightSidebarPane extends HTMLElement {
  constructor() {
    super();
    const desktopMediaQuery = matchMedia('(min-width: 50em)');
    // Remove the popover attribute on desktop viewports. It's only needed for the mobile menu.
    const resetPopoverAttribute = () => {
      this.popover = desktopMediaQuery.matches ? null : 'auto';
    };
    resetPopoverAttribute();
    desktopMediaQuery.addEventListener('change', () => resetPopoverAttribute());
    // Update the menu state when the sidebar popover is toggled.
    this.addEventListener('toggle', ({ newState }) => this.trapFocus(newState === 'open'));
  }

  /** Trap keyboard focus inside the header and menu when the menu is expanded. */
  trapFocus(shouldTrap: boolean) {
    document.querySelectorAll<HTMLElement>('.main-frame, .sl-skip-link').forEach((el) => {
      el.toggleAttribute('inert', shouldTrap);
    });
  }
}
customElements.define('sl-sidebar-pane', StarlightSidebarPane);
