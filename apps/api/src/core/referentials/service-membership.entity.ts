import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Commune } from './commune.entity';

/**
 * A commune's membership of a CALL service over a period: [validFrom, validTo] both inclusive,
 * validTo null while it lasts. E.g. ADS option 1 "instruction" or option 2 "GNAU"; permis de louer.
 */
@Entity({ name: 'service_membership' })
@Index(['service', 'communeInsee'])
export class ServiceMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  service: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  option: string | null;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_insee' })
  commune: Commune;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;
}
