import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A veterinary act during the stay (vaccine, care), charged to the owner on return. */
@Entity({ name: 'fourriere_vet_act' })
@Index(['animalId'])
export class FourriereVetAct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'animal_id', type: 'uuid' })
  animalId: string;

  @Column({ name: 'act_on', type: 'date' })
  actOn: string;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
