/**
 * Markdown shown when hovering a citation: what the symbol is, what the catalogue knows about it,
 * where it lives in the workspace, and a link to the official text.
 */
import type { Catalog, CatalogEntry, Vote } from './catalog';
import { formatUnDate } from './dates';
import { organName, sessionOrYear } from './describe';
import type { Citation } from './types';

/** A workspace file holding the cited text, found by the caller. */
export interface WorkspaceDocument {
  uri: string;
  title?: string;
  firstOperative?: string;
}

export interface HoverContext {
  /** The catalogue entry, if the caller already looked it up … */
  entry?: CatalogEntry;
  /** … or the catalogue to look it up in. */
  catalog?: Catalog;
  workspace?: WorkspaceDocument;
}

const MAX_QUOTE = 200;

export function hoverContent(citation: Citation, context: HoverContext = {}): string {
  const entry = context.entry ?? (citation.kind === 'document' || citation.kind === 'treaty' ? undefined : context.catalog?.find(citation.symbol));
  const blocks = [headline(citation)];
  if (citation.pinpoint) blocks.push(pinpointLine(citation));
  if (entry?.title) blocks.push(`*${escape(entry.title)}*`);
  const adoption = adoptionLine(entry);
  if (adoption) blocks.push(adoption);
  if (citation.citedDate) blocks.push(`Cited as of ${formatUnDate(citation.citedDate)}`);
  if (citation.citedDate && entry?.date && entry.date !== citation.citedDate) {
    blocks.push(`⚠️ The catalogue gives ${formatUnDate(entry.date)} as the adoption date, not ${formatUnDate(citation.citedDate)}.`);
  }
  if (context.workspace) blocks.push(workspaceLine(context.workspace));
  if (citation.url) blocks.push(`[${escape(citation.url.replace(/^https:\/\//, ''))}](${citation.url})`);
  return blocks.join('\n\n');
}

function headline(c: Citation): string {
  const parts = [`**${escape(c.symbol)}**`];
  const organ = organName(c.organ);
  const kind = c.kind === 'treaty' ? 'United Nations Treaty Series' : `${organ ? `${organ} ` : ''}${c.kind}`;
  parts.push(kind);
  const when = c.kind === 'resolution' || c.kind === 'decision' ? sessionOrYear(c) : undefined;
  if (when) parts.push(when);
  return parts.join(' · ');
}

function pinpointLine(c: Citation): string {
  const p = c.pinpoint;
  if (!p) return '';
  const sub = [p.subparagraph, p.item].filter(Boolean).map((s) => ` (${s})`).join('');
  const para = `paragraph${/\D/.test(p.paragraph) ? 's' : ''} ${p.paragraph}${sub}`;
  return p.section ? `Section ${p.section}, ${para}` : para[0].toUpperCase() + para.slice(1);
}

function adoptionLine(entry: CatalogEntry | undefined): string | undefined {
  if (!entry) return undefined;
  const parts: string[] = [];
  if (entry.date) parts.push(`Adopted ${formatUnDate(entry.date)}`);
  if (entry.meeting) parts.push(escape(entry.meeting));
  const vote = voteText(entry.vote);
  if (vote) parts.push(vote);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function voteText(vote: Vote | undefined): string | undefined {
  if (!vote) return undefined;
  if (typeof vote === 'string') return vote;
  return `${vote.yes}-${vote.no}-${vote.abstain} (yes-no-abstain)`;
}

function workspaceLine(doc: WorkspaceDocument): string {
  const label = escape(doc.title ?? doc.uri.replace(/^.*\//, ''));
  const quote = doc.firstOperative ? ` — “${escape(truncate(doc.firstOperative.trim(), MAX_QUOTE))}”` : '';
  return `In this workspace: [${label}](${doc.uri})${quote}`;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Markdown-escapes text from documents and the catalogue. */
function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}
