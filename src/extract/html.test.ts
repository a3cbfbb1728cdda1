import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractString } from './index.js';
import { extractHtml } from './html.js';
import { stripSiteSuffix } from './html-meta.js';

const para = (s: string) => `<p>${s} This sentence makes the paragraph long enough to read like article prose, as real ones do.</p>`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Grain exports rise again | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="Grain exports rise again">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<link rel="canonical" href="https://gazette.example/2024/03/05/grain">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Grain exports rise again",
"author":[{"@type":"Person","name":"Mara Olsen"}],"datePublished":"2024-03-05T07:00:00Z","dateModified":"2024-03-06T08:00:00Z"}</script>
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article>
<h1>Grain exports rise again</h1>
<p class="byline">By Mara Olsen</p>
<p>5 March 2024</p>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
${para('Grain shipments from the northern ports rose for the third month in a row, the port authority said on Monday.')}
${para('Officials counted 7756 vehicles<sup><a href="#fn1">1</a></sup> queuing at the terminals during the busiest week.')}
<h2>What changed</h2>
${para('The new rail link opened in January and cut the journey from the inland silos by almost a day.')}
<ul><li>Wheat made up most of the volume this quarter.</li><li>Barley exports doubled from a low base.</li></ul>
<blockquote><p>We have never moved this much grain in winter, said the harbour master.</p></blockquote>
<figure><img src="x.jpg" alt=""><figcaption>Ships waiting outside the northern port.</figcaption></figure>
<table><tr><th>Port</th><th>Tonnes</th></tr><tr><td>North</td><td>1,200</td></tr></table>
<div class="newsletter-signup"><p>Get our newsletter every morning. Sign up now and never miss a story again, it is free.</p></div>
<ol class="footnotes"><li id="fn1">Counted by the port authority's cameras over seven days.</li></ol>
</article>
<section class="related-articles"><h3>Related articles</h3><ul><li><a href="/a">Fishing quotas cut again for the coming season</a></li><li><a href="/b">Ferry strike ends after two weeks of talks</a></li></ul></section>
<div id="comments"><h3>3 comments</h3>${para('I think this article is wrong about the rail link and the silos and everything else.')}</div>
</main>
<footer><p>© 2024 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>`;

test('html: keeps the article text and its structure as blocks', () => {
  const ex = extractHtml(PAGE);
  const kinds = ex.blocks.map((b) => b.kind);
  assert.equal(kinds[0], 'title');
  for (const k of ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'table-row', 'footnote'] as const) {
    assert.ok(kinds.includes(k), `a ${k} block`);
  }
  assert.match(ex.text, /Grain shipments from the northern ports/);
  assert.match(ex.text, /Barley exports doubled/);
  assert.match(ex.text, /North \| 1,200/);
  assert.match(ex.text, /Ships waiting outside/);
});

test('html: drops navigation, cookie notice, share bar, byline, date line, newsletter, related list, comments, footer', () => {
  const { text } = extractHtml(PAGE);
  for (const junk of ['We use cookies', 'Business', 'Share on Facebook', 'By Mara Olsen', '5 March 2024', 'newsletter',
    'Fishing quotas', 'Related articles', 'article is wrong', 'All rights reserved']) {
    assert.ok(!text.includes(junk), `"${junk}" should be gone`);
  }
  // The title appears once: as the title block, not again as a heading.
  assert.equal(text.split('Grain exports rise again').length, 2);
});

test('html: footnote reference written apart from the number and tied to its note', () => {
  const ex = extractHtml(PAGE);
  assert.match(ex.text, /7756 vehicles\[1\] queuing/);
  const note = ex.blocks.find((b) => b.kind === 'footnote');
  assert.ok(note);
  assert.equal(note.note, '1');
  assert.equal(note.markers?.length, 1);
  assert.equal(ex.text.slice(note.markers![0].start, note.markers![0].end), '[1]');
});

test('html: every block maps back to its place in the source HTML', () => {
  const ex = extractHtml(PAGE);
  for (const b of ex.blocks.filter((x) => x.kind !== 'title')) {
    assert.ok(b.source, 'has a source span');
    const src = PAGE.slice(b.source.start, b.source.end);
    const words = ex.text.slice(b.start, b.end).match(/\p{L}{4,}/gu) ?? [];
    for (const w of words.slice(0, 5)) assert.ok(src.includes(w), `"${w}" lies in the source span of its block`);
  }
  const h2 = ex.blocks.find((b) => b.kind === 'heading')!;
  assert.equal(PAGE.slice(h2.source!.start, h2.source!.end), '<h2>What changed</h2>');
});

test('html: metadata from JSON-LD first, then meta tags', () => {
  const { meta } = extractHtml(PAGE);
  assert.equal(meta.title, 'Grain exports rise again');
  assert.deepEqual(meta.byline, ['Mara Olsen']);
  assert.equal(meta.published, '2024-03-05T07:00:00Z');
  assert.equal(meta.modified, '2024-03-06T08:00:00Z');
  assert.equal(meta.site, 'The Harbour Gazette');
  assert.equal(meta.url, 'https://gazette.example/2024/03/05/grain');
  assert.equal(meta.lang, 'en');
});

const bare = (head: string, body: string) => `<html><head>${head}</head><body><article>${body}
${para('Town councils agreed the budget after a long debate about roads and schools in the district.')}
${para('The vote passed with a large majority and the new spending starts in the spring of next year.')}
</article></body></html>`;

test('html: published date falls back from meta to <time>, to a dateline, to the URL', () => {
  assert.equal(extractHtml(bare('<meta property="article:published_time" content="2023-11-02">', '')).meta.published, '2023-11-02');
  assert.equal(extractHtml(bare('', '<time datetime="2022-07-09T10:00:00Z">9 July</time>')).meta.published, '2022-07-09T10:00:00Z');
  assert.equal(extractHtml(bare('', '<p>Published 14 February 2021</p>')).meta.published, '2021-02-14');
  assert.equal(extractHtml(bare('', '<p>March 3, 2020</p>')).meta.published, '2020-03-03');
  assert.equal(extractHtml(bare('<link rel="canonical" href="https://x.example/2019/08/21/budget-vote">', '')).meta.published, '2019-08-21');
  assert.equal(extractHtml(bare('', '')).meta.published, null);
});

test('html: the lang attribute is checked against the text', () => {
  const de = `<html lang="en"><head><title>Haushalt</title></head><body><article>
<p>Der Gemeinderat hat den Haushalt nach einer langen Debatte über Straßen und Schulen beschlossen, und die Mehrheit war groß.</p>
<p>Die neuen Ausgaben beginnen im Frühjahr, und auch die Schulen sollen mit dem Geld für das Jahr renoviert werden.</p>
</article></body></html>`;
  assert.equal(extractHtml(de).meta.lang, 'de');
  const en = bare('', '').replace('<html>', '<html lang="en-GB">');
  assert.equal(extractHtml(en).meta.lang, 'en');
});

test('html: site name removed from the title, before or after it', () => {
  assert.equal(stripSiteSuffix('Grain exports rise | The Harbour Gazette', 'The Harbour Gazette'), 'Grain exports rise');
  assert.equal(stripSiteSuffix('Harbour Gazette - Grain exports rise again this spring', 'Harbour Gazette'), 'Grain exports rise again this spring');
  assert.equal(stripSiteSuffix('Grain exports rise again this spring - Gazette', null), 'Grain exports rise again this spring');
  assert.equal(stripSiteSuffix('Grain exports rise', null), 'Grain exports rise');
});

test('html: text streamed into a hidden container is still found when it is the page', () => {
  const page = `<html><body><div hidden id="S:0"><article>
${para('The streamed article body sits in a hidden container that a script reveals after loading.')}
${para('Readers see it all the same, so the extractor must read it too, as the main text of the page.')}
</article></div><div hidden><p>A hidden teaser that nobody sees on the page.</p></div></body></html>`;
  const { text } = extractString(page, 'html');
  assert.match(text, /streamed article body/);
});

test('html: an all-script page gives no text, a page with only chrome no article', () => {
  const scripts = '<html><head><script>var a = 1;</script></head><body>' + '<script>console.log("x")</script>'.repeat(500) + '</body></html>';
  assert.equal(extractHtml(scripts).text, '');
});

const body = (s: string) => `<!doctype html><html lang="en"><head>${s}`;

test('a layout wrapper whose class has a furniture word still yields the article', () => {
  const page = `${body('<title>Tide tables</title></head>')}<body><div class="flex-wrap-footer"><header><a href="/">Home</a></header>
<main><h1>Tide tables</h1>${para('The harbour publishes its tide tables each week for the boats that use it.')}
${para('Spring tides this month reach higher than usual because of the new moon.')}</main>
<footer><p>Contact us at the harbour office.</p></footer></div></body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /Spring tides this month/);
  assert.doesNotMatch(ex.text, /Contact us/);
});

test('an article cut into sections that share a furniture-like class is kept whole', () => {
  const sec = (s: string) => `<div class="content-nav-section">${para(s)}</div>`;
  const page = `${body('<title>Budgeting</title></head>')}<body><h1>Budgeting</h1>
${sec('Budgeting starts with knowing where the money goes every month.')}${sec('A simple rule splits the income into needs, wants and savings.')}
${sec('Saving should be treated like rent: paid first, every month.')}</body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /needs, wants and savings/);
  assert.match(ex.text, /paid first, every month/);
});

test('title: a headline with a glued label, date or "| Section | Site" tail gives the page title', () => {
  const page = (h1: string, og: string) => `${body(`<meta property="og:title" content="${og}"><meta property="og:site_name" content="Gazette"></head>`)}
<body><h1>${h1}</h1>${para('Some article text that is long enough to be read as prose by the extractor.')}</body></html>`;
  assert.equal(extractHtml(page('Blog: Ten ways to cut costs', 'Ten ways to cut costs | Gazette')).meta.title, 'Ten ways to cut costs');
  assert.equal(extractHtml(page('Packing list for a trek January 1, 2025', 'Packing list for a trek')).meta.title, 'Packing list for a trek');
  assert.equal(extractHtml(page('How the tides of the northern sea work | Science | Gazette', 'How the tides of the northern sea work | Science | Gazette')).meta.title,
    'How the tides of the northern sea work');
  // A subtitle after a dash is the headline's own and stays.
  assert.equal(extractHtml(page('Best bread machines – my favourites', 'Best bread machines – my favourites')).meta.title, 'Best bread machines – my favourites');
});

test('title: a heading that links to the home page is the site name, not the headline', () => {
  const page = `${body('<title>Progress report 39 | Playful Notes</title></head>')}<body>
<h1 class="x"><a href="https://notes.example/">Playful Notes</a></h1><h2>Progress report 39</h2>
${para('This month the compiler passed more of its tests than ever before.')}</body></html>`;
  assert.equal(extractHtml(page).meta.title, 'Progress report 39');
});

test('title: an <h1> that names the site (the host, or the name beside the page title in its meta titles) is not the headline', () => {
  const page = (head: string, h1: string) => `${body(`${head}</head>`)}<body><h1>${h1}</h1>
${para('This month the compiler passed more of its tests than ever before, and the build got faster.')}</body></html>`;
  // The page's host name.
  assert.equal(extractHtml(page('<title>Progress report 39</title>', "Antoyo's Blog"), 'https://blog.antoyo.example/report-39').meta.title, 'Progress report 39');
  // "Name: Title" where og:title is the title.
  assert.equal(extractHtml(page('<title>Lessons Learned: The lean startup</title><meta property="og:title" content="The lean startup">', 'Lessons Learned')).meta.title,
    'The lean startup');
  // The same h1 is the headline when it is the longer part of the meta title.
  assert.equal(extractHtml(page('<title>Blog | The lean startup and its lessons</title>', 'The lean startup and its lessons')).meta.title, 'The lean startup and its lessons');
});

test('title: a heading with the meta title\'s very words beats an unrelated <h1>; a one-word <h1> inside the meta title is not the headline', () => {
  const page = (head: string, heads: string) => `${body(`${head}</head>`)}<body>${heads}
${para('People said the language gave them a sense of empowerment and versatility in their work.')}</body></html>`;
  assert.equal(extractHtml(page('<title>What do people love about Rust? | Rust Blog</title>',
    '<h2>What do people love about Rust?</h2><h1>But what they love is the sense of empowerment</h1>')).meta.title, 'What do people love about Rust?');
  assert.equal(extractHtml(page('<title>How we broke into hundreds of companies through Discord and Vercel · Notes</title>',
    '<h1>notes/writeup.md</h1><h1>Discord</h1><h1>Impact</h1>')).meta.title, 'How we broke into hundreds of companies through Discord and Vercel');
  // An <h1> that is most of the meta title is still the headline.
  assert.equal(extractHtml(page('<title>Best bread machines of 2025 | Gazette</title>', '<h1>Best bread machines</h1>')).meta.title, 'Best bread machines');
});

test('title: the page\'s own domain beside its title is the site name ("T | Example.com", "example.com T"); a permalink mark goes', () => {
  const page = (head: string, heads = '') => `${body(`${head}</head>`)}<body>${heads}
${para('The new graphics card runs every game we tried at twice the frame rate of the last one.')}</body></html>`;
  assert.equal(extractHtml(page('<title>GAME CHANGER | Newegg.com</title>'), 'https://promotions.newegg.com/zotac/index.html').meta.title, 'GAME CHANGER');
  assert.equal(extractHtml(page('<title>davidbau.com Vibe Coding</title>'), 'https://davidbau.com/archives/vibe_coding.html').meta.title, 'Vibe Coding');
  assert.equal(extractHtml(page('<title>Shop Example.com</title>'), 'https://news.other.example/a').meta.title, 'Shop Example.com');
  assert.equal(extractHtml(page('<title>Evolve: shared mutable history</title>', '<h1>Evolve: shared mutable history¶</h1>')).meta.title, 'Evolve: shared mutable history');
});

test('title: full-width punctuation in a Latin title becomes ASCII; a Japanese title keeps it', () => {
  const page = (t: string) => `${body(`<title>${t}</title></head>`)}<body><h1>${t}</h1>${para('Robot vacuums map a room with a laser and remember it for the next run.')}</body></html>`;
  assert.equal(extractHtml(page('How does mapping work？')).meta.title, 'How does mapping work?');
  assert.equal(extractHtml(page('ロボット掃除機の仕組み？')).meta.title, 'ロボット掃除機の仕組み？');
});

test('a short date line dates a page that states no date elsewhere; a footer date does not', () => {
  const page = (extra: string) => `${body('<title>Webcams</title></head>')}<body><h1>Webcams</h1>
${para('The park runs six webcams that show the valley at all hours of the day.')}${para('Images refresh every minute.')}
${extra}<footer><p>Site last updated: December 20, 2025</p></footer></body></html>`;
  assert.equal(extractHtml(page('<p>Last updated: November 13, 2025</p>')).meta.published, '2025-11-13');
  assert.equal(extractHtml(page('')).meta.published, null);
});

test('authors: the visible byline when JSON-LD and meta tags name none', () => {
  const page = `${body('<title>Hotel secrets</title></head>')}<body><h1>Hotel secrets</h1>
<div class="article-byline"><span>By <a href="/author/hs">Hazel Sheffield</a></span></div>
${para('Even luxury hotels are not always cleaned as often as they should be.')}</body></html>`;
  const ex = extractHtml(page);
  assert.deepEqual(ex.meta.byline, ['Hazel Sheffield']);
  assert.doesNotMatch(ex.text, /By Hazel/);
});

test('authors: a byline box that holds the date gives the name marked inside it; a date alone is no byline; two names are two authors', () => {
  const page = (line: string) => `${body('<title>Hotel secrets</title></head>')}<body><h1>Hotel secrets</h1>${line}
${para('Even luxury hotels are not always cleaned as often as they should be.')}</body></html>`;
  assert.deepEqual(extractHtml(page('<div class="byline">By <span class="byline__author">Joshua Sokol</span> May 20, 2019</div>')).meta.byline, ['Joshua Sokol']);
  assert.deepEqual(extractHtml(page('<span class="byline">1 mars 2019 à 15:20</span><p class="author">Ann Lee</p>')).meta.byline, ['Ann Lee']);
  assert.deepEqual(extractHtml(page('<p class="author">Alexandre Hervaud et Jérémy Piette</p>')).meta.byline, ['Alexandre Hervaud', 'Jérémy Piette']);
  assert.deepEqual(extractHtml(page('<p class="author">Paul Frew, Home and Digital Security Expert</p>')).meta.byline, ['Paul Frew, Home and Digital Security Expert']);
});

test('authors: a handle or a URL in the head leaves the byline to a name further on, or to the page', () => {
  const handle = bare('<meta name="twitter:creator" content="@mmufson">', '<p class="pb-byline">By <a href="/people/m">Mara Mufson</a></p>');
  assert.deepEqual(extractHtml(handle).meta.byline, ['Mara Mufson']);
  const url = bare('<meta name="author" content="https://x.example/staff/mara"><meta property="article:author" content="Mara Olsen">', '');
  assert.deepEqual(extractHtml(url).meta.byline, ['Mara Olsen']);
});

test('meta: a tag that carries several properties gives each of them', () => {
  const page = bare('<meta property="dc:creator og:article:author" content="Mara Olsen"><meta property="x:date article:published_time" content="2023-05-06">', '');
  const { meta } = extractHtml(page);
  assert.deepEqual(meta.byline, ['Mara Olsen']);
  assert.equal(meta.published, '2023-05-06');
});

test('a linked item of a list of notes is kept; a list of links is not', () => {
  const html = `<html><body><article><h1>Weekly notes</h1>
${para('Here is what the team did this week, item by item, as every week.')}
<ul>
<li>Dana fixed the crash when a window closes during a transfer, after weeks of looking.</li>
<li><a href="/bug/1">Bug 1677080 – Fullscreen window is affected by a source switch</a></li>
<li>Lee made the import of saved logins faster on large profiles, by a factor of three.</li>
</ul>
${para('That is all for this week, see you next time with more of the same.')}
<ul><li><a href="/a">Fishing quotas cut again</a></li><li><a href="/b">Ferry strike ends after two weeks</a></li></ul>
</article></body></html>`;
  const { text } = extractHtml(html);
  assert.match(text, /Bug 1677080/);
  assert.doesNotMatch(text, /Fishing quotas/);
});

test('a root that is a table is widened to the article holding it', () => {
  const row = (a: string, b: string) => `<tr><td><a href="/f">${a}</a></td><td>${b}</td></tr>`;
  const html = `<html><body><div class="content"><h1>Films with time loops</h1>
<p>This list of films features time loops, in which characters live the same period again and again.</p>
<table><tbody>${row('Groundhog Day', 'A weatherman relives the same day in a small town in Pennsylvania, over and over again.')}
${row('Edge of Tomorrow', 'A soldier relives the same battle against alien invaders each time he dies, and learns.')}
${row('Palm Springs', 'Two wedding guests are stuck in the same day in the desert and try everything to leave it.')}</tbody></table>
<h2>See also</h2><ul><li><a href="/1">Time travel in fiction</a></li><li><a href="/2">List of time travel works</a></li>
<li><a href="/3">Temporal paradoxes in film</a></li><li><a href="/4">Parallel universes in fiction</a></li><li><a href="/5">Films set in a single day</a></li>
<li><a href="/6">Novels with time loops</a></li><li><a href="/7">Games with time loops</a></li><li><a href="/8">Television episodes with loops</a></li>
<li><a href="/9">Déjà vu in popular culture</a></li><li><a href="/10">Eternal return in philosophy</a></li></ul>
</div></body></html>`;
  const { text } = extractHtml(html);
  assert.match(text, /This list of films/);
  assert.match(text, /Groundhog Day/);
});

test('a section whose id is the slug of its heading is not furniture, whatever words the slug holds', () => {
  const html = `<html><body><div class="document"><h1>Evolve: shared mutable history</h1>
${para('This guide shows how to share changes that are still being edited with other people.')}
<div class="section" id="setting-up"><h2>Setting up</h2>
${para('Install the extension and enable it in the configuration file of every repository you use.')}
${para('Then check that the new commands are there by asking for the help text of the amend command.')}
${para('Both people need the same version: an older one does not know the obsolescence markers.')}</div>
<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>
${para('Alice and Bob work on the same repository and push their drafts to each other every day.')}
${para('When Alice amends a change that Bob already has, his copy becomes obsolete and is replaced.')}
</div></div></body></html>`;
  assert.match(extractHtml(html).text, /Alice and Bob work/);
});

test('a column headed "Comment" in a table does not end the article', () => {
  const row = (a: string, b: string) => `<tr><td><p>${a}</p></td><td><p>${b}</p></td></tr>`;
  const html = `<html><body><article><h1>Task states</h1>
${para('The controller moves each task through a few states, described in the table below.')}
${para('Tasks come from many clients and are stored in a database before they are run.')}
${para('A worker claims a task, runs it, and reports back whether it succeeded or failed.')}
${para('When a worker dies, its tasks must be picked up again by another worker soon.')}
${para('The states below say what the controller does with a task in each of them.')}
<table>${row('<b>Status</b>', '<b>Comment</b>')}${row('new', 'Pick up new tasks that are ready.')}
${row('enqueued', 'Re-enqueue the task if it has been waiting for too long in the queue.')}
${row('claimed', 'Re-enqueue the task if it was claimed but never started by a worker.')}</table>
</article></body></html>`;
  assert.match(extractHtml(html).text, /never started by a worker/);
});

test('teaser cards (a link wrapping a headline and its summary) are link text, not the article', () => {
  const card = (h: string, s: string) => `<div class="box"><a href="/story/${h.length}"><h3>${h}</h3><p>${s} The summary runs on long enough to pass for a paragraph of prose.</p></a></div>`;
  const page = `${body('<title>Harbour dues</title></head>')}<body><article><h1>Harbour dues</h1>
${para('The harbour board raised its dues for the first time in a decade, citing the cost of dredging.')}
${para('Fishing crews said the rise would fall hardest on the smallest boats in the fleet.')}
${para('The board will review the dues again next spring after a public consultation.')}
${card('Ferry timetable changes', 'The ferry will run an hour later on weekdays from June onwards.')}
${card('New lighthouse keeper named', 'A former pilot takes over the lighthouse on the northern point.')}
</article></body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /smallest boats in the fleet/);
  assert.doesNotMatch(ex.text, /ferry will run|former pilot/);
});

test('a list of short linked items in Chinese or Japanese is judged as links, like one in English', () => {
  const nav = ['トップ', '速報', '写真', '映像', '雑誌', '個人', 'ビジネス', '特集'].map((w, i) => `<li><a href="/c${i}">${w}</a></li>`).join('');
  const p = (s: string) => `<p>${s}この段落は記事の本文として十分な長さがあり、実際の記事のように読めるようにしてあります。</p>`;
  const page = `${body('<title>港の料金</title></head>')}<body><div id="wrap"><ul>${nav}</ul>
${p('港湾委員会は十年ぶりに料金を引き上げた。')}${p('漁業者は小さな船に最も重い負担がかかると述べた。')}${p('委員会は来年の春に料金を見直す予定だ。')}</div></body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /小さな船/);
  assert.doesNotMatch(ex.text, /ビジネス|特集/);
});

test('a furniture-named box ("read-more") that holds most of the page\'s prose is the article', () => {
  const teaser = (s: string) => `<div class="story-block">${para(s)}</div>`;
  const page = `${body('<title>Dredging costs</title></head>')}<body><div id="story"><h1>Dredging costs</h1>
<div id="read-more"><div id="read-more-content">
${para('The harbour board raised its dues for the first time in a decade, citing the cost of dredging the channel.')}
${para('Fishing crews said the rise would fall hardest on the smallest boats in the fleet, which already struggle.')}
${para('The board will review the dues again next spring after a public consultation with every crew and owner.')}
${para('Dredging the approach has cost twice the estimate since the storms of last winter silted the channel up.')}
</div></div>
<div class="group other-columns"><h2>Other columns</h2>
${teaser('A columnist argues the town should buy back the old ferry pier before developers can.')}
${teaser('Another writes that the school holidays should move a week later to suit the tourist trade.')}
${teaser('A third asks why the council still has not fixed the lights on the promenade.')}
</div></div></body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /smallest boats in the fleet/);
});

test('a gallery layer that opens with its own close control is not the article, however much caption text it holds', () => {
  const slide = (i: number) => `<li><h2>${i}/12 Harbour scene</h2><p>Slide ${i} shows boats at the harbour wall during the winter storms, when the crews stayed ashore for a week.</p></li>`;
  const slides = Array.from({ length: 12 }, (_, i) => slide(i + 1)).join('');
  const page = `${body('<title>Harbour dues</title></head>')}<body><article><h1>Harbour dues</h1>
${para('The harbour board raised its dues for the first time in a decade, citing the cost of dredging.')}
${para('Fishing crews said the rise would fall hardest on the smallest boats in the fleet.')}
<div class="full-gallery"><a href="#" class="close" title="Close gallery"></a><h2>Harbour in pictures</h2><ul>${slides}</ul></div>
${para('The board will review the dues again next spring after a public consultation.')}
</article></body></html>`;
  const ex = extractHtml(page);
  assert.match(ex.text, /smallest boats in the fleet/);
  assert.match(ex.text, /public consultation/);
  assert.doesNotMatch(ex.text, /Slide 3 shows/);
});

test('a layer whose "close" link leads to another address is a page of its own and is read', () => {
  const page = `${body('<title>Notebook</title></head>')}<body><div class="blog-post outer"><a href="/notebook" class="blog-post-close">Back</a>
<h1>Notebook</h1>${para('The harbour board raised its dues for the first time in a decade, citing the cost of dredging.')}
${para('Fishing crews said the rise would fall hardest on the smallest boats in the fleet.')}</div></body></html>`;
  assert.match(extractHtml(page).text, /smallest boats in the fleet/);
});
