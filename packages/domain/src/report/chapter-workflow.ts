/** The annual report's chapters: who writes them and how they move from draft to accepted. */
import { defineChoices } from '../core/choices';
import type { DirectorateKey } from '../core/directorates';
import type { Principal } from '../core/roles';

export const REPORT_CHAPTER_STATUSES = defineChoices([
  { code: 'MISSING', label: 'Non commencé' },
  { code: 'DRAFT', label: 'Brouillon' },
  { code: 'SUBMITTED', label: 'Soumis' },
  { code: 'CHANGES_REQUESTED', label: 'Modifications demandées' },
  { code: 'ACCEPTED', label: 'Accepté' },
]);
export type ReportChapterStatus = (typeof REPORT_CHAPTER_STATUSES)[number]['code'];

export const REPORT_YEAR_STATUSES = defineChoices([
  { code: 'OPEN', label: 'En cours de rédaction' },
  { code: 'CLOSED', label: 'Clos (chiffres figés)' },
]);
export type ReportYearStatus = (typeof REPORT_YEAR_STATUSES)[number]['code'];

export type ReportReviewDecision = 'ACCEPT' | 'REQUEST_CHANGES' | 'COMMENT';

/**
 * The director of the chapter's directorate writes it; a chapter tied to no directorate (text-only: élus,
 * compétences, services without a director in the product) is written by the DGS's office.
 */
export function canWriteReportChapter(p: Principal, directorate: DirectorateKey | null): boolean {
  if (directorate === null) return p.role === 'DGS';
  return p.role === 'DIRECTOR' && p.directorates.includes(directorate);
}

/** The author saves text while the chapter is not under review nor accepted. */
export function canEditReportChapterText(status: ReportChapterStatus): boolean {
  return status === 'MISSING' || status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}

/** Why a chapter cannot be submitted, or null: there must be a text, and it must not be under review already. */
export function submitRefusal(status: ReportChapterStatus, highlights: string): string | null {
  if (status === 'SUBMITTED') return 'Ce chapitre est déjà soumis : la DGS le relit.';
  if (status === 'ACCEPTED') return 'Ce chapitre est accepté : il ne se soumet plus.';
  if (!highlights.trim()) return 'Écrivez les faits marquants avant de soumettre le chapitre.';
  return null;
}

/** The DGS's review of a submitted chapter: accept or ask for changes; a comment alone keeps the status. */
export function reviewOutcome(
  status: ReportChapterStatus,
  decision: ReportReviewDecision,
): { status: ReportChapterStatus } | { refusal: string } {
  if (decision === 'COMMENT') return { status };
  if (status !== 'SUBMITTED') return { refusal: 'Seul un chapitre soumis peut être accepté ou renvoyé.' };
  return { status: decision === 'ACCEPT' ? 'ACCEPTED' : 'CHANGES_REQUESTED' };
}
