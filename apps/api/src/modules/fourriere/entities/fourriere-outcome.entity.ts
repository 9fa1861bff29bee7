import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FourriereOutcomeType } from '@call/domain';
import { FourriereAnimal } from './fourriere-animal.entity';

/** How and when an animal left the pound: exactly one per animal (unique animal_id). */
@Entity({ name: 'fourriere_outcome' })
@Index(['outcomeOn'])
export class FourriereOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'animal_id', type: 'uuid' })
  animalId: string;

  @OneToOne(() => FourriereAnimal, (a) => a.outcome, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'animal_id' })
  animal: FourriereAnimal;

  @Column({ type: 'varchar', length: 20 })
  type: FourriereOutcomeType;

  @Column({ name: 'outcome_on', type: 'date' })
  outcomeOn: string;

  @Column({ name: 'owner_name', type: 'varchar', length: 200, nullable: true })
  ownerName: string | null;

  @Column({ name: 'owner_contact', type: 'varchar', length: 300, nullable: true })
  ownerContact: string | null;

  @Column({ name: 'association_name', type: 'varchar', length: 200, nullable: true })
  associationName: string | null;

  @Column({ name: 'adopter_name', type: 'varchar', length: 200, nullable: true })
  adopterName: string | null;

  /** Veterinary advice for a euthanasia, cause of death, circumstances of an escape. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** What the stay cost at the tariff of the day of entry, whoever pays it (per-commune costs). */
  @Column({ name: 'stay_cost_cents', type: 'integer' })
  stayCostCents: number;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
