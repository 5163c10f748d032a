/**
 * A dashboard table that scrolls sideways inside its own box on a phone, never the page: a region
 * a keyboard can reach and scroll, named by the table's caption.
 * @module
 */
export function scrollingTable(caption: string, className: string): { scroller: HTMLDivElement; table: HTMLTableElement } {
  const scroller = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', caption);
  const table = document.createElement('table');
  table.className = className;
  table.createCaption().textContent = caption;
  scroller.append(table);
  return { scroller, table };
}
