import type { GqlClient } from '../support/test-app';

export const YEAR = `query($y: Int!) { reportYear(year: $y) { year status version closedAt
  parts { id title chapters { id title directorate status version canWrite highlights reviewComment } }
  progress { status count } } }`;
export const OPEN = `mutation($y: Int!) { openReportYear(year: $y) { year status parts { id title chapters { id title directorate } } } }`;
export const SAVE = `mutation($id: ID!, $i: ReportChapterTextInput!) { saveReportChapterText(id: $id, input: $i) { id status version highlights } }`;
export const SUBMIT = `mutation($id: ID!) { submitReportChapter(id: $id) { id status version } }`;
export const REVIEW = `mutation($id: ID!, $d: ReportReviewDecision!, $c: String) { reviewReportChapter(id: $id, decision: $d, comment: $c) { id status reviewComment } }`;
export const FIGURES = `query($id: ID!) { reportChapterFigures(id: $id) { key value previousValue declared source frozen } }`;
export const CLOSE = `mutation($y: Int!, $v: Int!) { closeReportYear(year: $y, expectedVersion: $v) { status version closedAt } }`;
export const REOPEN = `mutation($y: Int!, $r: String!) { reopenReportYear(year: $y, reason: $r) { status } }`;
export const DRIFT = `query($y: Int!) { reportDrift(year: $y) { key frozenValue liveValue acknowledged } }`;
export const ACK = `mutation($y: Int!, $k: String!) { acknowledgeReportDrift(year: $y, key: $k) { key acknowledged } }`;

interface ChapterRow {
  id: string;
  title: string;
  directorate: string | null;
  status: string;
  version: number;
}

/** The chapter of a directorate in a year's report, as the given user sees it. */
export async function chapterOf(client: GqlClient, year: number, directorate: string): Promise<ChapterRow> {
  const { reportYear } = await client.ok<{ reportYear: { parts: { chapters: ChapterRow[] }[] } }>(YEAR, { y: year });
  const found = reportYear.parts.flatMap((p) => p.chapters).find((c) => c.directorate === directorate);
  if (!found) throw new Error(`pas de chapitre ${directorate}`);
  return found;
}

export const adsDossier = (over: Record<string, unknown> = {}) => ({
  type: 'PC',
  communeInsee: '62498',
  depositedOn: '2023-11-06',
  channel: 'PAPER',
  applicantKind: 'COMPANY',
  applicantName: 'SCI Les Terrils',
  landAddress: '12 rue Jean Jaurès, Lens',
  cadastralParcels: ['AB 123'],
  projectNature: 'Construction de 12 logements',
  floorAreaCreated: 840,
  dwellingsCreated: 12,
  ...over,
});
