import type { Brief } from './types.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';

export type BriefFormat = 'md' | 'json' | 'jsonl' | 'html';

export function renderBrief(brief: Brief, format: BriefFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(brief, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(brief) + '\n';
    case 'html':
      return renderHtml(brief);
    case 'md':
      return renderMarkdown(brief);
  }
}
