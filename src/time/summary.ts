// A short who-did-what from a sentence: the time phrase, leading adverbials and trailing
// clauses removed, cut to about 100 characters at a word boundary.
import type { Span } from '../brief/types.js';

const MAX = 100;
const LEAD_CONNECTIVES = /^(?:in\s+fact|moreover|however|nevertheless|meanwhile|furthermore|in\s+addition|additionally|also|then|still|indeed|ultimately|finally|first|second|later|earlier|separately|instead|thus|therefore|so|and|but)\s*,?\s+/i;
const PREPOSITIONS = /^(?:on|in|at|during|by|since|until|from|after|before|over|around|as\s+of|early\s+in|late\s+in)\s+/i;
const CONCESSIVE = /^(?:despite|although|though|while|whereas|because\s+of|due\s+to|according\s+to|with|without|as\s+a\s+result|in\s+this\s+way|in\s+response|for\s+example|for\s+instance)\b/i;
const CLAUSE_BREAK = /,\s+(?:which|who|whom|whose|where|while|although|though|because|as|according|despite)\b|\s+(?:when|whereas|because|although|though|while|after|before)\b(?=,|\s)|;\s|\s[–—-]\s|:\s/i;

/** The sentence's gist with the time expression in `time` taken out. */
export function summarise(text: string, sentence: Span, time: Span): string {
  let s = text.slice(sentence.start, time.start) + '\u0000' + text.slice(time.end, sentence.end);
  // the time phrase and the preposition before it ("On July 13, 2024," / "in March 2022")
  s = s.replace(/(?:\b(?:on|in|at|during|by|since|until|from|of|as\s+of)\s+(?:the\s+)?)?(?:(?:early|late|mid)\s+)?\u0000\s*,?/i, ' ');
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
