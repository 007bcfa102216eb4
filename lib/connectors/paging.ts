export type Page<T> = {
  items: T[];
  /** Total across all pages, when the remote says. */
  total?: number;
  /** The remote sent everything at once (no paging node, or it ignored `limit`). */
  complete?: boolean;
};

/** Yields every item of an offset/limit listing, stopping on a short page, the total, or no paging. */
export async function* allPages<T>(limit: number, fetchPage: (offset: number, limit: number) => Promise<Page<T>>): AsyncGenerator<T> {
  let offset = 0;
  for (;;) {
    const page = await fetchPage(offset, limit);
    yield* page.items;
    offset += page.items.length;
    const short = page.items.length < limit;
    const ignoredLimit = page.items.length > limit;
    if (page.complete || short || ignoredLimit || (page.total !== undefined && offset >= page.total)) return;
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
