// Lines that scrapers keep from a page's chrome: buttons, menus, share bars, cookie notices.
// They are recognised by shape (short, no sentence punctuation) and by vocabulary, never by site.

const CHROME_WORDS = new Set([
  'close', 'menu', 'share', 'search', 'home', 'subscribe', 'sign in', 'log in', 'login', 'sign up', 'register',
  'related posts', 'related articles', 'related', 'read more', 'more', 'see also', 'next', 'previous',
  'next post', 'previous post', 'tweet', 'print', 'email', 'comments', 'leave a comment', 'advertisement',
  'skip to content', 'skip to main content', 'back to top', 'toggle navigation', 'accept', 'accept all',
  'reject all', 'cookie settings', 'manage cookies', 'ok', 'got it', 'facebook', 'twitter', 'linkedin',
  'whatsapp', 'telegram', 'pinterest', 'reddit', 'copy link', 'share this', 'share this article', 'follow us',
  'newsletter', 'tags', 'categories', 'you may also like', 'recommended', 'most read', 'popular', 'trending',
  'loading', 'loading...', 'x', '×', '✕', 'open', 'back', 'top', 'listen', 'save', 'share on facebook',
  'share on twitter', 'share via email', 'read next', 'latest', 'latest news', 'also read', 'watch',
]);

/** True when a whole line is page chrome rather than article text. */
export function isChromeLine(line: string): boolean {
  const l = line.trim().toLowerCase().replace(/[\s:|•·>»›]+$/u, '').replace(/^[\s|•·<«‹]+/u, '');
  if (!l) return true;
  if (CHROME_WORDS.has(l)) return true;
  if (/^(share|follow|subscribe|sign up)\b.{0,40}$/.test(l) && !/[.!?]$/.test(l)) return true;
  if (/\b(we use cookies|this (web)?site uses cookies|cookie policy|accept cookies)\b/.test(l)) return true;
  if (/^(related|more|recommended|popular|latest)\s+(posts?|articles?|stories|news|reads?)$/.test(l)) return true;
  if (/^(posted|published|updated) (in|on|by)\b.{0,60}$/.test(l) && !/[.!?]$/.test(l)) return true;
  if (/^\d+\s*(comments?|shares?|views?)$/.test(l)) return true;
  // Media player controls and shop buttons, as text.
  if (/^(play( video)?|pause|mute|unmute|fullscreen|non-fullscreen|(current|duration|remaining) time\b.{0,12}|loaded: ?\d+%|progress: ?\d+%|stream type ?live|(check|see|view) (the )?(price|deal|prices|deals)\b.{0,40}|read (the )?(full )?review|buy (it )?(now )?(at|from|on)\b.{0,30}|shop (now|the)\b.{0,30})$/.test(l)) return true;
  if (/^(\d+\s*min(ute)?s?\s*read|reading time\b.*|last updated( on)?\b.{0,30}|article continues below|advertisement|sponsored|credit:.{0,40}|photo:.{0,40}|image:.{0,40}|copy|copied|get in touch|contact us|request (information|a quote|a demo)|get started\b.{0,20}|learn more|find out more|buy now|shop now|order now|book now|download|sign in|log out|quick links|our guides)$/.test(l)) return true;
  return false;
}
