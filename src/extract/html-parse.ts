// Parses a page into a domhandler tree, with nodes built without their class-field initialisers.
// domhandler's classes declare eleven fields each (DOM aliases, parse5-only namespaces), and
// defining them was a tenth of the extraction's time; these nodes have the same prototypes
// (so every getter and `instanceof` still work) and the fields the extractor reads.
import { DomHandler, Element, Text, type Document, type DomHandlerOptions } from 'domhandler';
import { Parser } from 'htmlparser2';

const TEXT = 'text';

/** A node of the prototype's class with only the tree links and offsets set, in one order for every node. */
function bareNode<T extends Element | Text>(proto: T): T {
  const n = Object.create(proto) as T;
  n.parent = null;
  n.prev = null;
  n.next = null;
  n.startIndex = null;
  n.endIndex = null;
  return n;
}

/** A DomHandler whose elements and text nodes skip the class-field initialisers. */
class LeanDomHandler extends DomHandler {
  /** The parser, for the end offset of text that arrives in several pieces (the base class keeps it private). */
  private source: Parser | null = null;

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const e = bareNode<Element>(Element.prototype);
    e.children = [];
    e.name = name;
    e.attribs = attribs;
    e.type = (name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag') as Element['type'];
    this.addNode(e);
    this.tagStack.push(e);
  }

  override ontext(data: string): void {
    const last = this.lastNode;
    if (last && last.type === TEXT) {
      last.data += data;
      if (this.source) last.endIndex = this.source.endIndex;
      return;
    }
    const t = bareNode<Text>(Text.prototype);
    t.data = data;
    (t as { type: string }).type = TEXT;
    this.addNode(t);
    this.lastNode = t;
  }
}

const OPTIONS: DomHandlerOptions = { withStartIndices: true, withEndIndices: true };

/** The page's document tree, with the source offsets of every node. */
export function parseHtml(html: string): Document {
  const handler = new LeanDomHandler(undefined, OPTIONS);
  new Parser(handler, OPTIONS).end(html);
  return handler.root;
}
