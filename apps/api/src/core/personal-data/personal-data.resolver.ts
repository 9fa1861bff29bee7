import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { toParisLocalDate } from '@call/domain';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { JSONObjectScalar, LocalDateScalar } from '../graphql/scalars';
import { PersonalDataService } from './personal-data.service';

@ObjectType()
class PersonalDataSectionType {
  @Field() label: string;
  @Field(() => [JSONObjectScalar]) rows: Record<string, unknown>[];
}

@ObjectType()
class AnonymisationReportType {
  @Field({ description: 'Nature des données (ads, fourriere, audit)' }) kind: string;
  @Field(() => LocalDateScalar, { description: 'Les enregistrements clos avant ce jour ont été anonymisés' })
  cutoff: string;
  @Field(() => Int) records: number;
}

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly service: PersonalDataService) {}

  @Authorized(Rule.admin)
  @Query(() => [PersonalDataSectionType], {
    description: 'Tout ce que la base contient sur une personne (droit d’accès, RGPD art. 15), borné par nature.',
  })
  personalDataExport(@Arg('search') search: string): Promise<PersonalDataSectionType[]> {
    return this.service.exportFor(search);
  }

  @Authorized(Rule.admin)
  @Mutation(() => [AnonymisationReportType], {
    description: 'Anonymise ce qui a dépassé sa durée de conservation (le même travail que scripts anonymise).',
  })
  anonymisePastRetention(@Ctx() ctx: RequestContext): Promise<AnonymisationReportType[]> {
    return this.service.anonymise(ctx.user, toParisLocalDate(new Date()));
  }
}
