/**
 * The sidebars' DOM building, one copy for every page: elements with text set through textContent (never
 * innerHTML, so sheet text stays text), and table header rows whose cells name their column for screen readers.
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
