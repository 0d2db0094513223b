/** A resolution of parts A and B, each with its own formula, preamble and numbering (as A/RES/75/101 A-B). */
export function twoParts(partA: readonly string[], partB: readonly string[], closing = true): string {
  const part = (letter: string, title: string, paragraphs: readonly string[]): string[] => [letter, title, '\tThe General Assembly,', '\tRecalling its previous resolutions,', ...paragraphs];
  return [
    'Resolution adopted by the General Assembly on 10 December 2020',
    '75/101.\tQuestions relating to information',
    ...part('A', 'Information in the service of humanity', partA),
    ...part('B', 'United Nations global communications policies', partB),
    ...(closing ? ['', '41st plenary meeting', '10 December 2020'] : []),
  ].join('\n');
}
