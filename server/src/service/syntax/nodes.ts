/**
 * The typed syntax tree of a UN resolution.
 *
 * Every node covers a contiguous span of the text (`start`..`end`, UTF-16 offsets, end exclusive).
 * Children lie inside their parent and never overlap. Out-of-band material that interrupts a
 * paragraph (a PDF page break with its running header, page-bottom footnotes) becomes a child of
 * the node it interrupts, so ranges stay exact and nothing is lost.
 */

export type NodeKind =
  | 'document'
  /** Export or PDF junk kept out of the structure: `[DU1]`, `<<ODS ...>>`, mastheads, barcodes, page headers. */
  | 'artefact'
  /** Front matter lines: adoption line, "[without reference to a Main Committee ...]", draft header, SC meeting line. */
  | 'heading'
  /** "67/15.<TAB>Title" or "Resolution 1373 (2001)". */
  | 'title'
  /** A lettered part of a multi-part resolution ("A" + title), with its own formula, preamble and numbering. */
  | 'part'
  /** "The General Assembly," */
  | 'formula'
  /** Groups the preambular paragraphs of one scope. */
  | 'preamble'
  | 'preambular'
  | 'operative'
  | 'subparagraph'
  /** A heading inside the body ("II" + "Programme budget", "A. Title", or a plain title line). */
  | 'section'
  /** A draft resolution embedded in the text (ECOSOC recommending a draft to the General Assembly). */
  | 'embedded'
  | 'annex'
  /** "40th plenary meeting" + date. */
  | 'closing'
  /** A run of footnotes. */
  | 'footnotes'
  | 'footnote'
  /** An unnumbered paragraph of a statement (presidential statements). */
  | 'paragraph'
  /** Text the parser does not recognize. Never an error. */
  | 'text';

/** How a paragraph or sub-paragraph number is written. */
export type LabelStyle =
  /** "1." "12." */
  | 'arabic'
  /** "I" "II." used as operative numbers in a few resolutions. */
  | 'roman-upper'
  /** "(a)" "(aa)" */
  | 'paren-letter'
  /** "(i)" "(xiv)" */
  | 'paren-roman'
  /** "a." */
  | 'dot-letter'
  /** "i." */
  | 'dot-roman'
  /** "A." section letters. */
  | 'upper-letter'
  /** "PP3", "OP5 bis": the labels of a draft under negotiation, preambular and operative apart. */
  | 'negotiation';

/** Defects of a printed number, kept so that diagnostics can flag them and quick fixes repair them. */
export type LabelDefect =
  /** "3 Calls upon": no full stop. */
  | 'missing-period'
  /** "232 .Recognizes": full stop after the space. */
  | 'detached-period'
  /** "l." for "1.". */
  | 'letter-for-digit'
  /** An invisible character (LRM, ZWSP ...) after the number. */
  | 'invisible-character'
  /** "4)" instead of "4.". */
  | 'parenthesis-for-period'
  /** "v)" instead of "(v)". */
  | 'missing-open-parenthesis'
  /** "(v" instead of "(v)". */
  | 'missing-close-parenthesis';

export interface Label {
  /** The label exactly as printed, e.g. "1.", "3", "232 .", "(a)", "v)". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly style: LabelStyle;
  /** Ordinal value: 1 for "1.", "(a)", "(i)", "a.", "I"; 27 for "(aa)". */
  readonly value: number;
  /** Normalized form used in names: "3." for "3 Calls upon", "(v)" for "v)". */
  readonly normalized: string;
  readonly defects: readonly LabelDefect[];
  /** A negotiation label's suffix: "bis", "ter", "alt", "alt 2", "new". */
  readonly variant?: string;
}

export interface SyntaxNode {
  readonly kind: NodeKind;
  start: number;
  end: number;
  children: SyntaxNode[];
  /** Printed number of operative paragraphs, sub-paragraphs, sections, parts and annexes. */
  label?: Label;
  /** Lead phrase of a paragraph ("Recalling also", "Calls upon"), or the title of a heading. */
  name?: string;
  /** Offset where the paragraph's own text starts, after the label and its separator. */
  contentStart?: number;
  /** For artefacts: what kind of junk, for hover and tests. */
  artefact?: ArtefactKind;
}

export type ArtefactKind =
  | 'export-field'
  | 'masthead'
  | 'front-matter'
  | 'page-header'
  | 'page-number'
  | 'barcode'
  | 'separator';

/** Organ that enacts the text; drives "its resolution" in citations. */
export type Organ = 'GA' | 'SC' | 'ECOSOC' | 'HRC' | 'unknown';

export interface ResolutionTree {
  readonly text: string;
  readonly root: SyntaxNode;
  /** The organ of the outermost enacting formula or heading. */
  readonly organ: Organ;
  /** The document's own symbol when it states it (`<<ODS DOC SYMBOL1>>`, "67/15.", "Resolution 1373 (2001)"). */
  readonly symbol?: string;
}
