// The TextMate rules of the UN resolution grammar; build-grammar.mjs fills in the phrase lists.
// TextMate sees one line at a time (Oniguruma regexes), so every rule is line-local and
// linear: literal alternations, bounded repeats, no nested quantifiers over the same characters.
// Scope names use standard roots (comment, keyword, markup, constant, entity) so themes colour them.

const r = String.raw;

/**
 * Blank characters inside a line (TextMate never passes the line break to a rule): also no-break
 * and the other Unicode spaces word processors write after a number (en, em, thin ...), and the
 * invisible marks some exports put there ("6.\u200e Reaffirms").
 */
const BL = r`[ \t\x{00A0}\x{1680}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}\x{200B}-\x{200F}]`;
const MONTH = r`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
// Document-symbol organs and treaty-body prefixes (FORMAT_SPEC §7).
const ORGAN = r`(?:UNEP|CEDAW|CERD|CCPR|CRPD|FCCC|CRC|CAT|CMW|ST|TD|DP|A|S|E)`;
// One symbol component: "RES", "67", "L.15", "Rev.1", "C.3", "277-S" (double symbols). A number
// takes at most one letter ("290b"), so masthead text glued on ("A/RES/67/15Cooperation") stays out.
const SYMBOL_WORD = r`(?:[A-Z][A-Za-z]*|\d+[a-z]?)`;
const SYMBOL_PART = r`/${SYMBOL_WORD}(?:[.\-]${SYMBOL_WORD})*`;
// "A", "A and B", "A to D": parts of one resolution number.
const PART_LETTERS = r`[A-H](?: (?:and|to) [A-H])?`;
// Citation starts must not be inside a longer token (symbol, decimal, hyphenated range).
const NOT_INSIDE = r`(?<![\w/.\-])`;

/**
 * @param {{ preambular: string, operative: string }} leads regex alternations of lead phrases
 */
export function grammar(leads) {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'UN Resolution',
    scopeName: 'text.un-resolution',
    fileTypes: ['unres'],
    patterns: [
      { include: '#artefacts' },
      { include: '#headings' },
      { include: '#enacting-formula' },
      { include: '#paragraph-leads' },
      { include: '#citations' },
      { include: '#footnote-markers' },
    ],
    repository: {
      artefacts: {
        comment: 'Export and PDF residue: not part of the resolution text, shown as comments.',
        patterns: [
          {
            comment: 'ODS metadata line, e.g. "[DU1]<<ODS JOB NO>>N1247950E<<ODS JOB NO>>".',
            name: 'comment.line.export-field.un-resolution',
            match: r`^(?:\[DU\d{1,3}\])?<<ODS .*$`,
          },
          { name: 'comment.other.export-field.un-resolution', match: r`\[DU\d{1,3}\]|<<ODS [^<>]{1,40}>>` },
          { name: 'comment.other.barcode.un-resolution', match: r`\*\d{6,9}\*` },
          { name: 'comment.other.masthead.un-resolution', match: r`\bPlease recycle\b|Distr\.:${BL}*(?:General|Limited|Restricted)\b` },
          {
            comment: 'Masthead lines: job number "12-47950", "25-15106 (E)"; "Original: English".',
            name: 'comment.line.masthead.un-resolution',
            match: r`^${BL}*(?:\d{2}-\d{5}(?:${BL}*\([A-Z]\))?|Original:${BL}*[A-Z][a-z]+)${BL}*$`,
          },
          {
            comment: 'Page numbers "2/3" on their own line; bare numbers only unindented (indented ones are table cells).',
            name: 'comment.line.page-number.un-resolution',
            match: r`^${BL}*\d{1,3}${BL}*/${BL}*\d{1,3}${BL}*$|^\d{1,3}${BL}*$`,
          },
          { name: 'comment.line.rule.un-resolution', match: r`^${BL}*(?:_{3,}|-{3,}|={3,})${BL}*$` },
        ],
      },

      headings: {
        patterns: [
          {
            comment: 'Title line "67/15.<TAB>Cooperation between ..." (GA/HRC/ECOSOC number, full stop, title).',
            name: 'markup.heading.title.un-resolution',
            match: r`^((?:(?:ES|S)-)?\d{1,4}/\d{1,4}(?: [A-H])?)\.${BL}+[A-Z].*$`,
            captures: { 1: { name: 'entity.name.section.resolution-number.un-resolution' } },
          },
          {
            comment: 'Security Council title line "Resolution 1373 (2001)".',
            name: 'markup.heading.title.un-resolution',
            match: r`^${BL}*Resolution${BL}+\d{1,4}${BL}+\((?:19|20)\d\d\)${BL}*$`,
          },
          {
            comment: '"Annex", "Annex I", "Annex A: Joint Comprehensive Plan of Action ...".',
            name: 'markup.heading.annex.un-resolution',
            match: r`^${BL}*((?:Annex(?:es)?|Appendix)(?:${BL}+(?:[IVXL]{1,7}|[A-Z]|\d{1,2}))?)(?:${BL}*:.*)?$`,
            captures: { 1: { name: 'entity.name.section.annex.un-resolution' } },
          },
          {
            comment: 'Section or part heading with its title on the same line: "I.<TAB>Introduction", "B. Pension Administration".',
            name: 'markup.heading.section.un-resolution',
            match: r`^${BL}*([IVXL]{1,7}\.|[A-Z]\.)${BL}+[A-Z].*$`,
            captures: { 1: { name: 'entity.name.section.number.un-resolution' } },
          },
          {
            comment:
              'A line that is only "II", "II." or a part letter "B": the next non-blank line is its title, ' +
              'unless that line starts a numbered paragraph or a sub-paragraph (then the heading has no title).',
            begin: r`^${BL}*([IVXL]{1,7}\.?|[A-Z]\.?)${BL}*$`,
            beginCaptures: {
              0: { name: 'markup.heading.section.un-resolution' },
              1: { name: 'entity.name.section.number.un-resolution' },
            },
            end: r`^(?=${BL}*[\d(])|^${BL}*(\S.*)$`,
            endCaptures: {
              1: { name: 'markup.heading.section.un-resolution', patterns: [{ include: '#citations' }] },
            },
          },
        ],
      },

      'enacting-formula': {
        comment: 'Opens the preamble: "The General Assembly," on a line of its own (no comma before a single operative paragraph).',
        match: r`^${BL}*(The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council))(,)?${BL}*$`,
        captures: {
          1: { name: 'keyword.other.enacting-formula.un-resolution' },
          2: { name: 'punctuation.separator.comma.un-resolution' },
        },
      },

      'paragraph-leads': {
        comment: 'Only at the start of a line: the same words mid-sentence are ordinary text.',
        patterns: [
          {
            comment:
              'Operative lead verb, optionally after its number. A number without a full stop ("3 Decides") ' +
              'counts only here, before a known verb: elsewhere it is a footnote or a table cell.',
            match: r`^${BL}*(?:(\d{1,3}(?:${BL}*\.)?)${BL}*)?(${leads.operative})(?![\w\-])`,
            captures: {
              1: { name: 'constant.numeric.paragraph.un-resolution' },
              2: { name: 'keyword.other.operative.un-resolution markup.italic.operative.un-resolution' },
            },
          },
          {
            comment:
              'Negotiation labels "PP3", "OP5 bis", "OP12ter", "OP7 (new)", "OP4 [alt 2]", alone or before a lead: ' +
              'a draft under negotiation labels its preambular and operative paragraphs apart.',
            match: r`^${BL}*((?:PP|OP)${BL}?\d{1,3}(?:${BL}?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\b)?(?:${BL}?[(\[]?(?:alt|new)\b\.?(?:${BL}?\d)?[)\]]?)?[.:]?)(?=${BL}|$)(?:${BL}+(?:(${leads.operative})|(${leads.preambular}))(?![\w\-]))?`,
            captures: {
              1: { name: 'constant.numeric.paragraph.un-resolution' },
              2: { name: 'keyword.other.operative.un-resolution markup.italic.operative.un-resolution' },
              3: { name: 'markup.italic.preambular.un-resolution' },
            },
          },
          {
            comment: 'Paragraph number before an unlisted lead, also "232 ." and a number alone on a PDF line.',
            match: r`^${BL}*(\d{1,3}${BL}*\.)(?=${BL}|$)`,
            captures: { 1: { name: 'constant.numeric.paragraph.un-resolution' } },
          },
          {
            match: r`^${BL}*(${leads.preambular})(?![\w\-])`,
            captures: { 1: { name: 'markup.italic.preambular.un-resolution' } },
          },
          {
            comment:
              'Unlisted preambular lead: a capitalized -ing word (after an optional adverb) opening an indented line ' +
              'that ends with a comma (and maybe a footnote marker), as preambular paragraphs do; without the comma ' +
              'it is a title ("Closing of the list of speakers"). Indented only: hard-wrapped PDF lines start at column 0.',
            match: r`^${BL}+((?:[A-Z][a-z]+ly${BL}+)?(?!(?:During|Nothing|Notwithstanding|Something|Everything|Anything)\b)[A-Z][a-z]+ing)(?![\w\-])(?=.*,\d{0,3}${BL}*$)`,
            captures: { 1: { name: 'markup.italic.preambular.un-resolution' } },
          },
          {
            comment: 'Sub-paragraph labels "(a)", "(iv)", "(aa)", "(xxx)" (FORMAT_SPEC §4).',
            match: r`^${BL}*(\((?:[a-z]{1,2}|[ivxlc]{3,8})\))(?=${BL}|$)`,
            captures: { 1: { name: 'constant.numeric.subparagraph.un-resolution' } },
          },
          {
            comment: 'Third and fourth degree labels "a.", "i.", "iv." (not "i.e.": a blank must follow).',
            match: r`^${BL}*((?:[a-z]{1,2}|[ivxlc]{3,8})\.)(?=${BL})`,
            captures: { 1: { name: 'constant.numeric.subparagraph.un-resolution' } },
          },
        ],
      },

      citations: {
        comment: 'Hover targets of the language server (FORMAT_SPEC §7).',
        patterns: [
          {
            comment: 'Document symbols: A/67/L.15, A/C.3/78/L.60/Rev.1, S/PRST/2013/16, A/77/277-S/2022/606, E/2021/30.',
            name: 'markup.underline.link.symbol.un-resolution',
            match: r`${NOT_INSIDE}${ORGAN}(?:${SYMBOL_PART})+`,
          },
          {
            comment: 'Security Council resolution "1373 (2001)" (not "general recommendation No. 39 (2022)").',
            name: 'markup.underline.link.resolution.un-resolution',
            match: r`${NOT_INSIDE}(?<!No\. )\d{1,4} \((?:19[4-9]\d|20\d\d)\)`,
          },
          {
            comment: 'General Assembly sessions 1-30 and old special sessions: "217 A (III)", "1514 (XV)", "3362 (S-VII)".',
            name: 'markup.underline.link.resolution.un-resolution',
            match: r`${NOT_INSIDE}\d{1,4}(?: ${PART_LETTERS})? \((?:(?:ES|S)-)?[IVXL]{1,6}\)`,
          },
          {
            comment: 'Session/number: "59/48", "75/290 B", "74/92 A and B", "S-24/2", "ES-11/4", ECOSOC "2012/30".',
            name: 'markup.underline.link.resolution.un-resolution',
            match: r`${NOT_INSIDE}(?:(?:ES|S)-)?\d{1,4}/\d{1,4}(?: ${PART_LETTERS}(?![\w/]))?(?![\w/])`,
          },
          {
            comment: '"2 December 2004", also month and year alone ("June 2011").',
            name: 'constant.numeric.date.un-resolution',
            match: r`\b(?:(?:[1-9]|[12]\d|3[01]) )?${MONTH} (?:1[89]|20)\d\d\b`,
          },
        ],
      },

      'footnote-markers': {
        comment:
          'Markers glued to the text: "2012,1", "Rights;5", "annex.2", "Agenda”,2", "want”2", "Eritrea3", markdown "[^1]". ' +
          'After a digit only 1-2 digits and never after "." (thousands "100,000", decimals "13.3"); ' +
          'after "." only a lower-case word (not identifiers "CP.21", "QDe.115", "Add.1", "Corr.1"); after a quote only a closing one.',
        name: 'constant.numeric.footnote.un-resolution',
        // The leading checks let Oniguruma skip to the first digit of a run (a marker never follows
        // a digit directly) instead of trying every lookbehind at every position.
        match: r`(?=[\d\[])(?:(?<!\d)(?:(?<=[A-Za-z)\]”"’][,;:]|[a-z]{3}\.|[)\]”"’]\.|[a-z.,;:!?][”"’]|\))(?<!Corr\.|Amend\.)\d{1,3}|(?<=\d[,;])\d{1,2}|(?<=[a-z]{3})\d{1,2})(?!\d)(?=[ \t,;.:)\]]|$)|\[\^\d{1,3}\])`,
      },
    },
  };
}
