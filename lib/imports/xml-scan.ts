/**
 * A small streaming scan of XML as spreadsheets write it: tags and text are
 * reported as the bytes arrive, so that a sheet is read in one pass without
 * ever holding its whole text or a tree of it. It knows elements, attributes,
 * text and the five entities plus numeric ones; that is all an XLSX needs.
 */

export type XmlHandler = {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not decoded: see decodeXml), possibly in several pieces. */
  text(raw: string): void;
};

/** The longest tag we accept: a cell's or row's tag is a few dozen characters. */
const TAG_MAX = 16 * 1024;

export class XmlTooLargeError extends Error {
  override name = 'XmlTooLargeError';
}

export class XmlScanner {
  private readonly decoder = new TextDecoder('utf-8');
  private rest = '';
  private inTag = false;

  constructor(private readonly handler: XmlHandler) {}

  push(bytes: Uint8Array, final = false): void {
    const text = this.rest + this.decoder.decode(bytes, { stream: !final });
    let at = 0;
    for (;;) {
      if (this.inTag) {
        const end = text.indexOf('>', at);
        if (end < 0) break;
        this.tag(text.slice(at, end));
        at = end + 1;
        this.inTag = false;
      } else {
        const start = text.indexOf('<', at);
        if (start < 0) {
          if (at < text.length) this.handler.text(text.slice(at));
          at = text.length;
          break;
        }
        if (start > at) this.handler.text(text.slice(at, start));
        at = start + 1;
        this.inTag = true;
      }
    }
    this.rest = text.slice(at);
    if (this.rest.length > TAG_MAX) throw new XmlTooLargeError('Tag too long.');
  }

  private tag(body: string): void {
    const first = body.charCodeAt(0);
    // <?xml …?>, <!-- … -->, <!DOCTYPE …>: nothing we read.
    if (first === 63 /* ? */ || first === 33 /* ! */) return;
    if (first === 47 /* / */) return this.handler.close(localName(body.slice(1).trim()));
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const space = inner.search(/\s/);
    const name = localName(space < 0 ? inner : inner.slice(0, space));
    this.handler.open(name, space < 0 ? '' : inner.slice(space), selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}

/** `x:c` → `c`: some writers prefix the spreadsheet namespace. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** One attribute's value from a tag's attribute text, decoded; undefined if absent. */
export function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)(?:[\\w-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[2] ?? match[3] ?? '') : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities decoded. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
