// Picks the preambular and operative lead phrases the grammar italicizes, from the corpus counts.
// The counted lists are noisy (French/Spanish/Russian leads, section titles, truncated words), so a
// phrase must be frequent, plain English and have the grammatical shape of its part of a resolution.
import { readFileSync } from 'node:fs';

/** Phrases seen once are mostly conversion noise. */
export const MIN_COUNT = 2;

// Words that may precede the lead word ("Also requests", "Deeply concerned", "Once again urges").
const ADVERB = /^(?:[A-Za-z]+ly|Also|also|Further|further|Again|again|Once|Still|While|Ever)$/;
// ASCII words, single spaces, inner hyphens: drops non-English leads and comma-split fragments.
const PLAIN = /^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?: [A-Za-z]+(?:-[A-Za-z]+)*)*$/;
// Preambular leads are participles or adjectives (Recalling, Convinced, Mindful, Aware, Desirous).
const PREAMBULAR_LEAD = /(?:ing|ed|ful|ous|are|zant|ive|ble)$/;
// Operative leads are third-person present verbs (Decides, Calls, Expresses) but not "-ss" nouns.
const OPERATIVE_LEAD = /(?:[^s]s|sses)$/;
// The italic run sometimes swallows the next word ("Noting that", "Taking note of") or the object
// ("Stresses the importance"); such a variant is rare next to its plain form, and italicizing
// "that"/"of"/"the ..." in every paragraph would be wrong.
const TRAILING_FUNCTION_WORD = / (?:that|its|their|this|these|a|an|any|of|to|by|under|for|from|at)$| the\b/;
// Plural nouns that also pass as verbs; "States" opens countless hard-wrapped lines ("States parties").
const NOUNS = new Set(['States', 'Nations', 'Parties', 'Members', 'Governments']);

/** Reads a `phrase<TAB>count<TAB>...` file with a header line into phrase -> total count. */
export function readPhraseCounts(path) {
  const counts = new Map();
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [phrase, count] = line.split('\t');
    if (phrase && count) counts.set(phrase.trim(), Number(count));
  }
  return counts;
}

function leadWord(phrase) {
  return phrase.split(' ').find((word) => !ADVERB.test(word));
}

function select(counts, leadShape) {
  return [...counts]
    .filter(([phrase, count]) => count >= MIN_COUNT && PLAIN.test(phrase))
    .filter(([phrase]) => !TRAILING_FUNCTION_WORD.test(phrase) && !NOUNS.has(phrase))
    .map(([phrase]) => phrase)
    .filter((phrase) => {
      const lead = leadWord(phrase);
      return lead !== undefined && leadShape.test(lead);
    });
}

/** The two phrase sets; they must not overlap, or a paragraph's kind would depend on rule order. */
export function selectPhrases(preambularCounts, operativeCounts) {
  const preambular = select(preambularCounts, PREAMBULAR_LEAD);
  const operative = select(operativeCounts, OPERATIVE_LEAD);
  const shared = preambular.filter((phrase) => operative.includes(phrase));
  if (shared.length > 0) throw new Error(`phrases in both lists: ${shared.join(', ')}`);
  return { preambular, operative };
}

/**
 * A regex alternation, longest phrase first so "Recalling also" wins over "Recalling".
 * Only literals are alternated, so matching stays linear; spaces accept any run of blanks.
 */
export function alternation(phrases) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((phrase) => phrase.split(' ').map(escape).join('[ \\t]+'))
    .join('|');
}
