import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PdlPerimeterKind } from '@call/domain';
import { ServiceMembership } from '../../../core/referentials/service-membership.entity';

/** The table's name: a back-dated perimeter previews the figures reading this table. */
export const PDL_PERIMETER_TABLE = 'pdl_perimeter';

/**
 * A zone where the APML regime applies in a commune, from a date (L635-1): the whole commune or listed streets.
 * It lies within the commune's dated membership of the service (core `service_membership`, service
 * `permis_louer`): the membership says the commune joined the regime, the perimeters say where within it.
 */
@Entity({ name: PDL_PERIMETER_TABLE })
@Index(['communeInsee', 'validFrom'])
export class PdlPerimeter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  /** Null only for perimeters recorded before the link existed. */
  @Index()
  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => ServiceMembership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id' })
  membership?: ServiceMembership;

  @Column({ type: 'varchar', length: 20 })
  kind: PdlPerimeterKind;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  streets: string[];

  /** Publication of the deliberation; null when the installer's source does not give it (to confirm). */
  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

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
