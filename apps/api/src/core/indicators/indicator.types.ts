import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DirectorateKey } from '@call/domain';
import { DirectorateEnum } from '../graphql/enums';
import { JSONObjectScalar, LocalDateScalar } from '../graphql/scalars';

export enum IndicatorKind {
  COMPUTED = 'COMPUTED',
  DECLARED = 'DECLARED',
}
registerEnumType(IndicatorKind, { name: 'IndicatorKind' });

export enum IndicatorExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(IndicatorExportFormat, { name: 'IndicatorExportFormat' });

export enum RiseIsEnum {
  GOOD = 'GOOD',
  BAD = 'BAD',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(RiseIsEnum, {
  name: 'RiseIs',
  description: 'Une hausse de l’indicateur est-elle une bonne nouvelle, une mauvaise, ou ni l’une ni l’autre ?',
});

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
  @Field(() => RiseIsEnum, { description: 'Couleur d’une hausse : bonne, mauvaise ou neutre' }) riseIs: RiseIsEnum;
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
  @Field(() => String, { nullable: true, description: 'Source de la valeur saisie de l’année (ou de l’an dernier)' })
  declaredSource: string | null;
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
  @Field(() => String, { nullable: true, description: 'D’où vient une valeur saisie (rapport d’activités…)' })
  source: string | null;
}

@ObjectType({ description: 'Un indicateur sur plusieurs années entières' })
export class IndicatorSeries {
  @Field() key: string;
  @Field() label: string;
  @Field() unit: string;
  @Field(() => DirectorateEnum) directorate: DirectorateKey;
  @Field(() => Int) version: number;
  @Field(() => RiseIsEnum) riseIs: RiseIsEnum;
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
  @Field(() => [String], { nullable: 'items', description: 'Page de chaque enregistrement dans son module' })
  paths: (string | null)[];
  @Field(() => Int) total: number;
}
