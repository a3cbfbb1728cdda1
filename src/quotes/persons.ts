// Who a speaker phrase refers to. With the entity layers (ner/resolve) a phrase is resolved to
// the entity of a person mention inside it; without them, a memory of the persons seen so far
// (names with their roles, "Belarusian President Alexander Lukashenko") stands in, so that
// "he", "the Belarusian leader" or "Mr Blair" still find their person.
import type { Entity, Mention } from '../brief/types.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

export interface Resolved {
  speaker: string;
  speakerEntity: string | null;
}

interface Person {
  name: string;
  key: string;
  roles: Set<string>;
  entity: string | null;
}

const PERSON_TYPES = new Set(['PER', 'PERSON']);
const SPEAKER_TYPES = new Set(['PER', 'PERSON', 'ORG', 'NORP', 'GPE']);

function surname(name: string): string {
  const parts = name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+/i, '').split(/\s+/);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

export class PersonMemory {
  private readonly persons: Person[] = [];
  private last: Person | null = null;
  /** The entities by id, made when a speaker is first resolved to a mention (many texts have none). */
  private entityById: Map<string, Entity> | null = null;

  constructor(
    private readonly mentions: readonly Mention[] | undefined,
    private readonly entities: readonly Entity[] | undefined,
  ) {}

  /** Registers a person seen in the text (not speaking), e.g. from a role-and-name phrase. */
  see(name: string, roles: readonly string[] = [], entity: string | null = null): void {
    const key = surname(name);
    if (!key) return;
    let p = this.persons.find((q) => q.key === key);
    if (!p) {
      p = { name, key, roles: new Set(), entity };
      this.persons.push(p);
    } else if (name.split(/\s+/).length > p.name.split(/\s+/).length && !/^(?:Mr|Mrs|Ms|Dr)\b/.test(name)) p.name = name;
    for (const r of roles) p.roles.add(r);
    if (entity && !p.entity) p.entity = entity;
    this.last = p;
  }

  private mentionIn(start: number, end: number, types: Set<string>): Mention | undefined {
    if (!this.mentions) return undefined;
    let found: Mention | undefined;
    for (const m of this.mentions) {
      if (m.end <= start) continue;
      if (m.start >= end) break;
      if (types.has(m.type.toUpperCase())) found = m;
    }
    return found;
  }

  private lastPersonMentionBefore(offset: number): Mention | undefined {
    if (!this.mentions) return undefined;
    let found: Mention | undefined;
    for (const m of this.mentions) {
      if (m.start >= offset) break;
      if (PERSON_TYPES.has(m.type.toUpperCase()) && m.entity) found = m;
    }
    return found;
  }

  private fromMention(m: Mention, text: string): Resolved {
    this.entityById ??= new Map((this.entities ?? []).map((e) => [e.id, e] as const));
    const e = m.entity ? this.entityById.get(m.entity) : undefined;
    return { speaker: e?.name ?? text.slice(m.start, m.end), speakerEntity: m.entity ?? null };
  }

  /** Resolves a speaker phrase found at [start, end) of `text`, and remembers the speaker. */
  resolve(phrase: SpeakerPhrase, text: string): Resolved {
    const m = this.mentionIn(phrase.start, phrase.end, phrase.kind === 'pronoun' ? PERSON_TYPES : SPEAKER_TYPES);
    if (m && (m.entity || phrase.kind !== 'pronoun')) {
      const r = this.fromMention(m, text);
      if (PERSON_TYPES.has(m.type.toUpperCase())) this.see(r.speaker, phrase.roles, r.speakerEntity);
      return r;
    }
    if (phrase.kind === 'pronoun') {
      const lower = phrase.text.toLowerCase();
      // First person (the author or an address's speaker) and groups: keep the word.
      if (lower === 'i' || lower === 'we' || lower === 'they' || lower === 'it') return { speaker: phrase.text, speakerEntity: null };
      const pm = this.lastPersonMentionBefore(phrase.start);
      if (pm) return this.fromMention(pm, text);
      if (this.last) return { speaker: this.last.name, speakerEntity: this.last.entity };
      return { speaker: phrase.text, speakerEntity: null };
    }
    if (phrase.kind === 'name' && phrase.name) {
      const key = surname(phrase.name);
      const known = this.persons.find((p) => p.key === key);
      if (known) {
        for (const r of phrase.roles) known.roles.add(r);
        this.last = known;
        return { speaker: known.name, speakerEntity: known.entity };
      }
      if (looksPersonal(phrase)) {
        this.see(phrase.name, phrase.roles);
        return { speaker: phrase.name, speakerEntity: null };
      }
      return { speaker: phrase.name, speakerEntity: null };
    }
    // A role noun: the person last seen with a role word in common ("the Belarusian leader").
    const words = phrase.text.toLowerCase().split(/\s+/).filter((w) => !['the', 'a', 'an', 'of', 'for'].includes(w));
    const head = words[words.length - 1] ?? '';
    const qualifiers = words.slice(0, -1);
    for (let k = this.persons.length - 1; k >= 0; k--) {
      const p = this.persons[k];
      // The head noun must fit ("the prime minister" ~ "Prime Minister Tony Blair"), or be a word
      // for a leader with a qualifier in common ("the Belarusian leader" ~ "Belarusian President X").
      const headFits = p.roles.has(head) && !GENERIC_ROLES.has(head);
      const leaderFits = LEADERS.has(head) && [...p.roles].some((r) => LEADERS.has(r)) && qualifiers.some((q) => p.roles.has(q));
      if (headFits || leaderFits) {
        this.last = p;
        return { speaker: p.name, speakerEntity: p.entity };
      }
    }
    // "the outgoing European Commissioner said": a definite, singular role in a story names
    // the person it is about, the last one seen.
    if (/^the\s/i.test(phrase.text) && !/s$/.test(head) && this.last && !ORG_ROLE.test(phrase.text)) {
      return { speaker: this.last.name, speakerEntity: this.last.entity };
    }
    return { speaker: phrase.text.replace(/^(?:the|a|an)\s+/i, ''), speakerEntity: null };
  }

  /** The person most recently seen or heard. */
  get lastPerson(): Resolved | null {
    return this.last ? { speaker: this.last.name, speakerEntity: this.last.entity } : null;
  }
}

/** Role phrases of bodies, not persons ("the committee", "the ministry"). */
const ORG_ROLE = /\b(?:committee|ministry|department|office|government|party|council|agency|army|forces|board|union|group|report|survey|poll|commission|court|police|parliament|company|bank)$/i;

const LEADERS = new Set(['leader', 'president', 'premier', 'chancellor', 'prime', 'minister', 'head', 'chief', 'king', 'queen', 'ruler', 'dictator', 'strongman']);

/** Role words too general to tie a role phrase to one person on their own. */
const GENERIC_ROLES = new Set(['general', 'member', 'members', 'head', 'official', 'officials', 'state', 'office', 'party', 'group', 'people', 'source', 'sources']);

function looksPersonal(p: SpeakerPhrase): boolean {
  const n = p.name ?? '';
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\b/.test(n)) return true;
  const parts = n.split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && !/\b(?:Party|Ministry|Council|Office|Department|Union|Agency|Forces|Army|House|Commission|Committee|Government|Bank|Association|Corps|Regiment|News|Service|Group|Institute|Democrats|Tories|Conservatives|Labour)\b/.test(n);
}
