import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OwnerSearchKind, OwnerSearchResult } from '@call/domain';
import { FourriereAnimal } from './fourriere-animal.entity';

/** A step of the search for the owner (I-CAD lookup, call, letter): the proof I-CAD asks for. */
@Entity({ name: 'fourriere_owner_search' })
@Index(['animalId'])
export class FourriereOwnerSearch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'animal_id', type: 'uuid' })
  animalId: string;

  @ManyToOne(() => FourriereAnimal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'animal_id' })
  animal: FourriereAnimal;

  @Column({ name: 'done_on', type: 'date' })
  doneOn: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OwnerSearchKind;

  @Column({ type: 'varchar', length: 20 })
  result: OwnerSearchResult;

  @Column({ name: 'owner_name', type: 'varchar', length: 200, nullable: true })
  ownerName: string | null;

  @Column({ name: 'owner_phone', type: 'varchar', length: 40, nullable: true })
  ownerPhone: string | null;

  @Column({ name: 'owner_address', type: 'varchar', length: 300, nullable: true })
  ownerAddress: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
