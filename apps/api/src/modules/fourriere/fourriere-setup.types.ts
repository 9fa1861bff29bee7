import { IsBoolean, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars';

@ObjectType('FourriereSetupItem', { description: 'Un réglage qui manque avant la première sortie' })
export class SetupItemView {
  @Field({ description: 'TARIFF ou CALENDAR' }) key: string;
  @Field({ description: 'Bloquant : les restitutions sont refusées tant qu’il manque' }) blocking: boolean;
  @Field() message: string;
  @Field({ description: 'Page où le directeur le règle' }) path: string;
}

@ObjectType('FourriereManagerSetting', {
  description: 'Déclaration datée du gestionnaire de la fourrière (association disposant d’un refuge, L211-25 II)',
})
export class ManagerSettingView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field() managerName: string;
  @Field({
    description: 'Le gestionnaire est une fondation ou association de protection animale disposant d’un refuge',
  })
  refugeAssociation: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() inForce: boolean;
  @Field() recordedByLogin: string;
}

@InputType('FourriereManagerSettingInput')
export class ManagerSettingInput {
  @Field(() => LocalDateScalar) validFrom: string;
  @Field() @Length(1, 200, { message: 'doit contenir entre 1 et 200 caractères.' }) managerName: string;
  @Field() @IsBoolean() refugeAssociation: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'texte trop long (2000 caractères au plus).' })
  note?: string | null;
}
