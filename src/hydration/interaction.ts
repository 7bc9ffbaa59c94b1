import type { ClientDirective } from 'astro';

/**
 * `client:interaction`: a widget that answers the reader's first touch without a wait, and never
 * slows the page down to do so.
 *
 * 1. Until its code runs, the reader sees the server-rendered widget, verdict included, and every
 *    control already works natively (a select opens, a box ticks, text can be typed).
 * 2. Warm: after the page's load event, when the widget comes near the viewport (NEAR; at once when
 *    it is above the fold), its code is fetched at idle (Astro's `load`: the component's modules and
 *    the renderer are imported; no component code runs). So the page's first render never competes
 *    with it, and a widget far down a page the reader never scrolls to costs nothing.
 * 3. Hydrate: on the reader's first reach for the widget (press, touch, focus, key), with the code
 *    already there. What the reader did before the widget was hydrated is replayed into it, so no
 *    click or keystroke is lost. Why not at idle (measured with bench/first-use.ts and Lighthouse,
 *    CPU ×4): hydrating the playground at idle is a 100–220 ms task on a phone right after the page
 *    loads, which blocks a reader who scrolls just then (Lighthouse's blocking time 430 ms,
 *    performance 89; the Edge configuration reader's page 96–99), while hydrating on the touch
 *    answers the playground in 0.14 of the page's load time and the slowest widget, the Edge
 *    configuration reader, in about 0.16 (its pasted table is laid out line by line; it works out
 *    its example's answer at idle, so the touch only hydrates: see edge-outcome.ts).
 * 4. A failed load is said, not silent: when the code cannot be fetched (offline, a flaky phone
 *    connection, a deploy that replaced the files) and the reader is using the widget, a short
 *    notice above the widget says so and offers "Try again"; the server-rendered widget stays
 *    readable and what the reader typed stays in the fields, to be replayed once the code arrives.
 *    A failed warm-up stays quiet: the reader's first touch tries again.
 *
 * Options: `{ params: ['fed.', 'v'] }` hydrates at once when the address carries one of these query
 * parameters (an entry ending in "." is a prefix; "*" is any parameter), because a shared link must
 * open its scenario without waiting for a click.
 */

/** A reader reaching for the widget: press, touch, focus (keyboard) or a key. */
const WAKE = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'dragenter'];
/** What the widget's handlers must still hear once hydrated. */
const RECORD = ['input', 'change', 'click', 'submit'];
/** How near the viewport a widget must come for its code to be fetched: one screen above or below. */
const NEAR = '100% 0px';

type Hydrate = () => Promise<void>;

const interaction: ClientDirective = (load, options, el) => {
  const pending: Event[] = [];
  /** The code being fetched or fetched (null: not yet, or the last try failed). */
  let code: Promise<Hydrate | null> | null = null;
  let hydrating: Promise<void> | null = null;
  /** The reader (or a shared link) is waiting for this widget: a failure must be said. */
  let awaited = false;
  let notice: HTMLElement | null = null;

  /** Fetches the island's modules; null when they could not be fetched. */
  const fetchCode = (): Promise<Hydrate | null> => {
    code ??= new Promise<Hydrate | null>((resolve) => {
      // Astro's loader catches an import that fails (after one retry of its own), reports it with a
      // cancelable astro:hydration-error event on the island and resolves to a no-op.
      let failed = false;
      const onError = (event: Event) => {
        failed = true;
        event.preventDefault(); // said in the page (below), not only in the console
      };
      el.addEventListener('astro:hydration-error', onError);
      load().then(
        (hydrate) => finish(failed ? null : hydrate),
        () => finish(null),
      );
      function finish(hydrate: Hydrate | null) {
        el.removeEventListener('astro:hydration-error', onError);
        if (!hydrate) code = null; // the next attempt fetches again
        resolve(hydrate);
      }
    });
    return code;
  };

  const start = (): Promise<void> => {
    hydrating ??= (async () => {
      const hydrate = await fetchCode();
      if (!hydrate) {
        hydrating = null;
        if (awaited) sayFailed();
        return;
      }
      await hydrate();
      for (const type of [...WAKE, ...RECORD]) el.removeEventListener(type, record, true);
      notice?.remove();
      notice = null;
      // Replayed at once, before the widget's mount effects run: the first render that follows
      // (any effect that sets a signal causes one) writes the state's values back into the
      // controls, so a replay after it would read the reset control, not what the reader chose.
      // So a widget's mount effects see the replayed change already made: a widget that notes the
      // state it opened with must take it at its first render, not in an effect, or the first
      // change is taken for the opening state and never reaches the link (issue 27; see
      // useWidgetPermalink).
      for (const event of pending.splice(0)) replay(event);
    })();
    return hydrating;
  };

  // Every event counts, not only trusted ones: a form filler or an extension that sets a field
  // and dispatches change is the reader's doing too. The replays run after these listeners are
  // gone, so they are never recorded again.
  const record = (event: Event): void => {
    // Without its code a form would submit by reloading the page: hold the submit until hydrated.
    if (event.type === 'submit') event.preventDefault();
    if (RECORD.includes(event.type)) pending.push(event);
    awaited = true;
    // After a failure the reader chooses when to try again (the notice's button): each keystroke
    // is kept, but does not fire another request.
    if (!notice) void start();
  };

  /** The notice above the widget: what happened, that nothing is lost, and a way to try again. */
  const sayFailed = (): void => {
    if (notice) return;
    notice = document.createElement('div');
    notice.className = 'lf-notice lf-load-failed not-content';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('data-testid', 'widget-load-failed');
    const text = document.createElement('p');
    text.textContent = `${navigator.onLine === false ? 'You seem to be offline: this' : 'This'} widget’s code could not be loaded, so it cannot answer your changes yet. What it shows is for its example settings; what you typed is kept.`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lf-button';
    button.textContent = 'Try again';
    button.addEventListener('click', retry);
    notice.append(text, button);
    el.before(notice);
    if (awaited) notice.scrollIntoView({ block: 'nearest' });
  };

  const retry = (): void => {
    const button = notice?.querySelector('button');
    if (button) {
      button.disabled = true;
      button.textContent = 'Loading…';
    }
    void start().then(() => {
      // Still failing: the notice stays, its button usable again.
      if (notice && button) {
        button.disabled = false;
        button.textContent = 'Try again';
      }
    });
  };
  // Back online with a notice showing: try again without being asked.
  window.addEventListener('online', () => notice && retry());

  for (const type of [...WAKE, ...RECORD]) el.addEventListener(type, record, true);

  if (linkAsksFor(options.value)) {
    awaited = true;
    void start();
    return;
  }
  const warm = () => {
    const begin = () =>
      idle(() => {
        void fetchCode();
      });
    // An island's own element has no box (display: contents): watch what it renders.
    const boxes = [...el.children];
    if (boxes.length === 0 || typeof IntersectionObserver === 'undefined') return begin();
    const watcher = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        watcher.disconnect();
        begin();
      },
      { rootMargin: NEAR },
    );
    for (const box of boxes) watcher.observe(box);
  };
  if (document.readyState === 'complete') warm();
  else window.addEventListener('load', warm, { once: true });
};

/** Runs `task` when the browser is idle (within 2 s at the latest). */
function idle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

function linkAsksFor(value: unknown): boolean {
  const params = typeof value === 'object' && value !== null && 'params' in value ? (value as { params: unknown }).params : [];
  if (!Array.isArray(params) || params.length === 0) return false;
  const keys = [...new URLSearchParams(window.location.search).keys()];
  return params.some((param) =>
    typeof param === 'string' && keys.some((key) => param === '*' || (param.endsWith('.') ? key.startsWith(param) : key === param)),
  );
}

/**
 * Gives a recorded event to the hydrated widget. The browser already did each event's native part
 * (the select shows its new option, the box is ticked, the text is typed), so only the widget's
 * handler must run: input and change are dispatched again to read the control's current state; a
 * click is repeated only on plain buttons (repeating it on a checkbox, a link or a <summary> would
 * undo or repeat the native action); a held submit is requested again.
 */
function replay(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element) || !target.isConnected) return;
  if (event.type === 'submit') {
    if (target instanceof HTMLFormElement) target.requestSubmit();
    return;
  }
  if (event.type === 'click') {
    const button = target.closest('button');
    if (button && button.type === 'button' && !button.disabled) button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return;
  }
  target.dispatchEvent(new Event(event.type, { bubbles: true }));
}

export default interaction;
