// Pronouns that head a reported-speech or quotation clause ("He also stated ...", "..., she said")
// resolve to the most recently mentioned person, within a few sentences.
import type { Mention, Span } from '../../brief/types.js';
import type { Cluster } from './types.js';

const SPEECH =
  'said|says|stated|states|added|adds|told|tells|noted|notes|warned|warns|claimed|claims|argued|argues|insisted|insists|explained|announced|declared|stressed|emphasised|emphasized|reported|revealed|denied|denies|asserted|acknowledged|admitted|suggested|promised|pledged|vowed|urged|wrote|replied|reiterated|expressed|confirmed|threatened|accused|believes|thinks|recalled|repeated|assured|spoke|complained|predicted|called|went\\s+on';
const FILLER = `(?:also|then|later|further|again|has|had|have|would|will|was|repeatedly|once|publicly|previously|recently|[a-z]+ly|[“"][^”"\\n]{1,40}[”"])`;
const PRONOUN_RE = new RegExp(`\\b(He|She|he|she)\\s+(?:${FILLER}\\s+){0,3}(?:${SPEECH})\\b`, 'g');

/** Bound for hostile input: pronoun mentions added per document. */
const MAX_PRONOUNS = 1000;

/** How many sentences back a pronoun may reach for its person. */
const MAX_SENTENCES_BACK = 3;

export function resolvePronouns(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  of: Map<Mention, Cluster>,
): Mention[] {
  const added: Mention[] = [];
  const persons = mentions.filter((m) => of.get(m)?.tag === 'PER').sort((a, b) => a.start - b.start);
  const sentenceIndex = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  PRONOUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRONOUN_RE.exec(text)) && added.length < MAX_PRONOUNS) {
    const start = m.index;
    const end = start + m[1].length;
    if (mentions.some((x) => x.start <= start && end <= x.end)) continue;
    let antecedent: Mention | undefined;
    for (let i = persons.length - 1; i >= 0; i--) {
      if (persons[i].end <= start) {
        antecedent = persons[i];
        break;
      }
    }
    if (!antecedent) continue;
    if (sentences.length && sentenceIndex(start) - sentenceIndex(antecedent.start) > MAX_SENTENCES_BACK) continue;
    const c = of.get(antecedent)!;
    const p: Mention = { start, end, type: 'PER', entity: null, via: 'pronoun' };
    c.mentions.push(p);
    of.set(p, c);
    added.push(p);
  }
  return added;
}
