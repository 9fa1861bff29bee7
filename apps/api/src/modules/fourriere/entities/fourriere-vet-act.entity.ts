import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FourriereVetActKind } from '@call/domain';
import { FourriereAnimal } from './fourriere-animal.entity';

/** A veterinary act during the stay (vaccine, care), charged to the owner on return. */
@Entity({ name: 'fourriere_vet_act' })
@Index(['animalId'])
export class FourriereVetAct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'animal_id', type: 'uuid' })
  animalId: string;

  @ManyToOne(() => FourriereAnimal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'animal_id' })
  animal: FourriereAnimal;

  @Column({ name: 'act_on', type: 'date' })
  actOn: string;

  @Column({ type: 'varchar', length: 20 })
  kind: FourriereVetActKind;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
