// Which elements are never article text: scripts and forms, hidden things, navigation by role,
// and page furniture recognised by its class or id (share bars, comments, related lists...).
// These are general signals of how pages are built, never rules for one site.
import type { Element } from 'domhandler';
import { classId, textOf } from './html-dom.js';

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea',
  'input', 'nav', 'head', 'canvas', 'video', 'audio', 'object', 'embed', 'map', 'dialog', 'menu', 'title',
  'label', 'option', 'meta', 'link']);

const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar|tablist)$/;

/** Class/id words of furniture, matched as whole words between spaces, dashes or underscores. */
const FURNITURE = new RegExp('(?:^|[\\s_-])(?:' + [
  'comments?', 'commentlist', 'comment-list', 'disqus', 'related', 'relatedposts', 'share', 'shares', 'sharing',
  'sharebar', 'social', 'socials', 'newsletter', 'cookies?', 'consent', 'gdpr', 'breadcrumbs?', 'sidebar', 'advert\\w*',
  'ads?', 'adsense', 'adslot', 'ad-slot', 'ad-container', 'sponsor\\w*', 'promo\\w*', 'subscribe', 'subscription',
  'popup', 'modal', 'outbrain', 'taboola', 'recirc\\w*', 'navbar', 'nav', 'navigation', 'menu', 'footer', 'masthead',
  'signup', 'sign-up', 'banner', 'tagcloud', 'tags', 'tag-list', 'taglist', 'pagination', 'pager', 'author-?bio',
  'author-?box', 'about-?the-?author', 'most-?popular', 'most-?read', 'trending', 'read-?more', 'also-?read',
  'read-?next', 'more-?stories', 'recommended', 'recommendations', 'toolbar', 'screen-reader-text', 'sr-only',
  'visually-hidden', 'visuallyhidden', 'skip-link', 'print-only', 'post-navigation', 'post-nav', 'nav-links',
  'byline', 'dateline', 'meta-?data', 'post-?meta', 'entry-?meta', 'article-?meta', 'newsletter-?signup', 'paywall',
  'cta', 'login', 'donate', 'donation', 'follow-us', 'jp-relatedposts', 'overlay', 'tools', 'embed-url', 'embed-code',
].join('|') + ')(?:$|[\\s_-])');

/** Class/id words of the article body itself: never pruned by class. */
const CONTENT = /(?:article|entry|post|story|main|page|blog)[-_]?(?:body|content|text)|articlebody|(?:^|[\s_-])(?:content|prose)(?:$|\s)/;

/** Inline style that hides an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True for an element whose tag, role or visibility say it is never article text. */
export function isSkippedTag(e: Element): boolean {
  if (SKIP_TAGS.has(e.name)) return true;
  const a = e.attribs;
  if (a.role && SKIP_ROLES.test(a.role)) return true;
  if (a.itemprop === 'comment') return true;
  return false;
}

const CLOSE = /(?:^|[\s_-])close(?:$|[\s_-])/i;

/** A control that closes a layer in place: a button, or a link that goes nowhere ("#", "javascript:"). */
function isCloseControl(k: Element): boolean {
  if (k.name !== 'button' && k.name !== 'a') return false;
  if (!CLOSE.test(classId(k)) && !/^close\b/i.test(k.attribs['aria-label'] ?? k.attribs.title ?? '')) return false;
  const href = (k.attribs.href ?? '').trim();
  return k.name === 'button' || href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/**
 * True for a layer that opens with its own close control (a gallery, a lightbox, a modal): shown over
 * the page, not part of it. A "close" link to another address is navigation: the layer is a page of its own.
 */
export function isOverlay(e: Element): boolean {
  let seen = 0;
  for (const c of e.children) {
    if (c.type !== 'tag') continue;
    if (isCloseControl(c as Element)) return true;
    if (++seen >= 2) return false;
  }
  return false;
}

/**
 * True for an element hidden by attribute or style. Hidden is soft: pages that stream their
 * content into a hidden container and reveal it by script are common, so a hidden element that
 * holds most of the page's text is still read (see the furniture guard in html.ts).
 */
export function isHidden(e: Element): boolean {
  const a = e.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  return !!a.style && HIDDEN_STYLE.test(a.style);
}

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** True for an element whose id is the slug of the heading it opens with (as documentation generators and wikis write). */
function isHeadingSlug(e: Element): boolean {
  const id = slug(e.attribs.id ?? '');
  if (!id.includes('-')) return false;
  let seen = 0;
  for (const c of e.children) {
    if (c.type !== 'tag') continue;
    if (/^h[1-6]$/.test(c.name)) {
      const h = slug(textOf(c));
      return h.length >= 6 && id.includes(h.slice(0, 60));
    }
    if (++seen >= 2) return false;
  }
  return false;
}

/** True for an element whose class or id name it page furniture (and not the article body). */
export function isFurnitureByName(e: Element): boolean {
  if (e.name === 'body' || e.name === 'html' || e.name === 'article' || e.name === 'main') return false;
  const a = e.attribs;
  // Asides are furniture, but softly: a stray unclosed <aside> can swallow the whole page.
  if (e.name === 'footer' || e.name === 'aside') return true;
  // A form is furniture (search boxes, sign-up forms), unless it wraps the page (as ASP.NET pages do).
  if (e.name === 'form') return !(e.parent && (e.parent as Element).name === 'body');
  if (!a.class && !a.id) return false;
  const ci = classId(e);
  if (a.itemprop === 'articleBody' || CONTENT.test(ci)) return false;
  if (!FURNITURE.test(ci)) return false;
  // An id made from the section's heading ("sharing-with-a-single-developer") names its subject, not its role.
  return !(a.id && isHeadingSlug(e) && !FURNITURE.test((a.class ?? '').toLowerCase()));
}
