// Reading CheckThat! task 1 TSV files: a header, then Sentence_id<TAB>Text[<TAB>class_label].
// Text fields may be CSV-quoted ("...""..."""), as in the lab's files.

export interface TsvRow {
  id: string;
  text: string;
  label?: 'Yes' | 'No';
}

export function unquoteField(s: string): string {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/""/g, '"');
  return s;
}

/** Parses the file's rows; `header` is the first line as given. Blank lines are skipped. */
export function parseCheckThatTsv(content: string): { header: string[]; rows: TsvRow[]; bad: number[] } {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const textCol = Math.max(0, header.findIndex((h) => h.trim().toLowerCase() === 'text'));
  const idCol = Math.max(0, header.findIndex((h) => h.trim().toLowerCase() === 'sentence_id'));
  const labelCol = header.findIndex((h) => h.trim().toLowerCase() === 'class_label');
  const rows: TsvRow[] = [];
  const bad: number[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols.length <= Math.max(idCol, textCol === idCol ? 1 : textCol)) {
      bad.push(n + 1);
      continue;
    }
    const row: TsvRow = { id: cols[idCol].trim(), text: unquoteField(cols[textCol === idCol ? 1 : textCol]) };
    if (labelCol >= 0) {
      const l = cols[labelCol]?.trim();
      if (l === 'Yes' || l === 'No') row.label = l;
    }
    rows.push(row);
  }
  return { header, rows, bad };
}
