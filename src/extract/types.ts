import type { Block, Meta } from '../brief/types.js';

/** What every extractor returns: the clean text, its blocks and the page's metadata. */
export interface Extracted {
  text: string;
  blocks: Block[];
  meta: Meta;
}

export type InputFormat = 'html' | 'text';
