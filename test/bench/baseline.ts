/**
 * The floor every figure is divided by: the least work any line-oriented reader of the same text
 * must do (split it into lines, test each against one regular expression). Measured in the same
 * run on the same text, it cancels the speed of the machine out of the ratios.
 */
const OPERATIVE_LINE = /^\t\d+\.\t/;

export function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r?\n/)) if (OPERATIVE_LINE.test(line)) hits++;
  return hits;
}
