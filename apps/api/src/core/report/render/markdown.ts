/**
 * The Markdown subset directors write their texts in ("faits marquants", "perspectives"): `#`/`##` headings, `-`
 * (or `*`) list items, `**bold**`, paragraphs separated by a blank line. Anything else stays plain text: a director's
 * text is never interpreted as markup beyond this.
 */
export interface Inline {
  text: string;
  bold: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'paragraph'; inlines: Inline[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const ITEM = /^\s*[-*•]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    if (items) blocks.push({ kind: 'list', items: items.map(parseInlines) });
    paragraph = [];
    items = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = ITEM.exec(raw);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length === 1 ? 1 : 2, inlines: parseInlines(heading[2]) });
    } else if (item) {
      if (paragraph.length) flush();
      (items ??= []).push(item[1].trim());
    } else if (items && /^\s/.test(raw)) {
      // an indented line continues the list item above it
      items[items.length - 1] += ` ${line}`;
    } else {
      if (items) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** `**bold**` spans; an unpaired `**` is kept as text. */
function parseInlines(text: string): Inline[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) return [{ text, bold: false }];
  return parts.map((part, i) => ({ text: part, bold: i % 2 === 1 })).filter((inline) => inline.text !== '');
}
