import type { Brief } from './types.js';
export function renderMarkdown(b: Brief): string {
  return `# ${b.meta.title ?? '(untitled)'}\n`;
}
