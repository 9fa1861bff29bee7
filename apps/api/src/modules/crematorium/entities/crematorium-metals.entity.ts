import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MetalPurpose } from '@call/domain';

/** A collection of metals from cremations (CGCT L2223-18-1-1), sold to the buyer of the contract. */
@Entity({ name: 'crematorium_metal_lot' })
export class CrematoriumMetalLot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'collected_on', type: 'date' })
  collectedOn: string;

  @Column({ name: 'weight_kg', type: 'numeric', precision: 10, scale: 2 })
  weightKg: string;

  @Column({ type: 'varchar', length: 160 })
  buyer: string;

  @Column({ name: 'proceeds_cents', type: 'integer' })
  proceedsCents: number;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A use of the metals proceeds, only those the law allows. */
@Entity({ name: 'crematorium_metal_allocation' })
export class CrematoriumMetalAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'allocated_on', type: 'date' })
  allocatedOn: string;

  @Column({ type: 'varchar', length: 32 })
  purpose: MetalPurpose;

  @Column({ type: 'varchar', length: 200 })
  beneficiary: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
