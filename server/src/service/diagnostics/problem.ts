/** What a check reports, in offsets; the service turns it into an LSP diagnostic. */

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  /** The fix an editor may apply on its own ("auto fix"). */
  readonly preferred?: boolean;
}

export interface Problem {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Other places that explain the problem (the paragraph a duplicate repeats). */
  readonly related?: ReadonlyArray<{ start: number; end: number; message: string }>;
  /** Repairs, computed only when an editor asks for code actions. */
  readonly fixes?: () => Fix[];
}
