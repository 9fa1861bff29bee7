import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PdlContactChannel, PdlContactPerson, PdlContactPurpose, PdlContactSubject } from '@call/domain';

/** A call or a walk-in at the Guichet Unique de l'Habitat. */
@Entity({ name: 'pdl_contact' })
@Index(['contactOn'])
export class PdlContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contact_on', type: 'date' })
  contactOn: string;

  @Column({ type: 'varchar', length: 10 })
  channel: PdlContactChannel;

  @Column({ name: 'person_type', type: 'varchar', length: 16 })
  personType: PdlContactPerson;

  @Column({ type: 'varchar', length: 14 })
  subject: PdlContactSubject;

  @Column({ type: 'varchar', length: 12 })
  purpose: PdlContactPurpose;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;
}
