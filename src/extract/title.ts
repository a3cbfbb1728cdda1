// The page's title: its visible <h1> or its meta titles (JSON-LD headline, og:title, <title>)
// without the site's name, whichever the page shows as its headline.
import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { byTag, classId, textOf } from './html-dom.js';
import { normaliseInline } from './text-builder.js';

const SEPARATORS = /\s+[|–—·•»:-]\s+|\s+::\s+|\s*\|\s*/;

/** A title without the site name that pages add before or after it ("Title | Site", "Site - Title"). */
export function stripSiteSuffix(title: string, site: string | null, host: Set<string> = new Set()): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return withoutHostName(title, host);
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // A part that is the page's own host name ("Newegg.com") is the site, however short the rest.
  const notHost = parts.filter((p) => !isHostName(p, host));
  if (notHost.length && notHost.length < parts.length) return stripSiteSuffix(joinKept(title, notHost), site);
  if (site) {
    const s = key(site);
    const kept = parts.filter((p) => {
      const k = key(p);
      return k !== s && !(k.length > 2 && (s.includes(k) || k.includes(s) && k.length < s.length + 12));
    });
    if (kept.length && kept.length < parts.length) return stripSiteSuffix(joinKept(title, kept), null);
  }
  // Without a known site name, drop a short last part (a site name is usually short).
  const last = parts[parts.length - 1];
  const rest = parts.slice(0, -1);
  if (last.split(/\s+/).length <= 4 && rest.join(' ').length > 15) return stripSiteSuffix(joinKept(title, rest), null);
  return title;
}

/** Whether a part of a title is only a domain name whose words are the page's host's ("Newegg.com"). */
function isHostName(part: string, host: Set<string>): boolean {
  if (!host.size || !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(part)) return false;
  return part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && w !== 'www').every((w) => host.has(w));
}

/** A title the site's domain opens or closes without a separator ("davidbau.com Vibe Coding"). */
function withoutHostName(title: string, host: Set<string>): string {
  const words = title.split(/\s+/);
  if (words.length < 2) return title;
  if (isHostName(words[0], host)) return words.slice(1).join(' ');
  if (isHostName(words[words.length - 1], host)) return words.slice(0, -1).join(' ');
  return title;
}

/** Rejoins kept parts with the separators the title had between them. */
function joinKept(title: string, kept: string[]): string {
  const start = title.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = title.indexOf(lastPart, start) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Meta content is sometimes escaped twice ("&amp;amp;"): decode what is left. */
function unescape(s: string): string {
  return /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s) ? normaliseInline(decodeHTML(s)) : s;
}

function similarity(a: string, b: string): number {
  const ta = new Set(norm(a).split(' ').filter(Boolean));
  const tb = new Set(norm(b).split(' ').filter(Boolean));
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size);
}

const LABEL = /^\p{L}{2,12}:\s*(?=\S)/u;
const EDGE_DATE = /^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s+|\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})$/u;

/**
 * Forms of a headline without what pages glue to it: a date, a one-word label ("Blog:"), trailing
 * "| Section | Site" parts, the site's name after a dash.
 */
function headlineForms(h: string, site: string | null): string[] {
  const base = h.replace(EDGE_DATE, '').replace(LABEL, '').trim();
  const out = [base];
  const bars = base.split(/\s+\|\s+/);
  for (let n = bars.length - 1; n >= 1; n--) out.push(bars.slice(0, n).join(' | '));
  if (site && norm(base).endsWith(norm(site))) out.push(stripSiteSuffix(base, site));
  return out;
}

/**
 * The page's headline: the visible <h1> is what readers see as the title, unless it is the site's
 * name; an <h1> the meta title confirms wins among several; a lower heading only when it is a part of
 * the meta title; else the meta title without the site name.
 */
export function chooseTitle(...args: Parameters<typeof pickTitle>): string | null {
  const t = pickTitle(...args);
  // A heading's permalink mark ("History¶") is not part of its words.
  return t && asciiPunctuation(t.replace(/\s*[¶🔗]+$/u, ''));
}

/** Full-width forms of ASCII ("Work？") in a title written in Latin letters, where they are a typing accident. */
function asciiPunctuation(t: string): string {
  if (!/[\uff01-\uff5e]/.test(t) || /[\u3000-\u9fff\uac00-\ud7af]/.test(t) || !/\p{Script=Latin}/u.test(t)) return t;
  return t.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The title as the page gives it. */
function pickTitle(cands: (string | null)[], h1s: string[], lower: string[], site: string | null, url?: string | null): string | null {
  const metaTitles = cands.filter((c): c is string => !!c).map(unescape);
  const siteKey = site ? norm(site) : '';
  const host = hostWords(url);
  const notSite = (h: string) => {
    const k = norm(h);
    return k.length >= 3 && (!siteKey || (k !== siteKey && !siteKey.includes(k))) && !namesSite(h, metaTitles, host);
  };
  const heads = h1s.map(unescape).filter(notSite);
  const lowerHeads = lower.filter(notSite);
  const stripped = metaTitles.length ? stripSiteSuffix(metaTitles[0], site, host) : null;
  const strippedKey = stripped ? norm(stripped) : null;
  // A heading with the very words of the meta title is the headline, whatever else the <h1> holds.
  const same = strippedKey === null ? undefined : [...heads, ...lowerHeads].find((h) => norm(h) === strippedKey);
  if (same !== undefined) return same;
  for (const h of heads) {
    // A headline that adds a label, a date or the site's name to the page's own title ("Blog: T",
    // "T January 1, 2025", "T | Site") is that title.
    if (strippedKey !== null && norm(h).includes(strippedKey)) {
      const c = headlineForms(h, site).find((f) => norm(f) === strippedKey);
      if (c) return c;
    }
    // An <h1> inside the meta title is the headline when it is most of it, not one word of it.
    if (metaTitles.some((t) => norm(t).includes(norm(h))) && covers(h, strippedKey)) return h;
  }
  if (heads.length === 1 && (!stripped || similarity(heads[0], stripped) >= 0.3 || norm(heads[0]).split(' ').length >= 3)) return heads[0];
  if (heads.length > 1 && stripped) {
    const best = heads.map((h) => [h, similarity(h, stripped)] as const).sort((a, b) => b[1] - a[1])[0];
    if (best[1] >= 0.5 && covers(best[0], strippedKey)) return best[0];
  }
  for (const h of lowerHeads) {
    if (metaTitles.some((t) => t.split(SEPARATORS).some((p) => norm(p) === norm(h)))) return h;
  }
  return stripped ?? heads[0] ?? null;
}

/** Whether a heading holds at least half the words of the meta title (given normalised). */
function covers(h: string, strippedKey: string | null): boolean {
  if (strippedKey === null) return true;
  return norm(h).split(' ').length * 2 >= strippedKey.split(' ').length;
}

/** Separators between a title and the site's name, with a bare colon ("Site: Title"). */
const OUTER = /\s+[|–—·•»:-]\s+|\s+::\s+|\s*\|\s*|:\s+/;

/**
 * Whether a heading names the site rather than the page: it is all of the page's host name
 * ("davidbau.com", "Antoyo's Blog" on blog.antoyo.xyz), the shorter outer part of a meta title
 * ("T | Name"), or the part a meta title puts before another meta title ("Name: T" where og:title is T).
 */
function namesSite(h: string, metaTitles: string[], host: Set<string>): boolean {
  const words = norm(h).split(' ').filter((w) => w.length > 1);
  if (host.size && words.length && words.length <= 4 && words.every((w) => host.has(w))) return true;
  const k = norm(h);
  for (const t of metaTitles) {
    const parts = t.split(SEPARATORS).map(norm).filter(Boolean);
    if (parts.length >= 2 && parts[parts.length - 1] === k && parts.slice(0, -1).join(' ').length > k.length) return true;
    const outer = t.split(OUTER).map(norm).filter(Boolean);
    const rest = outer.slice(1).join(' ');
    if (outer.length >= 2 && outer[0] === k && rest.length > k.length && metaTitles.some((o) => norm(o) === rest)) return true;
  }
  return false;
}

/** The words of a URL's host name ("blog.antoyo.xyz": blog, antoyo, xyz). */
function hostWords(url: string | null | undefined): Set<string> {
  const m = url ? /^(?:https?:)?\/\/([^/:?#]+)/i.exec(url.trim()) : null;
  return new Set(m ? m[1].toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && w !== 'www') : []);
}

const SITE_HEADING = /(?:^|[\s_-])(?:site-?title|site-?name|logo|brand|masthead)(?:$|[\s_-])/;

/** A heading that names the site, not the page: styled as its logo, or a link to its home page. */
export function isSiteHeading(h: Element): boolean {
  if (SITE_HEADING.test(classId(h))) return true;
  const links = byTag(h, new Set(['a']), 3);
  if (links.length !== 1) return false;
  const href = (links[0].attribs.href ?? '').trim();
  if (!/^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/i.test(href)) return false;
  // The link to the home page holds the whole heading.
  return normaliseInline(textOf(links[0])).length >= normaliseInline(textOf(h)).length - 1;
}

