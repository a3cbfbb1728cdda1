// Salience: how central an entity is to the article, so the brief lists the main actors first.
// Every mention counts, named ones more than pronouns, early ones (title, lead) more than late.
import type { Block, Mention } from '../../brief/types.js';

const VIA_WEIGHT: Record<string, number> = { pronoun: 0.5, role: 0.8, acronym: 0.8 };

export function rawSalience(mentions: readonly Mention[], blocks: readonly Block[], textLength: number): number {
  let s = 0;
  const title = blocks.find((b) => b.kind === 'title');
  const lead = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'subtitle');
  for (const m of mentions) {
    let w = VIA_WEIGHT[m.via ?? ''] ?? 1;
    if (title && m.start >= title.start && m.end <= title.end) w *= 3;
    else if (lead && m.start >= lead.start && m.end <= lead.end) w *= 1.5;
    // Gentle decay over the text: the first half counts a little more.
    w *= 1.2 - 0.4 * (m.start / Math.max(1, textLength));
    s += w;
  }
  return s;
}
