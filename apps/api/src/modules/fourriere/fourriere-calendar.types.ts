import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { FourriereTariffStatus } from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { TariffStatusEnum } from './fourriere.enums';

@ObjectType('FourriereCalendarSetting', {
  description: 'Un réglage daté du calendrier des jours ouvrés de la fourrière',
})
export class CalendarSettingView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => [String], { description: 'Jours fériés travaillés quand même (noms des jours fériés)' })
  workedHolidays: string[];
  @Field(() => [LocalDateScalar], { description: 'Jours de fermeture supplémentaires' }) extraClosedDays: string[];
  @Field(() => TariffStatusEnum, { description: 'En vigueur, à venir ou remplacé, à ce jour' })
  status: FourriereTariffStatus;
  @Field() recordedByLogin: string;
  @Field({ description: 'Horodatage ISO 8601' }) recordedAt: string;
}

@ObjectType('FourriereCalendar', {
  description: 'Calendrier des jours ouvrés de la fourrière : réglage en vigueur et historique',
})
export class CalendarView {
  @Field(() => CalendarSettingView, { nullable: true, description: 'Le réglage en vigueur aujourd’hui' })
  inForce: CalendarSettingView | null;
  @Field(() => [CalendarSettingView], { description: 'Tous les réglages, le plus récent d’abord' })
  history: CalendarSettingView[];
}

@InputType('FourriereCalendarInput')
export class CalendarInput {
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => [String], { description: 'Noms des jours fériés travaillés (ex. « Lundi de Pentecôte »)' })
  @ArrayMaxSize(11, { message: 'il n’y a que onze jours fériés.' })
  @IsString({ each: true })
  @MaxLength(60, { each: true, message: 'nom trop long.' })
  workedHolidays: string[];

  // strings, not Date scalars: an invalid day gets a French message naming the faulty item
  @Field(() => [String], { description: 'Jours de fermeture supplémentaires, AAAA-MM-JJ' })
  @ArrayMaxSize(366, { message: '366 jours au plus.' })
  @IsString({ each: true })
  @MaxLength(10, { each: true, message: 'date au format AAAA-MM-JJ attendue.' })
  extraClosedDays: string[];
}
