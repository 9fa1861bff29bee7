import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { AuditLogService } from './audit-log.service';
import { AuditFilter, AuditPage } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Authorized(Rule.admin, Rule.director)
  @Query(() => AuditPage, { description: 'Le journal d’audit, le plus récent d’abord (un directeur : sa direction).' })
  auditEntries(
    @Arg('filter', () => AuditFilter, { defaultValue: { offset: 0, limit: 50 } }) filter: AuditFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditPage> {
    return this.log.search(ctx.user!, filter);
  }
}
