import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PdlAuthority, PdlOffence } from '@call/domain';

/**
 * An offence found and its pipeline (L635-7): report to the authority in force on the finding day, invitation to
 * submit observations, order with its amount, revenue order, payment. Authority and ceiling are recorded as data.
 */
@Entity({ name: 'pdl_sanction' })
@Index(['foundOn'])
// the dates the indicators count by (report, order, revenue order): a year's range reads its rows only
@Index(['reportedOn'])
@Index(['orderedOn'])
@Index(['revenueOrderOn'])
export class PdlSanction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_name', type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @Column({ type: 'varchar', length: 30 })
  offence: PdlOffence;

  @Column({ name: 'found_on', type: 'date' })
  foundOn: string;

  @Column({ type: 'varchar', length: 20 })
  authority: PdlAuthority;

  @Column({ name: 'max_fine', type: 'integer' })
  maxFine: number;

  @Column({ name: 'reported_on', type: 'date', nullable: true })
  reportedOn: string | null;

  @Column({ name: 'observations_invited_on', type: 'date', nullable: true })
  observationsInvitedOn: string | null;

  @Column({ name: 'ordered_on', type: 'date', nullable: true })
  orderedOn: string | null;

  @Column({ type: 'integer', nullable: true })
  amount: number | null;

  @Column({ name: 'revenue_order_on', type: 'date', nullable: true })
  revenueOrderOn: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
