import { OVERLAY_ATTRIBUTE } from '../selectors';

/**
 * What the overlay created, known only to the content script: a WeakSet in its isolated world, which
 * no page can add to, copy or read. The contract attribute (`data-nilai-kerja`) and the `nk-` class
 * are for people who script against the page; they never decide what is ours, because a page can
 * use the same class, and cloning a row (or re-rendering it from its HTML) copies the attribute
 * onto an element that is no longer ours.
 */
const owned = new WeakSet<Node>();
/** The shadow root of each element we made, reached through here rather than `host.shadowRoot`. */
const roots = new WeakMap<Element, ShadowRoot>();

/**
 * Closed: the page's own scripts get `null` for `host.shadowRoot`, so the reason boxes and the panel
 * (names, predikat, lists of people) are not readable through our DOM (CONTRACT.md#privacy). The
 * overlay reaches its roots only through shadowOf; tests reach them through the DevTools protocol
 * (tools/browser/shadow.ts), which no page script holds.
 */
const SHADOW_MODE: ShadowRootMode = 'closed';

/** Marks an element as ours (and remembers it, so switching off can remove exactly what we made). */
export function own<T extends Element>(element: T): T {
  owned.add(element);
  track(element);
  return element;
}

export const isOwned = (node: Node | null | undefined): boolean => node != null && owned.has(node);

/** The shadow root of an element of ours (not clonable: a page's copy of the element stays empty). */
export function attachRoot(host: Element): ShadowRoot {
  const root = host.attachShadow({ mode: SHADOW_MODE });
  roots.set(host, root);
  return root;
}

export const shadowOf = (host: Element): ShadowRoot | undefined => roots.get(host);

/** A page copy of one of our badges: it has the contract attribute but we never made it. */
export const isBadgeCopy = (element: Element): boolean =>
  element.getAttribute(OVERLAY_ATTRIBUTE) === 'badge' && !owned.has(element);

/**
 * Removes the page's copies of our badges directly inside `container` (a cell we write a badge to):
 * a row cloned with `cloneNode` or re-rendered from `outerHTML` carries a copy of the badge it had,
 * which would show twice (an empty, focusable span with stale data). Our own badges stay.
 */
export function removeBadgeCopies(container: Element): void {
  for (let child = container.firstElementChild; child; ) {
    const next = child.nextElementSibling;
    if (isBadgeCopy(child)) child.remove();
    child = next;
  }
}

/** Every element we made, held weakly: a badge dropped with its row is collected as usual. */
const registry = new Set<WeakRef<Element>>();
let pruneAt = 4096;

function track(element: Element): void {
  registry.add(new WeakRef(element));
  if (registry.size < pruneAt) return;
  // A page that re-renders its rows all day makes new badges all day: forget the collected ones (a
  // detached one is kept: DataTables puts the rows of another page back later, badges and all).
  for (const ref of registry) if (ref.deref() === undefined) registry.delete(ref);
  pruneAt = Math.max(4096, registry.size * 2);
}

/** Removes every element we made (overlay off): never a page element, whatever its class or id. */
export function removeOwned(): void {
  for (const ref of registry) {
    ref.deref()?.remove();
  }
  registry.clear();
}
