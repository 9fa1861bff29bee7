import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The table's name: a back-dated declaration previews the figures reading this table. */
export const FOURRIERE_MANAGER_SETTING_TABLE = 'fourriere_manager_setting';

/**
 * Dated declaration by an administrator of who manages the pound, and whether it is a foundation or
 * association for animal protection running a refuge (Code rural L211-25 II): only then may the pound
 * record adoptions itself. No row: the law's default (cession to such an association).
 */
@Entity({ name: FOURRIERE_MANAGER_SETTING_TABLE })
@Unique(['validFrom'])
export class FourriereManagerSettingRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'manager_name', type: 'varchar', length: 200 }) managerName: string;
  @Column({ name: 'refuge_association', type: 'boolean' }) refugeAssociation: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 }) recordedByLogin: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
