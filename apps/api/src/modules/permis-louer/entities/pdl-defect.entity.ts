import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PdlDefectCategory, PdlDefectSeverity } from '@call/domain';
import { PdlApmlDossier } from './pdl-apml-dossier.entity';

/** One line of the visit's defects grid. */
@Entity({ name: 'pdl_defect' })
@Index(['dossierId'])
export class PdlDefect {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => PdlApmlDossier, (d) => d.defects, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier: PdlApmlDossier;

  @Column({ type: 'varchar', length: 20 })
  category: PdlDefectCategory;

  @Column({ type: 'varchar', length: 10 })
  severity: PdlDefectSeverity;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
