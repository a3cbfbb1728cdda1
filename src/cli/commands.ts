// The command registry: one file per command under src/cli/, loaded on demand so that a
// command's start-up pays only for what it uses.
export interface Command {
  summary: string;
  load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

export const COMMANDS: Record<string, Command> = {
  analyze: { summary: 'the brief of each article (file, URL or -)', load: () => import('./analyze.js') },
  ner: { summary: 'named-entity tags (IOB2) for CoNLL-column tokens (file or -)', load: () => import('./ner.js') },
  claims: { summary: 'check-worthiness of sentences in a CheckThat! TSV', load: () => import('./claims.js') },
  extract: { summary: 'clean text and metadata of each page', load: () => import('./extract.js') },
  timeml: { summary: 'TimeML in, the same TimeML with TIMEX3 tags added out', load: () => import('./timeml.js') },
  serve: { summary: 'the HTTP API and the web app over a corpus', load: () => import('./serve.js') },
};
