import { ReportChapter } from './report-chapter.entity';
import { ReportFigureSnapshot } from './report-figure-snapshot.entity';
import { ReportPart } from './report-part.entity';
import { ReportYear } from './report-year.entity';

/** The annual report's tables (core: the report spans directorates). */
export const REPORT_ENTITIES: Function[] = [ReportYear, ReportPart, ReportChapter, ReportFigureSnapshot];
