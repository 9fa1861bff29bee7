/** The Markdown subset of the report's texts: `#`/`##` headings, `-` lists, `**bold**`, paragraphs. */
export type MarkdownBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string };

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length as 1 | 2, text: heading[2] });
    } else if (item) {
      if (paragraph.length) flush();
      (list ??= []).push(item[1]);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Splits a line into plain and bold runs. */
export function inlineRuns(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4
        ? { text: part.slice(2, -2), bold: true }
        : { text: part, bold: false },
    );
}

/** The toolbar's edits on a textarea's value and selection: prefix the selected lines, or wrap the selection. */
export function applyFormat(
  value: string,
  start: number,
  end: number,
  format: 'heading' | 'list' | 'bold',
): { value: string; start: number; end: number } {
  if (format === 'bold') {
    const selected = value.slice(start, end) || 'texte en gras';
    const next = `${value.slice(0, start)}**${selected}**${value.slice(end)}`;
    return { value: next, start: start + 2, end: start + 2 + selected.length };
  }
  const prefix = format === 'heading' ? '## ' : '- ';
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const block = value.slice(lineStart, end);
  const prefixed = block
    .split('\n')
    .map((l) => (l.startsWith(prefix) ? l : prefix + l.replace(/^(#{1,2}\s+|-\s+)/, '')))
    .join('\n');
  const next = value.slice(0, lineStart) + prefixed + value.slice(end);
  return { value: next, start: lineStart, end: lineStart + prefixed.length };
}
