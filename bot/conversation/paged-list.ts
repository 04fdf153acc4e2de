import { LIMITS, textLength } from '../whatsapp/limits';
import { fitDescription, fitTitle } from '../whatsapp/fit-text';
import { listMessage } from '../whatsapp/outbound-builders';
import type { InteractiveMessage, ListRow } from '../whatsapp/outbound-types';
import type { Action } from './menu-ids';
import type { Turn } from './turn';

/**
 * Lists longer than the Cloud API's ten rows, shown a page at a time: nine rows and a "More…"
 * row while more follow, up to ten on the last page. Names that do not fit a row title are
 * shortened by `fitTitle` and shown in full in the description.
 */

export interface ListItem {
  action: Action;
  /** The full name; shortened for the title when needed. */
  name: string;
  /** A second line (fee, status, date), shown when the name fits the title. */
  detail?: string;
}

const PAGE_WITH_MORE = LIMITS.listRows - 1;

/** How many pages `count` items take. */
export function pageCount(count: number): number {
  return count <= LIMITS.listRows ? 1 : Math.ceil((count - LIMITS.listRows) / PAGE_WITH_MORE) + 1;
}

/** The items of page `page` (clamped to the pages there are) and whether more follow. */
export function pageSlice<T>(items: readonly T[], page: number): { page: number; items: T[]; more: boolean } {
  const last = pageCount(items.length) - 1;
  const current = Math.min(Math.max(0, Math.floor(page)), last);
  const start = current * PAGE_WITH_MORE;
  const more = current < last;
  return { page: current, items: items.slice(start, start + (more ? PAGE_WITH_MORE : LIMITS.listRows)), more };
}

/** One row: a title that fits (or "Option n"), and the full name below it when the title had to be shortened. */
export function listRow(turn: Turn, item: ListItem, position: number): ListRow {
  const fitted = fitTitle(item.name);
  const title = fitted ?? turn.m.list.option(position);
  const row: ListRow = { id: turn.id(item.action), title };
  let description: string | undefined;
  if (title !== item.name) {
    const both = item.detail ? `${item.name} · ${item.detail}` : item.name;
    description = textLength(both) <= LIMITS.rowDescription ? both : fitDescription(item.name);
  } else if (item.detail) {
    description = fitDescription(item.detail);
  }
  if (description) row.description = description;
  return row;
}

export interface PagedListSpec {
  body: string;
  button: string;
  items: readonly ListItem[];
  page: number;
  header?: string;
}

/** The list message for one page, and the page actually shown. */
export function pagedList(turn: Turn, spec: PagedListSpec): { message: InteractiveMessage; page: number } {
  const { page, items, more } = pageSlice(spec.items, spec.page);
  const pages = pageCount(spec.items.length);
  const offset = page * PAGE_WITH_MORE;
  const rows = items.map((item, index) => listRow(turn, item, offset + index + 1));
  if (more) {
    rows.push({
      id: turn.id({ do: 'more' }),
      title: turn.m.list.more,
      description: turn.m.list.moreDescription(page + 2, pages),
    });
  }
  const body = pages > 1 ? `${spec.body}\n\n(${turn.m.list.page(page + 1, pages)})` : spec.body;
  const message = listMessage(body, spec.button, rows, spec.header === undefined ? {} : { header: spec.header });
  return { message, page };
}
