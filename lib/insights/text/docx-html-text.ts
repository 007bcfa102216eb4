/** Separates a table row's cells in extracted text, so key–value rows ("Governing law | Scotland") survive as one line. */
export const CELL_SEPARATOR = " | ";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

const decode = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

/**
 * Mammoth's HTML of a Word body as text: one paragraph or heading per block, and each table row on one
 * line with its cells separated, the way a reader sees a key-details table. (Mammoth's raw-text mode
 * puts every cell on a line of its own, which loses which value belongs to which label.)
 */
export function docxHtmlToText(html: string): string {
  const blocks: string[] = [];
  const tables = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
  let from = 0;
  for (const table of html.matchAll(tables)) {
    blocks.push(...paragraphs(html.slice(from, table.index)));
    for (const row of table[1].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells = [...row[1].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => paragraphs(cell[1]).join(" ").trim());
      blocks.push(cells.filter(Boolean).join(CELL_SEPARATOR));
    }
    from = table.index + table[0].length;
  }
  blocks.push(...paragraphs(html.slice(from)));
  return blocks.join("\n\n");
}

function paragraphs(html: string): string[] {
  return [...html.matchAll(/<(p|h\d|li)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => decode(m[2]));
}
