import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FourriereSpecies } from '@call/domain';

/** The table's name: a back-dated tariff previews the figures reading this table. */
export const FOURRIERE_TARIFF_TABLE = 'fourriere_tariff';

/** A dated price list row: a change is a new row, so stays already begun keep their price. */
@Entity({ name: FOURRIERE_TARIFF_TABLE })
@Unique(['validFrom', 'species'])
export class FourriereTariffRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ type: 'varchar', length: 10 })
  species: FourriereSpecies;

  @Column({ name: 'capture_cents', type: 'integer' })
  captureCents: number;

  @Column({ name: 'boarding_per_day_cents', type: 'integer' })
  boardingPerDayCents: number;

  @Column({ name: 'identification_cents', type: 'integer' })
  identificationCents: number;

  @Column({ name: 'vet_visit_cents', type: 'integer' })
  vetVisitCents: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
