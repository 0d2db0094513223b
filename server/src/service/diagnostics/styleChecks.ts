/**
 * Style checks, reported as information and hints by default: the ending punctuation of
 * paragraphs and sub-paragraphs, and the part of speech of lead phrases (a preambular paragraph
 * opens with a participle or adjective, an operative one with a verb in the present tense).
 */
import type { SyntaxNode } from '../syntax/nodes';
import { ownText, ownTextEnd, textEndBefore } from '../syntax/walk';
import { matchLeadPhrase, withoutOpeningMarks } from '../phrases/leadPhrases';
import type { Problem } from './problem';
import { charCodes, isDigit, isSpace } from '../text/chars';

/** The last character that counts: footnote markers, closing quotes and brackets are looked through. */
function finalMark(text: string, end: number, start: number): { char: string; at: number } {
  let i = end;
  // "[^3]" markers, then the digits of a marker glued to a mark or set apart from it by a PDF
  // copy ("Rights,6", "Rights, 6"), then quotes and brackets.
  while (i > start && text.charCodeAt(i - 1) === 0x5d /* ] */ && /\[\^\d{1,3}\]$/.test(text.slice(Math.max(start, i - 7), i))) i = text.lastIndexOf('[', i - 1);
  const beforeDigits = i;
  while (i > start && isDigit(text.charCodeAt(i - 1))) i--;
  const digits = beforeDigits - i;
  while (digits > 0 && i > start && isSpace(text.charCodeAt(i - 1))) i--;
  if (!MARKS.has(text.charCodeAt(i - 1)) || digits > 3) i = beforeDigits;
  while (i > start && (CLOSERS.has(text.charCodeAt(i - 1)) || isSpace(text.charCodeAt(i - 1)))) i--;
  return { char: text[i - 1] ?? '', at: i - 1 };
}

const MARKS = charCodes(',;:.');
const CLOSERS = charCodes('”"’\')]');

function replaceMark(problem: Omit<Problem, 'fixes'>, at: number, current: string, wanted: string): Problem {
  const isMark = /[,;:.]/.test(current);
  const edit = isMark ? { start: at, end: at + 1, newText: wanted } : { start: at + 1, end: at + 1, newText: wanted };
  return { ...problem, fixes: () => [{ title: `End with "${wanted}"`, edits: [edit], preferred: true }] };
}

export function checkPunctuation(root: SyntaxNode, text: string): Problem[] {
  const problems: Problem[] = [];
  const visitScope = (scope: SyntaxNode): void => {
    const operatives: SyntaxNode[] = [];
    /** Page furniture and page-foot notes, which a page break puts between two paragraphs. */
    const furniture: SyntaxNode[] = [];
    const visit = (node: SyntaxNode): void => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (child.kind === 'part' || child.kind === 'embedded') visitScope(child);
        else if (child.kind === 'footnotes' || child.kind === 'artefact') furniture.push(child);
        else if (child.kind === 'annex') continue;
        else if (child.kind === 'preambular') checkPreambular(child, text, problems);
        else if (child.kind === 'operative') operatives.push(child);
        else visit(child);
      }
    };
    visit(scope);
    const adjacent = (before: SyntaxNode, after: SyntaxNode): boolean => onlySpaceBetween(text, before.end, after.start, furniture);
    operatives.forEach((paragraph, index) => checkOperative(paragraph, operatives[index + 1], text, problems, adjacent));
  };
  visitScope(root);
  return problems;
}

function checkPreambular(paragraph: SyntaxNode, text: string, problems: Problem[]): void {
  const end = ownTextEnd(paragraph, text);
  const start = paragraph.contentStart ?? paragraph.start;
  if (end <= start) return;
  const { char, at } = finalMark(text, end, start);
  const hasList = paragraph.children.some((child) => child.kind === 'subparagraph');
  if (char === ',' || (char === ':' && hasList) || (hasList && char !== '.')) return;
  problems.push(replaceMark({ code: 'punctuation-preambular', start: Math.max(start, at), end, message: 'A preambular paragraph ends with a comma.' }, at, char, ','));
}

/** Whether nothing but white space and page furniture (`furniture`, in document order) stands between `from` and `to`. */
function onlySpaceBetween(text: string, from: number, to: number, furniture: readonly SyntaxNode[]): boolean {
  let at = from;
  for (const node of furniture) {
    if (node.end <= at || node.start >= to) continue;
    if (text.slice(at, node.start).trim() !== '') return false;
    at = node.end;
  }
  return text.slice(at, to).trim() === '';
}

function checkOperative(paragraph: SyntaxNode, next: SyntaxNode | undefined, text: string, problems: Problem[], adjacent: (before: SyntaxNode, after: SyntaxNode) => boolean): void {
  const last = next === undefined;
  const end = ownTextEnd(paragraph, text);
  const start = paragraph.contentStart ?? paragraph.start;
  if (end <= start) return;
  const { char, at } = finalMark(text, end, start);
  // A budget section's unnumbered "Recalls its resolution 77/263 A, in which ... dollars," right
  // over its paragraphs numbered from 1 introduces them, as a preamble does (a page break may part them).
  if (!paragraph.label && char === ',' && next?.label?.value === 1 && adjacent(paragraph, next)) return;
  const subs = paragraph.children.filter((child) => child.kind === 'subparagraph');
  if (subs.length) {
    if (char !== ':' && char !== ';' && char !== '.' && char !== ',') {
      problems.push(replaceMark({ code: 'punctuation-operative', start: Math.max(start, at), end, message: 'A paragraph that introduces a list ends with a colon.' }, at, char, ':'));
    }
    subs.forEach((sub, index) => checkSubparagraph(sub, last && index === subs.length - 1, text, problems));
    return;
  }
  if (last) {
    if (char === ';' || char === ',') {
      problems.push(replaceMark({ code: 'punctuation-operative', start: Math.max(start, at), end, message: 'The last operative paragraph ends with a full stop.' }, at, char, '.'));
    }
    return;
  }
  // A full stop mid-sequence is normal at the end of a section or after several sentences.
  if (char !== ';' && char !== ':' && char !== '.') {
    problems.push(replaceMark({ code: 'punctuation-operative', start: Math.max(start, at), end, message: 'An operative paragraph ends with a semicolon.' }, at, char, ';'));
  }
}

function checkSubparagraph(sub: SyntaxNode, last: boolean, text: string, problems: Problem[]): void {
  const nested = sub.children.filter((child) => child.kind === 'subparagraph');
  if (nested.length) {
    nested.forEach((child, index) => checkSubparagraph(child, last && index === nested.length - 1, text, problems));
    return;
  }
  const end = ownTextEnd(sub, text);
  const start = sub.contentStart ?? sub.start;
  if (end <= start) return;
  const { char, at } = finalMark(text, end, start);
  // "(c) Facilitate the ... delivery of humanitarian assistance" over the text of its group (S/RES/2149
  // (2014)): a heading, which ends with no punctuation.
  if (!MARKS.has(char.charCodeAt(0)) && sub.children.some((child) => child.kind === 'text')) return;
  // "; and" before the last item, or "; or," where the sentence goes on after the list (S/RES/2231
  // (2015)): read at the end only (the item may be long).
  if (char === ':' || (last ? char === '.' : char === ';' || char === '.' || endsWithJoiningWord(sub, text, start, end))) return;
  const wanted = last ? '.' : ';';
  problems.push(replaceMark({ code: 'punctuation-subparagraph', start: Math.max(start, at), end, message: last ? 'The last sub-paragraph of the resolution ends with a full stop.' : 'A sub-paragraph ends with a semicolon ("; and" before the last one).' }, at, char, wanted));
}

/**
 * "...; and" or "...; or," at the item's end (read there only: the item may be long), also with a
 * page break between the semicolon and its word (a layout-keeping copy sets "and" on the next page).
 */
function endsWithJoiningWord(sub: SyntaxNode, text: string, start: number, end: number): boolean {
  const word = /(?:^|\s)(?:and|or),?$/.exec(text.slice(Math.max(start, end - 64), end));
  return word !== null && text.charCodeAt(textEndBefore(sub, text, end - word[0].trimStart().length) - 1) === 0x3b /* ; */;
}

/** How much of a paragraph's text the lead phrase is looked for in. */
const LEAD_WINDOW = 400;

export function checkPartOfSpeech(root: SyntaxNode, text: string): Problem[] {
  const problems: Problem[] = [];
  visitForPartOfSpeech(root, text, problems);
  return problems;
}

/** A module-level walk rather than a closure per call, whose optimized code a collection would drop (see footnotes.ts). */
function visitForPartOfSpeech(node: SyntaxNode, text: string, problems: Problem[]): void {
  const children = node.children;
  if (children.length === 0) return;
  // For each child, the kind of the next preamble, operative paragraph or section after it (one backward pass).
  const nextKind: Array<SyntaxNode['kind'] | undefined> = new Array(children.length);
  let following: SyntaxNode['kind'] | undefined;
  for (let i = children.length - 1; i >= 0; i--) {
    nextKind[i] = following;
    const kind = children[i].kind;
    if (kind === 'preamble' || kind === 'operative' || kind === 'section') following = kind;
  }
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    // An annexed text follows its own body's conventions: a commission's decisions number their
    // "Considering" paragraphs, a declaration opens numbered paragraphs with "Recognizing".
    if (child.kind === 'annex') continue;
    if (child.kind === 'preambular' || child.kind === 'operative') checkLeadPhrase(child, text, problems);
    // A numbered paragraph followed by more preamble in the same place stands inside the preamble.
    if (child.kind === 'operative' && child.label && nextKind[index] === 'preamble') {
      problems.push({ code: 'numbered-in-preamble', start: child.label.start, end: child.label.end, message: 'This numbered paragraph stands inside the preamble: more preambular paragraphs follow it.' });
    }
    visitForPartOfSpeech(child, text, problems);
  }
}

/** A preambular paragraph that opens like an operative one, or the reverse. */
function checkLeadPhrase(paragraph: SyntaxNode, text: string, problems: Problem[]): void {
  // The lead phrase is within the first words: reading further would copy whole paragraphs.
  const lead = matchLeadPhrase(withoutOpeningMarks(ownText(paragraph, text, LEAD_WINDOW).trimStart()));
  if (!lead || (lead.kind === 'operative') === (paragraph.kind === 'operative')) return;
  // Where the phrase itself stands (after the label, white space and any page break).
  const from = paragraph.contentStart ?? paragraph.start;
  const found = text.indexOf(lead.phrase, from);
  const start = found >= 0 && found < from + 2000 ? found : from;
  const message =
    lead.kind === 'operative'
      ? `"${lead.phrase}" opens operative paragraphs; a preambular paragraph opens with a participle or an adjective ("Recalling", "Concerned").`
      : `"${lead.phrase}" opens preambular paragraphs; an operative paragraph opens with a verb in the present tense ("Decides", "Requests").`;
  problems.push({ code: 'part-of-speech', start, end: start + lead.phrase.length, message });
}
