import type { ClientDirective } from 'astro';

/**
 * `client:interaction`: an island's code is fetched when the reader starts to use it, not when the
 * page loads. Until then the reader sees the server-rendered widget, verdict included, and every
 * control already works natively (a select opens, a box ticks, text can be typed), so nothing is
 * lost: what the reader did before the code arrived is replayed into the hydrated widget.
 *
 * Options: `{ params: ['fed.', 'v'] }` hydrates at once when the address carries one of these query
 * parameters (an entry ending in "." is a prefix; "*" is any parameter), because a shared link must open its scenario
 * without waiting for a click.
 */

/** A reader reaching for the widget: press, touch, focus (keyboard) or a key. */
const WAKE = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'dragenter'];
/** What the widget's handlers must still hear once hydrated. */
const RECORD = ['input', 'change', 'click', 'submit'];

const interaction: ClientDirective = (load, options, el) => {
  const pending: Event[] = [];
  let woken = false;

  // Every event counts, not only trusted ones: a form filler or an extension that sets a field
  // and dispatches change is the reader's doing too. The replays below run after these listeners
  // are gone, so they are never recorded again.
  const record = (event: Event): void => {
    // Without its code a form would submit by reloading the page: hold the submit until hydrated.
    if (event.type === 'submit') event.preventDefault();
    if (RECORD.includes(event.type)) pending.push(event);
    void wake();
  };

  const wake = async (): Promise<void> => {
    if (woken) return;
    woken = true;
    const hydrate = await load();
    await hydrate();
    for (const type of [...WAKE, ...RECORD]) el.removeEventListener(type, record, true);
    for (const event of pending) replay(event);
  };

  for (const type of [...WAKE, ...RECORD]) el.addEventListener(type, record, true);
  if (linkAsksFor(options.value)) void wake();
};

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
