import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DirectorateKey } from '@call/domain';
import { DirectorateEnum } from '../graphql/enums';
import { JSONObjectScalar, LocalDateScalar } from '../graphql/scalars';

export enum IndicatorKind {
  COMPUTED = 'COMPUTED',
  DECLARED = 'DECLARED',
}
registerEnumType(IndicatorKind, { name: 'IndicatorKind' });

@ObjectType()
export class IndicatorBreakdownItem {
  @Field() member: string;
  @Field() label: string;
  @Field(() => Float) value: number;
}

@ObjectType()
export class IndicatorBreakdown {
  @Field() dimension: string;
  @Field() label: string;
  @Field(() => [IndicatorBreakdownItem]) items: IndicatorBreakdownItem[];
}

@ObjectType()
export class Indicator {
  @Field() key: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() unit: string;
  @Field(() => DirectorateEnum) directorate: DirectorateKey;
  @Field(() => Int) version: number;
  @Field(() => IndicatorKind) kind: IndicatorKind;
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) previousValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Évolution en % par rapport à l’année précédente' }) evolution:
    number | null;
  @Field(() => LocalDateScalar, { description: 'Dernier jour compté : le 31 décembre, ou la date du cumul' })
  periodEnd: string;
  @Field(() => LocalDateScalar, { description: 'Dernier jour compté de la période comparée (l’an dernier)' })
  previousPeriodEnd: string;
  @Field({ description: 'La valeur de l’an dernier a été saisie (historique d’un indicateur devenu calculé)' })
  previousValueDeclared: boolean;
  @Field(() => String, { nullable: true, description: 'Source de la valeur saisie (document, logiciel, service)' })
  source: string | null;
  @Field() canDeclare: boolean;
  @Field() drillable: boolean;
  @Field(() => [IndicatorBreakdown], { description: 'Ventilations de la période (pas de l’année comparée)' })
  breakdowns: IndicatorBreakdown[];
}

@ObjectType()
export class IndicatorPoint {
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'Valeur saisie par la direction, non calculée' }) declared: boolean;
}

@ObjectType({ description: 'Un indicateur sur plusieurs années entières' })
export class IndicatorSeries {
  @Field() key: string;
  @Field() label: string;
  @Field() unit: string;
  @Field(() => DirectorateEnum) directorate: DirectorateKey;
  @Field(() => Int) version: number;
  @Field(() => [IndicatorPoint]) points: IndicatorPoint[];
}

@ObjectType()
export class IndicatorColumn {
  @Field() key: string;
  @Field() label: string;
}

@ObjectType()
export class IndicatorRecordPage {
  @Field(() => [IndicatorColumn]) columns: IndicatorColumn[];
  @Field(() => [JSONObjectScalar]) rows: Record<string, unknown>[];
  @Field(() => Int) total: number;
}
