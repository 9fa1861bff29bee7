import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FourriereFeeLine, PaymentMethod } from '@call/domain';
import { FourriereAnimal } from './fourriere-animal.entity';

/** Frais de fourrière paid by the owner on return, with the lines priced at that moment. */
@Entity({ name: 'fourriere_payment' })
@Index(['animalId'])
@Index(['paidOn'])
export class FourrierePayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'animal_id', type: 'uuid' })
  animalId: string;

  @ManyToOne(() => FourriereAnimal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'animal_id' })
  animal: FourriereAnimal;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ type: 'varchar', length: 20 })
  method: PaymentMethod;

  @Column({ name: 'receipt_number', type: 'varchar', length: 60, nullable: true })
  receiptNumber: string | null;

  @Column({ name: 'payer_name', type: 'varchar', length: 200 })
  payerName: string;

  @Column({ type: 'jsonb' })
  lines: FourriereFeeLine[];

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
