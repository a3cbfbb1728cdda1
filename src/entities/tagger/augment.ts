// Mention replacement (Dai & Adel 2020): copies of training documents in which each name of a
// type is swapped for a random name of that type from an outside list. CoNLL-2003 (Reuters,
// 1996) has few organisations of many kinds ("Armed Forces", "... Corps", "... House" as an
// institute); swapping in names from the organisation lists teaches the tagger the inside of
// such names while the sentence around them stays real text.
import { mulberry32 } from '../../core/random.js';

export interface AugmentSentence {
  tokens: string[];
  tags: string[];
}
export type AugmentDocument = AugmentSentence[];

export interface AugmentOptions {
  /** Share of documents copied (0..1); the copies are added, the originals kept. */
  share: number;
  seed: number;
  /** Entity type -> tokenised names to swap in. Types without a pool are left as they are. */
  pools: Map<string, string[][]>;
  /**
   * Chance that a swapped-in organisation gets a demonym before it ("Belarusian" + "Volunteer
   * Corps"): national branches of institutions are named so, and CoNLL tags the whole as ORG
   * ("Palestinian Information Ministry"). 0 turns it off.
   */
  demonymShare?: number;
  demonyms?: string[];
  /**
   * Chance that a person in a copy gets a courtesy title before the name, outside it ("Mr" +
   * "Brown"): Reuters seldom writes them (four "Mr" in CoNLL train), British news always does,
   * and CoNLL leaves titles out of the name. Without them the run-head features pull "Mr" into
   * the name. Not at a sentence start, where every capitalised word before a name would look
   * like a title. 0 turns it off.
   */
  titleShare?: number;
  titles?: string[];
  /**
   * Chance that an organisation is swapped for a made-up institution instead: an organisation
   * head noun ("Armed Forces", "Publishing House", "Institute") after a demonym ("Polish Armed
   * Forces") or after a one-word name of a person or place ("Lowy Institute", "Chatham House").
   * Reuters 1996 ends few names with such heads, and "House" mostly in "White House" (LOC);
   * made-up ones teach that a run ending in an institution's head noun is an organisation
   * whatever word comes first, while the sentence around it stays real text. 0 turns it off.
   */
  institutionShare?: number;
  /** Organisation head nouns, tokenised and capitalised. */
  heads?: string[][];
  /**
   * Relative chance of each head (same order as `heads`); equal when absent. One draw of the
   * generator per pick either way, so the other choices of a copy do not move with the weights.
   */
  headWeights?: number[];
  /** One-word names an institution can be named after. */
  founders?: string[];
  /**
   * Chance that a made-up institution is named the other way round, its head noun then "of" or
   * "for" and a one-word place ("Duchy of Cornwall", "Commission for Africa"): CoNLL has such
   * names for a few heads ("Bank of England"), and the tagger split the rest at the
   * preposition. Needs `places`. 0 turns it off.
   */
  headFirstShare?: number;
  /** One-word place names for `headFirstShare`. */
  places?: string[];
  /**
   * Capitalised words the labelled data mostly leaves outside names ("the Kenyan Government":
   * Kenyan MISC, Government O): no swapped-in name ends in one (listed or made up), so the
   * copies keep the data's own convention.
   */
  plainWords?: ReadonlySet<string>;
  /**
   * Chance that a name in a copy is followed by post-nominal letters, outside it ("Paul Boateng"
   * + "MP", "Labour" + "MPs", "Edinburgh" + "MSP"): British news writes them after a name all
   * the time, Reuters 1996 never does, and without examples the tagger takes the letters into
   * the name ("Paul Boateng MP" as one person). People get `personLetters`; one-word names of
   * other kinds (a party, a constituency, a nationality) get `memberLetters`. Drawn from a
   * generator of its own, so the other choices of a copy stay as they were. 0 turns it off.
   */
  postNominalShare?: number;
  personLetters?: string[];
  memberLetters?: string[];
}

/** Each name (a B- tag and its I- tags) as [start, end, type]. */
function spans(tags: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let i = 0; i < tags.length; ) {
    if (tags[i].startsWith('B-') || tags[i].startsWith('I-')) {
      const type = tags[i].slice(2);
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${type}`) j++;
      out.push([i, j, type]);
      i = j;
    } else i++;
  }
  return out;
}

/**
 * British news capitalises an institution's generic noun ("the Kenyan Government") where
 * Reuters writes it in lower case ("the Kenyan government"); CoNLL leaves it outside the name
 * either way. In the copies, a lower-case word after a MISC name ("Kenyan") whose capitalised
 * form is a plain word is capitalised, its tag kept: the capitalised run "Kenyan Government"
 * then appears with the data's own tags, next to the swapped-in "Polish Armed Forces".
 */
function capitalisePlainAfterMisc(tokens: string[], tags: readonly string[], plain: ReadonlySet<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'O' || !tags[i - 1].endsWith('-MISC')) continue;
    const t = tokens[i];
    const cap = t.charAt(0).toUpperCase() + t.slice(1);
    if (cap !== t && plain.has(cap)) tokens[i] = cap;
  }
}

/** A draw from `items` in proportion to `weights`, using one number from `rand`. */
function weightedPicker<T>(items: readonly T[], weights: readonly number[], rand: () => number): () => T {
  const cum: number[] = [];
  let total = 0;
  for (const w of weights) cum.push((total += Math.max(0, w)));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/** The augmented copies (not the originals), deterministic for a seed. */
export function augmentDocuments(docs: readonly AugmentDocument[], opts: AugmentOptions): AugmentDocument[] {
  const rand = mulberry32(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const postRand = mulberry32(opts.seed ^ 0x5eed);
  const postShare = opts.postNominalShare ?? 0;
  /** The letters to write after a name of `type` and `length` words, or null. */
  const postNominal = (type: string, length: number): string | null => {
    const letters = type === 'PER' ? opts.personLetters : length === 1 ? opts.memberLetters : undefined;
    if (!letters?.length || postRand() >= postShare) return null;
    return letters[Math.floor(postRand() * letters.length)];
  };
  const plain = opts.plainWords ?? new Set<string>();
  const keep = (n: readonly string[]) => !plain.has(n[n.length - 1]);
  const headIdx = (opts.heads ?? []).map((_, k) => k).filter((k) => keep(opts.heads![k]));
  const heads = headIdx.map((k) => opts.heads![k]);
  const pickHead = weightedPicker(heads, headIdx.map((k) => opts.headWeights?.[k] ?? 1), rand);
  const places = opts.places ?? [];
  // Without places there is no head-first name, and no draw for one.
  const headFirstShare = places.length ? (opts.headFirstShare ?? 0) : 0;
  const pools = new Map([...opts.pools].map(([type, names]) => [type, names.filter(keep)]));
  const out: AugmentDocument[] = [];
  for (const doc of docs) {
    if (rand() >= opts.share) continue;
    // One replacement per distinct name in the document, so repeated mentions stay consistent
    // (the document-level features see the same name again).
    const swap = new Map<string, string[]>();
    const copy: AugmentDocument = [];
    for (const s of doc) {
      const tokens: string[] = [];
      const tags: string[] = [];
      let at = 0;
      for (const [from, to, type] of spans(s.tags)) {
        const pool = pools.get(type);
        const titled = type === 'PER' && from > 0 && opts.titles?.length && rand() < (opts.titleShare ?? 0);
        // Not before a capitalised word, which would make the letters the middle of a run, nor
        // after a name in capitals (datelines, headlines), where letters look like one more word.
        const lettersFit = postShare > 0 && !/^\p{Lu}/u.test(s.tokens[to] ?? '') && /\p{Ll}/u.test(s.tokens[to - 1]);
        let post = !pool && lettersFit ? postNominal(type, to - from) : null;
        if (!pool && !titled && !post) continue;
        for (; at < from; at++) {
          tokens.push(s.tokens[at]);
          tags.push(s.tags[at]);
        }
        if (titled) {
          tokens.push(pick(opts.titles!));
          tags.push('O');
        }
        if (pool) {
          const key = `${type} ${s.tokens.slice(from, to).join(' ')}`;
          let name = swap.get(key);
          if (!name) {
            const made = type === 'ORG' && heads.length && opts.founders?.length && opts.demonyms?.length && rand() < (opts.institutionShare ?? 0);
            if (made && headFirstShare > 0 && rand() < headFirstShare) name = [...pickHead(), rand() < 0.75 ? 'of' : 'for', pick(places)];
            else if (made) name = [rand() < 0.5 ? pick(opts.demonyms!) : pick(opts.founders!), ...pickHead()];
            else name = pick(pool);
            if (!made && type === 'ORG' && opts.demonyms?.length && rand() < (opts.demonymShare ?? 0)) name = [pick(opts.demonyms), ...name];
            swap.set(key, name);
          }
          name.forEach((t, k) => {
            tokens.push(t);
            tags.push(`${k === 0 ? 'B' : 'I'}-${type}`);
          });
          at = to;
          if (lettersFit) post = postNominal(type, name.length);
        } else if (post) {
          for (; at < to; at++) {
            tokens.push(s.tokens[at]);
            tags.push(s.tags[at]);
          }
        }
        if (post) {
          tokens.push(post);
          tags.push('O');
        }
      }
      for (; at < s.tokens.length; at++) {
        tokens.push(s.tokens[at]);
        tags.push(s.tags[at]);
      }
      capitalisePlainAfterMisc(tokens, tags, plain);
      copy.push({ tokens, tags });
    }
    out.push(copy);
  }
  return out;
}
