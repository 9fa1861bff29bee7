import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last sequence per stem ('APML-2023-'), taken in the transaction (INSERT … ON CONFLICT … RETURNING). */
@Entity({ name: 'pdl_number_counter' })
export class PdlNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  stem: string;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence: number;
}
