import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The table's name: a back-dated calendar previews the figures reading this table. */
export const FOURRIERE_CALENDAR_TABLE = 'fourriere_calendar';

/**
 * A dated setting of the pound's working calendar (set by the fourrière director). The one in force on
 * an animal's day of intake computes its holding period end, which is stored with the animal: a later
 * setting never moves it. The migration installs the default from 2015-01-01 (every holiday closed).
 */
@Entity({ name: FOURRIERE_CALENDAR_TABLE })
@Unique(['validFrom'])
export class FourriereCalendarRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  /** Names of public holidays the pound works anyway, as `publicHolidays()` spells them. */
  @Column({ name: 'worked_holidays', type: 'jsonb' })
  workedHolidays: string[];

  /** Extra closed days (YYYY-MM-DD), e.g. a local closure. */
  @Column({ name: 'extra_closed_days', type: 'jsonb' })
  extraClosedDays: string[];

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
