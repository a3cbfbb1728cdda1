// The channel of a quotation ("in a video published by Belta", "in a statement", "told the BBC",
// "on Telegram") and the full cue ("told Reuters", "wrote on Telegram").

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}\-]*){0,4}`;
const MEDIUM =
  'video(?:\\s+address)?|statement|interview|speech|letter|press\\s+conference|news\\s+conference|briefing|post|message|tweet|broadcast|address|article|column|op-ed|blog|podcast|programme|program|meeting|debate|conference|radio\\s+interview|television\\s+interview|TV\\s+interview|appeal|report';
const VIA_RES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|their|its|another|one|this|that)\s+(?:[\p{L}'’\-]+\s+){0,2}?(?:${MEDIUM})\b(?:\s+(?:published|posted|released|issued|aired|broadcast|shared|given)\s+(?:by|on|to)\s+${NAME}|\s+(?:with|to|on|for)\s+${NAME})?`,
    'giu',
  ),
  new RegExp(String.raw`\bon\s+(?:(?:his|her|their|its|the)\s+(?:official\s+)?)?(?:Telegram|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|X|Truth\s+Social|Weibo|LinkedIn)(?:\s+(?:channel|account|page))?\b|\bon\s+(?:the\s+)?BBC[\p{L}\p{N}'’\s]{0,40}?(?:programme|Today|Breakfast|Newsnight|Question\s+Time)\b|\bon\s+${NAME}['’]s\s+[\p{L}\s]{0,30}?programme\b`, 'gu'),
  new RegExp(String.raw`\b(?:told|telling)\s+(?:${NAME}(?:['’]s\s+[\p{L}\s]{0,30}?programme)?|reporters|journalists|the\s+press|MPs|parliament|Parliament|lawmakers|delegates|the\s+[\p{Ll}]+)`, 'gu'),
  new RegExp(String.raw`\b${NAME}\s+(?:published|posted|released|aired|broadcast)\s+(?:a|an|the)\s+(?:${MEDIUM})\b`, 'gu'),
];

/** The first channel phrase in text[start, end), as written. */
export function findChannel(text: string, start: number, end: number, media = false): string | null {
  const s = text.slice(start, Math.min(end, start + 600));
  let best: { index: number; text: string } | null = null;
  for (const re of media ? [VIA_RES[0], VIA_RES[1], VIA_RES[3]] : VIA_RES) {
    // "… published a statement" needs one of its verbs, written so (the pattern has no i flag)
    if (re === VIA_RES[3] && !s.includes('published') && !s.includes('posted') && !s.includes('released') && !s.includes('aired') && !s.includes('broadcast')) continue;
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best ? best.text.replace(/\s+/g, ' ').trim() : null;
}

/** The cue verb with what completes it: "told Reuters", "wrote on Telegram", "said in a statement". */
export function cueWith(text: string, verbStart: number, verbEnd: number, limit: number): string {
  const verb = text.slice(verbStart, verbEnd);
  const rest = text.slice(verbEnd, Math.min(limit, verbEnd + 80));
  const lower = verb.toLowerCase();
  if (lower === 'told' || lower === 'tells' || lower === 'telling') {
    const m = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}\-]*(?:\s+\p{Lu}[\p{L}\p{N}\-]*){0,3}(?:['’]s(?:\s+\p{L}+){0,3}?\s+programme)?|reporters|journalists|MPs|lawmakers|the\s+\p{Ll}+)/u.exec(rest);
    if (m) return verb + ' ' + m[1];
  }
  const on = /^\s+(on\s+(?:(?:his|her|their|its)\s+)?(?:Telegram|Twitter|Facebook|Instagram|YouTube|TikTok|VKontakte|X)(?:\s+channel)?)\b/u.exec(rest);
  if (on) return verb + ' ' + on[1];
  return verb;
}
