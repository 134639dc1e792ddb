/**
 * Where a text stops being JSON, as line and column, so a data owner can find the missing comma.
 * Browsers word (and position) their `JSON.parse` errors differently and some give no position
 * at all, so this walks the text itself; it runs only after `JSON.parse` has failed.
 */
export interface JsonErrorPlace {
  /** 0-based offset of the first character that cannot be part of valid JSON. */
  offset: number;
  /** 1-based, as text editors count. */
  line: number;
  column: number;
  /** The line the error is on, for showing it with a marker. */
  lineText: string;
}

export function findJsonError(text: string): JsonErrorPlace | null {
  const offset = firstBadOffset(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  return {
    offset,
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    lineText: text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, ''),
  };
}

class Stop {
  constructor(readonly at: number) {}
}

/** A small recursive reader of the JSON grammar that stops at the first character it cannot accept. */
function firstBadOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new Stop(at);
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[at] ?? '')) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) fail();
    at++;
  };
  const string = () => {
    expect('"');
    while (text[at] !== '"') {
      if (at >= text.length || text.charCodeAt(at) < 0x20) fail();
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at++;
    }
    at++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail();
    at += match![0].length;
  };
  const word = (literal: string) => {
    for (const char of literal) expect(char);
  };
  const members = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      member();
      space();
      if (text[at] === close) return void at++;
      expect(',');
      space();
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{')
      members('}', () => {
        string();
        space();
        expect(':');
        value();
      });
    else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't') word('true');
    else if (char === 'f') word('false');
    else if (char === 'n') word('null');
    else number();
  };
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (stop) {
    if (stop instanceof Stop) return Math.min(stop.at, text.length);
    throw stop;
  }
}
