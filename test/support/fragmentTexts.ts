/**
 * Deterministic texts made of fragments, for tests that compare a hand-written scanner with the
 * regex it stands for: the fragments sit near every boundary the scanner's shortcuts have, and a
 * failure names a seed that rebuilds its text.
 */
export function* fragmentTexts(fragments: readonly string[], count: number, seed: number): Generator<string> {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = 1 + Math.floor(next() * 24);
    for (let j = 0; j < length; j++) text += fragments[Math.floor(next() * fragments.length)];
    yield text;
  }
}
