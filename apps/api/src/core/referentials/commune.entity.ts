import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member commune of the CALL, from the official administrative division (INSEE code). */
@Entity({ name: 'commune' })
export class Commune {
  @PrimaryColumn({ name: 'insee_code', type: 'varchar', length: 5 })
  inseeCode: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Population totale as published by INSEE (the report's "245 000 habitants"). */
  @Column({ type: 'integer' })
  population: number;

  @Column({ name: 'postal_codes', type: 'text', array: true, default: () => "'{}'" })
  postalCodes: string[];
}
