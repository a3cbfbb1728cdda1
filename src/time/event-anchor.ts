// "In the first days of the invasion": a vague time tied to an event. When the document names
// exactly one dated event (a knowledge-base entity with a start date) whose name holds the
// phrase's head noun, the time takes that event's month.
import type { Entity, TimeExpr } from '../brief/types.js';

export function anchorToEvents(text: string, times: TimeExpr[], entities: readonly Entity[] | undefined): void {
  if (!entities?.length) return;
  const dated = entities.filter((e) => e.type === 'EVENT' && e.kb?.date && /^\d{4}-\d{2}/.test(e.kb.date));
  if (!dated.length) return;
  for (const t of times) {
    if (t.anchor !== 'event') continue;
    const head = /(\p{L}+)\s*$/u.exec(text.slice(t.start, t.end))?.[1]?.toLowerCase();
    if (!head || head.length < 3) continue;
    const words = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u);
    const hits = dated.filter((e) => [e.name, ...e.aliases].some((n) => words(n).includes(head)));
    if (hits.length !== 1) continue;
    const e = hits[0];
    t.value = e.kb!.date!.slice(0, 7);
    t.precision = 'month';
    t.anchor = `event:${e.id}`;
  }
}
