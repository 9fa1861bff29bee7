import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last sequence of the A series given for one number stem (type prefix, commune, year of deposit:
 * `PC 062 498 23 A`). Allocation updates this row inside the registering transaction, so concurrent
 * registrations wait for each other on it instead of racing on MAX()+1.
 */
@Entity({ name: 'ads_number_counter' })
export class AdsNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 24 }) stem: string;
  @Column({ name: 'last_sequence', type: 'integer' }) lastSequence: number;
}
