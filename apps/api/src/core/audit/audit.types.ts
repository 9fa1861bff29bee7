import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { JSONObjectScalar, LocalDateScalar } from '../graphql/scalars';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field({ description: 'Horodatage ISO 8601' }) at: string;
  @Field({ description: 'Identifiant de l’auteur (ou l’identifiant tenté, pour une connexion refusée)' })
  userLogin: string;
  @Field({ description: 'Type d’enregistrement (AdsDossier, FourriereAnimal, User…)' }) entity: string;
  @Field() entityId: string;
  @Field() action: string;
  @Field(() => JSONObjectScalar, { nullable: true }) changes: Record<string, unknown> | null;
}

@ObjectType()
export class AuditPage {
  @Field(() => Int) total: number;
  @Field(() => [AuditEntryType]) items: AuditEntryType[];
}

@InputType()
export class AuditFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80, { message: 'Type d’enregistrement trop long.' })
  entity?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 80, { message: 'Référence trop longue.' }) entityId?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 120, { message: 'Identifiant trop long.' }) userLogin?: string;
  @Field(() => LocalDateScalar, { nullable: true }) from?: string;
  @Field(() => LocalDateScalar, { nullable: true }) to?: string;
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'Le décalage ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'Décalage trop grand : affinez les filtres.' })
  offset: number;
  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: 'Demandez au moins une ligne.' })
  @Max(100, { message: 'Au plus 100 lignes par page.' })
  limit: number;
}
