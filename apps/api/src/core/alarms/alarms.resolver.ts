import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { DirectorateKey } from '@call/domain';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { DirectorateEnum } from '../graphql/enums';
import { PageArgs } from '../kit/paging';
import { AlarmsService } from './alarms.service';
import { AlarmRecordPage, AlarmView } from './alarm.types';

@Resolver()
export class AlarmsResolver {
  constructor(private readonly service: AlarmsService) {}

  @Authorized(Rule.signedIn)
  @Query(() => [AlarmView], { description: 'Les alarmes des directions lisibles, à la date du jour' })
  alarms(
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AlarmView[]> {
    return this.service.summaries(ctx.user!, directorate);
  }

  @Authorized(Rule.signedIn)
  @Query(() => AlarmRecordPage, { description: 'Les enregistrements d’une alarme, les plus urgents d’abord' })
  alarmRecords(
    @Arg('key') key: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AlarmRecordPage> {
    return this.service.records(ctx.user!, key, page);
  }
}
