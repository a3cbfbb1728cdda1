// The `ner` pipeline stage: tags dossier's tokens with the trained tagger and assigns the
// mentions layer (entity: null; resolution comes later). The per-token labels are left in
// doc.extras under "ner.labels" (ids into LABELS) for stages that want them.
import type { Stage, StageContext } from '../../core/stage.js';
import { loadTagger } from './load.js';
import { tagTokens } from './mentions.js';
import type { Tagger } from './tagger.js';

export const NER_RESOURCE = 'ner.tagger';

export function taggerFrom(ctx: StageContext): Tagger {
  let tagger = ctx.resources.get(NER_RESOURCE) as Tagger | undefined;
  if (!tagger) {
    tagger = loadTagger();
    ctx.resources.set(NER_RESOURCE, tagger);
  }
  return tagger;
}

export const nerStage: Stage = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(doc, ctx) {
    const { labels, mentions } = tagTokens(doc.text, doc.get('tokens'), doc.get('sentences'), taggerFrom(ctx));
    doc.set('mentions', mentions);
    doc.extras.set('ner.labels', labels);
  },
};
