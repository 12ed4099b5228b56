/**
 * The sidebars' DOM building, one copy for every page: elements with text set through textContent (never
 * innerHTML, so sheet text stays text), table header rows whose cells name their column for screen readers,
 * labels tied to their control, and the status line under every page.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A header row of column headings (`<th scope="col">`), in order. */
export function headerRow(headings: readonly string[]): HTMLTableRowElement {
  const row = el('tr');
  for (const heading of headings) {
    const th = el('th', heading);
    th.scope = 'col';
    row.appendChild(th);
  }
  return row;
}

/** A button that submits nothing (type="button"), so it only does what its click handler does. */
export function button(text: string, id?: string, className?: string): HTMLButtonElement {
  const node = el('button', text, className);
  node.type = 'button';
  if (id) node.id = id;
  return node;
}

/** A `<label for>` naming the control with that id, so a screen reader says it on the control. */
export function labelFor(text: string, id: string, className?: string): HTMLLabelElement {
  const label = el('label', text, className);
  label.htmlFor = id;
  return label;
}

/** An option of a select: what it sends (`value`) and what it shows. */
export function option(value: string, label: string): HTMLOptionElement {
  const node = el('option', label);
  node.value = value;
  return node;
}

/** A list of notes or result lines (`ul.notes`), one item per line. */
export function noteList(lines: readonly string[], id?: string): HTMLUListElement {
  const list = el('ul', undefined, 'notes');
  if (id) list.id = id;
  for (const line of lines) list.appendChild(el('li', line));
  return list;
}

/** Says `text` in the page's status line; `error` marks it as a failure. */
export type Say = (text: string, error?: boolean) => void;

/** The status line (#status, role="status", so a screen reader reads each new text) as a `Say`. */
export function statusLine(status: HTMLElement): Say {
  return (text, error = false) => {
    status.className = error ? 'status error' : 'status';
    status.textContent = text;
  };
}
