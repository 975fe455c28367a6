import { Token, XmlScanner } from './xml-scan';
import { scanText } from './package';

/** One attribute, with where its value sits in the text. */
export interface XmlAttribute {
  qname: string;
  uri: string;
  local: string;
  value: string;
  valueStart: number;
  valueEnd: number;
}

/** One element of a small part, with its span in the text (for editing in place). */
export interface XmlElement {
  index: number;
  parent: number;
  depth: number;
  uri: string;
  local: string;
  qname: string;
  /** `<` of the start tag; the end of the start tag; the end of the element (after its end tag). */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  attributes: XmlAttribute[];
  /** Namespace declarations on this element: prefix ('' for the default) → URI. */
  declares: Map<string, string>;
  /** Where the element's content ends (its end tag's `<`); equals `openEnd` for an empty element. */
  contentEnd: number;
}

class Element implements XmlElement {
  private read: XmlAttribute[] | null;
  constructor(
    private readonly tree: XmlTree,
    readonly index: number,
    readonly parent: number,
    readonly depth: number,
    readonly uri: string,
    readonly local: string,
    readonly qname: string,
    readonly start: number,
    readonly openEnd: number,
    readonly selfClosing: boolean,
    readonly declares: Map<string, string>,
    attributes: XmlAttribute[] | null,
  ) {
    this.end = openEnd;
    this.contentEnd = openEnd;
    this.read = attributes && attributes.map((a) => ({ ...a }));
  }

  end: number;
  contentEnd: number;

  get attributes(): XmlAttribute[] {
    return (this.read ??= this.tree.attributesOf(this));
  }
}

/**
 * A small part (workbook, styles, content types) as a flat list of elements in document order, each with
 * its span, so an edit can replace exactly one element or attribute and leave every other byte as it was.
 */
export class XmlTree {
  readonly elements: XmlElement[] = [];

  constructor(
    readonly text: string,
    file: string,
    part: string,
  ) {
    const stack: number[] = [];
    const none = new Map<string, string>();
    scanText(
      text,
      (s: XmlScanner, t: Token) => {
        if (t === Token.Open) {
          // Attributes are read when asked for, except where they declare namespaces (needed for every lookup).
          const eager = s.declaring ? s.attributes() : null;
          const declares = eager ? new Map<string, string>() : none;
          for (const a of eager ?? []) {
            if (a.qname === 'xmlns') declares.set('', a.value);
            else if (a.qname.startsWith('xmlns:')) declares.set(a.qname.slice(6), a.value);
          }
          const element = new Element(
            this,
            this.elements.length,
            stack.length ? stack[stack.length - 1] : -1,
            s.depth,
            s.uri(),
            s.local(),
            s.qname(),
            s.start,
            s.end,
            s.selfClosing,
            declares,
            eager,
          );
          this.elements.push(element);
          if (!s.selfClosing) stack.push(element.index);
        } else if (t === Token.Close) {
          const index = stack.pop();
          if (index !== undefined) {
            this.elements[index].end = s.end;
            this.elements[index].contentEnd = s.start;
          }
        }
      },
      file,
      part,
    );
  }

  /** An element's attributes, read from its start tag (namespaces resolved in its scope). */
  attributesOf(element: XmlElement): XmlAttribute[] {
    const s = new XmlScanner(this.text.slice(element.start, element.openEnd), true);
    s.next();
    return s.attributes().map((a) => {
      const colon = a.qname.indexOf(':');
      const prefix = colon < 0 ? '' : a.qname.slice(0, colon);
      const uri =
        colon < 0
          ? a.qname === 'xmlns'
            ? 'http://www.w3.org/2000/xmlns/'
            : ''
          : prefix === 'xmlns'
            ? 'http://www.w3.org/2000/xmlns/'
            : prefix === 'xml'
              ? 'http://www.w3.org/XML/1998/namespace'
              : (this.lookup(element, prefix) ?? '');
      return { ...a, uri, valueStart: a.valueStart + element.start, valueEnd: a.valueEnd + element.start };
    });
  }

  root(): XmlElement | undefined {
    return this.elements[0];
  }

  /** Elements in namespace `uri` named `local`, optionally only the children of `parent`. */
  find(uri: string, local: string, parent?: XmlElement): XmlElement[] {
    return this.elements.filter((e) => e.uri === uri && e.local === local && (parent === undefined || e.parent === parent.index));
  }

  first(uri: string, local: string, parent?: XmlElement): XmlElement | undefined {
    return this.elements.find((e) => e.uri === uri && e.local === local && (parent === undefined || e.parent === parent.index));
  }

  children(parent: XmlElement): XmlElement[] {
    return this.elements.filter((e) => e.parent === parent.index);
  }

  /** The URI a prefix is bound to at an element. */
  lookup(element: XmlElement, prefix: string): string | null {
    for (let e: XmlElement | undefined = element; e; e = e.parent >= 0 ? this.elements[e.parent] : undefined) {
      const uri = e.declares.get(prefix);
      if (uri !== undefined) return uri;
    }
    return null;
  }

  /** A prefix bound to `uri` in scope at `element` ('' for the default namespace), null when there is none. */
  prefixFor(element: XmlElement, uri: string): string | null {
    for (let e: XmlElement | undefined = element; e; e = e.parent >= 0 ? this.elements[e.parent] : undefined) {
      for (const [prefix, bound] of e.declares) if (bound === uri && this.lookup(element, prefix) === uri) return prefix;
    }
    return null;
  }

  /** A value of an attribute in no namespace. */
  attr(element: XmlElement, local: string): string | undefined {
    return element.attributes.find((a) => a.uri === '' && a.local === local)?.value;
  }

  /** A value of an attribute in a namespace (any prefix). */
  attrNS(element: XmlElement, uri: string, local: string): string | undefined {
    return element.attributes.find((a) => a.uri === uri && a.local === local)?.value;
  }
}

/**
 * The start of a new element named `local` in namespace `uri`, to be placed inside `parent` of `tree`: with
 * the prefix in scope there, or declaring the namespace on itself when none is in scope.
 */
export function newElementTag(tree: XmlTree, parent: XmlElement, uri: string, local: string): string {
  const prefix = tree.prefixFor(parent, uri);
  if (prefix === null) return `<${local} xmlns="${uri}"`;
  return prefix ? `<${prefix}:${local}` : `<${local}`;
}
