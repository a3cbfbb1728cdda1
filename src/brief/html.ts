import type { Brief } from './types.js';
export function renderHtml(b: Brief): string {
  return `<!doctype html><title>${b.meta.title ?? ''}</title>`;
}
