/** Citations of resolutions, decisions, documents and treaties: recognition, catalogue, hover, checks. */
export { findCitations } from './recognize';
export { Catalog, createCatalog, parseCatalog } from './catalog';
export type { CatalogEntry, Vote, VoteCounts } from './catalog';
export { hoverContent } from './hoverContent';
export type { HoverContext, WorkspaceDocument } from './hoverContent';
export { checkCitations } from './checks';
export type { CitationProblem, CitationProblemCode } from './checks';
export { canonicalKey } from './symbols';
export type { Citation, CitationKind, CitedOrgan, FindCitationsOptions, Pinpoint } from './types';
