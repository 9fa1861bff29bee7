import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DirectorateKey } from '@call/domain';
import { DirectorateEnum } from '../graphql/enums';
import { LocalDateScalar } from '../graphql/scalars';
import { Page } from '../kit/paging';
import type { AlarmSeverity } from './alarm-definition';

const AlarmSeverityEnum = { WARNING: 'WARNING', DANGER: 'DANGER' } as const;
registerEnumType(AlarmSeverityEnum, {
  name: 'AlarmSeverity',
  description: 'Gravité d’une alarme : à surveiller (WARNING) ou dépassée (DANGER)',
});

@ObjectType('AlarmRecord', { description: 'Un enregistrement en alarme' })
export class AlarmRecordView {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field() label: string;
  @Field(() => LocalDateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field({ description: 'Chemin de la fiche dans l’application' }) path: string;
}

@ObjectType('Alarm', { description: 'Une alarme d’une direction, calculée à la date du jour' })
export class AlarmView {
  @Field() key: string;
  @Field(() => DirectorateEnum) directorate: DirectorateKey;
  @Field() label: string;
  @Field() description: string;
  @Field(() => AlarmSeverityEnum) severity: AlarmSeverity;
  @Field(() => Int, { description: 'Nombre d’enregistrements en alarme (ceux que liste alarmRecords)' })
  total: number;
  @Field(() => [AlarmRecordView], { description: 'Les premiers enregistrements, les plus urgents d’abord' })
  preview: AlarmRecordView[];
}

@ObjectType('AlarmRecordPage')
export class AlarmRecordPage extends Page(AlarmRecordView) {}
