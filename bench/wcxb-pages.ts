// The WCXB dev articles (../shared/data/wcxb-dev-articles): each page's HTML and its ground truth.
// Read by the extraction eval and by the block filter's training script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface WcxbPage {
  id: string;
  html: string;
  url: string;
  /** The main text, or null where the ground truth has none. */
  gold: string | null;
  title: string | null;
  date: string | null;
  with: string[];
  without: string[];
}

/** The pages in id order (the evals split them by the parity of their index). */
export function wcxbPages(dir: string): WcxbPage[] {
  const out: WcxbPage[] = [];
  for (const f of readdirSync(join(dir, 'ground-truth')).sort()) {
    if (!f.endsWith('.json')) continue;
    const id = f.replace(/\.json$/, '');
    const htmlPath = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) continue;
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8'));
    const g = gt.ground_truth ?? {};
    out.push({
      id,
      html: gunzipSync(readFileSync(htmlPath)).toString('utf8'),
      url: gt.url ?? '',
      gold: typeof g.main_content === 'string' && g.main_content.trim() ? g.main_content : null,
      title: g.title ?? null,
      date: g.publish_date ? String(g.publish_date).slice(0, 10) : null,
      with: g.with ?? [],
      without: g.without ?? [],
    });
  }
  return out;
}
