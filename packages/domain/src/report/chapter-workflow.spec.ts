import { canEditReportChapterText, canWriteReportChapter, reviewOutcome, submitRefusal } from './chapter-workflow';

describe('report chapter workflow', () => {
  const director = { role: 'DIRECTOR' as const, directorates: ['ads' as const] };
  const dgs = { role: 'DGS' as const, directorates: [] };

  it('should let only the directorate’s director write its chapter, and the DGS the text-only ones', () => {
    expect(canWriteReportChapter(director, 'ads')).toBe(true);
    expect(canWriteReportChapter(director, 'fourriere')).toBe(false);
    expect(canWriteReportChapter({ role: 'AGENT', directorates: ['ads'] }, 'ads')).toBe(false);
    expect(canWriteReportChapter(dgs, 'ads')).toBe(false);
    expect(canWriteReportChapter(dgs, null)).toBe(true);
    expect(canWriteReportChapter(director, null)).toBe(false);
  });

  it('should lock the text while under review or accepted', () => {
    expect(canEditReportChapterText('CHANGES_REQUESTED')).toBe(true);
    expect(canEditReportChapterText('SUBMITTED')).toBe(false);
    expect(canEditReportChapterText('ACCEPTED')).toBe(false);
  });

  it('should refuse an empty or already submitted chapter', () => {
    expect(submitRefusal('DRAFT', '  ')).toMatch(/faits marquants/);
    expect(submitRefusal('SUBMITTED', 'x')).toMatch(/déjà soumis/);
    expect(submitRefusal('CHANGES_REQUESTED', 'x')).toBeNull();
  });

  it('should accept or send back only a submitted chapter', () => {
    expect(reviewOutcome('SUBMITTED', 'ACCEPT')).toEqual({ status: 'ACCEPTED' });
    expect(reviewOutcome('SUBMITTED', 'REQUEST_CHANGES')).toEqual({ status: 'CHANGES_REQUESTED' });
    expect(reviewOutcome('DRAFT', 'COMMENT')).toEqual({ status: 'DRAFT' });
    expect(reviewOutcome('DRAFT', 'ACCEPT')).toHaveProperty('refusal');
  });
});
