/**
 * Fixtures with a cursor marker, as in vscode-markdown-languageservice's tests: "resolution 59/4¦8".
 * (Not "$$", which String.replace reads as an escape.)
 */
export const CURSOR = '¦';

export function withCursor(source: string): { text: string; position: { line: number; character: number } } {
  const at = source.indexOf(CURSOR);
  if (at < 0) throw new Error('fixture has no cursor marker');
  const text = source.slice(0, at) + source.slice(at + CURSOR.length);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}
