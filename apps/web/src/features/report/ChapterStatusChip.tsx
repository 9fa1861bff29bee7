import { Chip } from '@mui/material';
import { REPORT_CHAPTER_STATUSES, type ReportChapterStatus } from '@call/domain';

const COLORS: Record<ReportChapterStatus, 'default' | 'info' | 'warning' | 'success' | 'primary'> = {
  MISSING: 'default',
  DRAFT: 'info',
  SUBMITTED: 'primary',
  CHANGES_REQUESTED: 'warning',
  ACCEPTED: 'success',
};

export function ChapterStatusChip({ status }: { status: ReportChapterStatus }) {
  return <Chip size="small" color={COLORS[status]} label={REPORT_CHAPTER_STATUSES.of(status).label} />;
}
