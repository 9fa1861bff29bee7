import { Arg, Authorized, Ctx, Float, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { DirectorateKey } from '@call/domain';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { badInput } from '../errors';
import { DirectorateEnum } from '../graphql/enums';
import { IndicatorsService } from './indicators.service';
import { ExportedFile } from '../graphql/exported-file';
import { indicatorReportWorkbook } from './report-export';
import { Indicator, IndicatorRecordPage } from './indicator.types';

const checkYear = (year: number) => {
  if (year < 2000 || year > 2100) throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
};

@Resolver()
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @Authorized(Rule.signedIn)
  @Query(() => [Indicator], { description: 'Indicateurs de l’année visibles par l’utilisateur, calculés par la base' })
  indicators(
    @Arg('year', () => Int) year: number,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Indicator[]> {
    checkYear(year);
    return this.service.forYear(ctx.user!, year, directorate);
  }

  @Authorized(Rule.signedIn)
  @Query(() => IndicatorRecordPage, { description: 'Les enregistrements derrière un chiffre' })
  indicatorRecords(
    @Arg('key') key: string,
    @Arg('year', () => Int) year: number,
    @Arg('dimension', () => String, { nullable: true }) dimension: string | null,
    @Arg('member', () => String, { nullable: true }) member: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorRecordPage> {
    checkYear(year);
    if (offset < 0) throw badInput('offset', 'Le décalage doit être positif.');
    if (limit < 1 || limit > 500) throw badInput('limit', 'La taille de page doit être comprise entre 1 et 500.');
    return this.service.records(ctx.user!, key, year, dimension, member, offset, limit);
  }

  @Authorized(Rule.signedIn)
  @Query(() => ExportedFile, {
    description: 'Le rapport d’activités de l’année (classeur XLSX) : les indicateurs visibles par l’utilisateur',
  })
  async indicatorReport(
    @Arg('year', () => Int) year: number,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ExportedFile> {
    checkYear(year);
    return indicatorReportWorkbook(year, await this.service.forYear(ctx.user!, year, directorate));
  }

  @Authorized(Rule.signedIn)
  @Mutation(() => Indicator, { description: 'Saisit la valeur annuelle d’un indicateur déclaré' })
  declareIndicatorValue(
    @Arg('key') key: string,
    @Arg('year', () => Int) year: number,
    @Arg('value', () => Float) value: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Indicator> {
    checkYear(year);
    return this.service.declare(ctx.user!, key, year, value);
  }
}
