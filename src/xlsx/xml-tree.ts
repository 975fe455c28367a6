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
    scanText(
      text,
      (s: XmlScanner, t: Token) => {
        if (t === Token.Open) {
          const attributes = s.attributes();
          const declares = new Map<string, string>();
          for (const a of attributes) {
            if (a.qname === 'xmlns') declares.set('', a.value);
            else if (a.qname.startsWith('xmlns:')) declares.set(a.qname.slice(6), a.value);
          }
          const element: XmlElement = {
            index: this.elements.length,
            parent: stack.length ? stack[stack.length - 1] : -1,
            depth: s.depth,
            uri: s.uri(),
            local: s.local(),
            qname: s.qname(),
            start: s.start,
            openEnd: s.end,
            end: s.end,
            contentEnd: s.end,
            selfClosing: s.selfClosing,
            attributes,
            declares,
          };
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

  /** The element's text content as written (raw, not decoded). */
  rawContent(element: XmlElement): string {
    return this.text.slice(element.openEnd, element.contentEnd);
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

/** `<sheets/>` → `<sheets>` + content + `</sheets>`; else content inserted before the end tag. */
export function insertInto(tree: XmlTree, parent: XmlElement, content: string, atStart = false): string {
  const { text } = tree;
  if (parent.selfClosing) {
    const open = text.slice(parent.start, parent.openEnd).replace(/\s*\/>$/, '>');
    return text.slice(0, parent.start) + open + content + `</${parent.qname}>` + text.slice(parent.end);
  }
  const at = atStart ? parent.openEnd : parent.contentEnd;
  return text.slice(0, at) + content + text.slice(at);
}
