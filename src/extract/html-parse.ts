// Parses a page into a domhandler tree, with nodes built without their class-field initialisers.
// domhandler's classes declare eleven fields each (DOM aliases, parse5-only namespaces), and
// defining them was a tenth of the extraction's time; these nodes have the same prototypes
// (so every getter and `instanceof` still work) and the fields the extractor reads.
import { DomHandler, Element, Text, type Document, type DomHandlerOptions } from 'domhandler';
import { Parser } from 'htmlparser2';

const TEXT = 'text';

/** A DomHandler whose elements and text nodes skip the class-field initialisers. */
class LeanDomHandler extends DomHandler {
  /** The parser, for the end offset of text that arrives in several pieces (the base class keeps it private). */
  private source: Parser | null = null;

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const e = Object.create(Element.prototype) as Element;
    e.parent = null;
    e.prev = null;
    e.next = null;
    e.startIndex = null;
    e.endIndex = null;
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
    const t = Object.create(Text.prototype) as Text;
    t.parent = null;
    t.prev = null;
    t.next = null;
    t.startIndex = null;
    t.endIndex = null;
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
