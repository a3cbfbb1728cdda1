// The document every stage reads and adds to. Stages add layers; none rewrites `text`.
import type {
  Block,
  Claim,
  Entity,
  Figure,
  Finding,
  Mention,
  Meta,
  Quote,
  Span,
  TimeExpr,
  TimelineEntry,
} from '../brief/types.js';
import { TokenTable } from './tokens.js';

/** The named span layers a stage may require or assign, with their element types. */
export interface Layers {
  blocks: Block[];
  sentences: Span[];
  tokens: TokenTable;
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpr[];
  timeline: TimelineEntry[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'blocks',
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'times',
  'timeline',
  'figures',
  'quotes',
  'claims',
];

export function emptyMeta(): Meta {
  return { title: null, subtitle: null, byline: [], published: null, site: null, lang: null, url: null };
}

export class Doc {
  readonly text: string;
  meta: Meta;
  private readonly layers: Partial<Layers> = {};
  /** Findings live apart from the layers, so a check never mutates what it checks. */
  readonly findings: Finding[] = [];
  /** Stage-private data shared between stages that agree on a key (e.g. per-token NER tags). */
  readonly extras = new Map<string, unknown>();

  constructor(text: string, blocks: Block[], meta: Meta = emptyMeta()) {
    this.text = text;
    this.meta = meta;
    this.layers.blocks = blocks;
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** A layer an earlier stage assigned; throws if none did (the runner prevents that). */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer "${name}" has not been assigned`);
    return layer as Layers[K];
  }

  /** A layer, or undefined when no stage has assigned it (for stages that use it where it exists). */
  maybe<K extends LayerName>(name: K): Layers[K] | undefined {
    return this.layers[name] as Layers[K] | undefined;
  }

  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.layers[name] = value;
  }

  get blocks(): Block[] {
    return this.get('blocks');
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  addFinding(finding: Finding): void {
    this.findings.push(finding);
  }
}
