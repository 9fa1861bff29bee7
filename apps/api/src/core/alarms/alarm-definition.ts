import type { LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';

/**
 * An alarm of a directorate: records that need action "as of today" (a dossier close to a tacit decision, an
 * animal past its holding period, an urn kept close to a year…). Declared by a module in its manifest like an
 * indicator; the core lists them on the directorate's dashboard. What is counted is exactly what is listed: one
 * `find` gives both the total and a page of the same records.
 */
export type AlarmSeverity = 'WARNING' | 'DANGER';

interface AlarmRecord {
  id: string;
  /** The number agents know the record by (dossier number, chip, cremation number…). */
  reference: string;
  /** One line in French: who or what, where. */
  label: string;
  /** The date that makes it urgent (deadline, end of holding period…), when there is one. */
  dueDate: LocalDate | null;
  /** Why it is listed, in French (e.g. "Tacite dans 3 jours"). */
  detail: string | null;
}

export interface AlarmPage {
  total: number;
  rows: AlarmRecord[];
}

export interface AlarmDefinition {
  /** `<directorate>.<name>`, e.g. `ads.close_to_tacit`. */
  key: string;
  label: string;
  description: string;
  severity: AlarmSeverity;
  /** The web path of one record of the list, from its id (e.g. `/ads/dossiers/<id>`). */
  recordPath(id: string): string;
  /** Counts and lists, with the same conditions, the records in alarm on `today`, most urgent first. */
  find(em: EntityManager, today: LocalDate, page: { limit: number; offset: number }): Promise<AlarmPage>;
}
