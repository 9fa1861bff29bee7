import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AdsDossierType } from '@call/domain';

/**
 * Weight of a dossier type in "équivalent PC" for the actes quantifiés, from a date on (edited by the
 * ADS director). A dossier is weighted by the row in force on its deposit day, so changing the scale
 * never rewrites the figures of the years already reported.
 */
/** The scale's table, as the indicators' dependency index names it. */
export const ADS_ACT_WEIGHT_TABLE = 'ads_act_weight';

@Entity({ name: ADS_ACT_WEIGHT_TABLE })
export class AdsActWeight {
  @PrimaryColumn({ name: 'dossier_type', type: 'varchar', length: 4 }) dossierType: AdsDossierType;
  @PrimaryColumn({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ type: 'numeric', precision: 6, scale: 2 }) weight: string;
  @Column({ name: 'updated_by', type: 'varchar', length: 120, nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
