// CoNLL column files: documents (split at -DOCSTART-) of sentences (split at blank lines), the
// token in the first column and, when present, the gold tag in the last.

export interface ConllSentence {
  tokens: string[];
  /** Gold tags (last column) when the lines have more than one column. */
  tags: string[] | null;
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses CoNLL text into documents; lines before any -DOCSTART- form a first document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let tokens: string[] = [];
  let tags: string[] = [];
  let tagged = true;
  const flush = () => {
    if (!tokens.length) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push({ tokens, tags: tagged ? tags : null });
    tokens = [];
    tags = [];
    tagged = true;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    tokens.push(cols[0]);
    if (cols.length > 1) tags.push(cols[cols.length - 1]);
    else tagged = false;
  }
  flush();
  return docs;
}
