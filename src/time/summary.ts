// A short who-did-what from a sentence: the time phrase, leading adverbials and trailing
// clauses removed, cut to about 100 characters at a word boundary.
import type { Span } from '../brief/types.js';

const MAX = 100;
const LEAD_CONNECTIVES = /^(?:in\s+fact|moreover|however|nevertheless|meanwhile|furthermore|in\s+addition|additionally|also|then|still|indeed|ultimately|finally|first|second|later|earlier|separately|instead|thus|therefore|so|and|but)\s*,?\s+/i;
const PREPOSITIONS = /^(?:on|in|at|during|by|since|until|from|after|before|over|around|as\s+of|early\s+in|late\s+in)\s+/i;
const CONCESSIVE = /^(?:despite|although|though|while|whereas|because\s+of|due\s+to|according\s+to|with|without|as\s+a\s+result|in\s+this\s+way|in\s+response|for\s+example|for\s+instance)\b/i;
const CLAUSE_BREAK = /,\s+(?:which|who|whom|whose|where|while|although|though|because|as|according|despite)\b|\s+(?:when|whereas|because|although|though|while|after|before)\b(?=,|\s)|;\s|\s[–—-]\s/i;

/** What may stand before a time phrase that opens its sentence ("In fact, in the first days ..."). */
const OPENING = /^(?:(?:in|on|at|during|by|since|until|from|over|around|for|within|about|early|late|mid)\s+){0,2}(?:the\s+)?$|^$/i;

/** The time phrase's place-holder (\u0000), with the prepositions that lead into it or none. */
const TIME_LEAD = '(?:(?:\\b(?:on|in|at|during|by|since|until|from|of|for|over|about|within|around|as\\s+of)\\s+){1,2}(?:the\\s+)?)?';
const TIME_WITH_LEAD = new RegExp(`${TIME_LEAD}(?:(?:early|late|mid)\\s+)?\u0000\\s*,?`, 'i');
const TIME_ALONE = new RegExp(`(?:(?:early|late|mid)\\s+)?\u0000\\s*,?`, 'i');

/** The sentence's gist with the time expression in `time` taken out. */
export function summarise(text: string, sentence: Span, time: Span): string {
  const head = text.slice(sentence.start, time.start);
  // a time that modifies a noun ("the 2020 elections", "a Saturday afternoon in Austin") stays
  const modifier = /\b(?:a|an|the|this|that|its|his|her|their|our)\s+$/i.test(head);
  // A time phrase that opens the sentence takes its complement with it ("in the first days of the
  // invasion | of Ukraine, Russia used ..."): left behind, "of Ukraine," would open the summary.
  let tail = text.slice(time.end, sentence.end);
  const complement = /^\s+of\s[^,.;\d]{1,60},/.exec(tail);
  if (complement && OPENING.test(head.replace(/^\s+/, '').replace(LEAD_CONNECTIVES, ''))) tail = tail.slice(complement[0].length - 1);
  let s = modifier ? text.slice(sentence.start, sentence.end) : head + '\u0000' + tail;
  // the time phrase and the prepositions before it ("On July 13, 2024," / "for over thirty years");
  // "a week ago" takes none, so a preposition before it belongs to the verb ("relied on")
  const selfContained = /\b(?:ago|earlier|later|before|after|hence)$/i.test(text.slice(time.start, time.end));
  s = s.replace(selfContained ? TIME_ALONE : TIME_WITH_LEAD, ' ');
  // a speaker's label in a transcript ("SERGIO MARTINEZ-BELTRAN, BYLINE:")
  s = s.replace(/^\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*:\s+/, '');
  s = s.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEAD_CONNECTIVES, '');
    // a short leading adverbial phrase that ends in a comma ("In the video, ...")
    const lead = /^([^,]{0,60}),\s+/.exec(s);
    if (lead && s.length - lead[0].length > 20) {
      const words = lead[1].split(/\s+/).length;
      if ((PREPOSITIONS.test(lead[1]) && words <= 3) || CONCESSIVE.test(lead[1])) s = s.slice(lead[0].length);
    }
    if (s === before) break;
  }
  // cut at the first subordinate clause once there is a subject and a verb before it
  const brk = CLAUSE_BREAK.exec(s);
  if (brk && brk.index >= 25) s = s.slice(0, brk.index);
  s = s.replace(/[\s,.;:!?]+$/, '');
  if (s.length > MAX) {
    const cut = s.lastIndexOf(' ', MAX - 1);
    s = s.slice(0, cut > 40 ? cut : MAX - 1).replace(/[\s,;:]+$/, '') + '…';
  }
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
