import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PdlPerimeterKind } from '@call/domain';

/** A zone where the APML regime applies in a commune, from a date (L635-1): the whole commune or listed streets. */
@Entity({ name: 'pdl_perimeter' })
@Index(['communeInsee', 'validFrom'])
export class PdlPerimeter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PdlPerimeterKind;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  streets: string[];

  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /** Demo perimeters of the 13 communes the report does not name. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
