import { Arg, Authorized, Ctx, Float, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { DirectorateKey } from '@call/domain';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { badInput } from '../errors';
import { DirectorateEnum } from '../graphql/enums';
import { LocalDateScalar } from '../graphql/scalars';
import { IndicatorsService } from './indicators.service';
import { ExportedFile } from '../graphql/exported-file';
import { indicatorReportWorkbook, reportTable } from './report-export';
import { Indicator, IndicatorExportFormat, IndicatorRecordPage, IndicatorSeries } from './indicator.types';
import { tableFile } from './indicator-csv';

/** At most this many records in a drill-down export (a year of a module's busiest figure fits). */
const EXPORT_LIMIT = 20_000;

const checkYear = (year: number, field = 'year') => {
  if (year < 2000 || year > 2100) throw badInput(field, 'L’année doit être comprise entre 2000 et 2100.');
};
const checkKeys = (keys: string[] | null) => {
  if (keys && keys.length > 200) throw badInput('keys', 'Au plus 200 indicateurs par demande.');
};

/** Whether the query selects a field of the result (fragments count as selecting everything). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((n) =>
    (n.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || s.name.value === field),
  );
}

@Resolver()
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @Authorized(Rule.signedIn)
  @Query(() => [Indicator], {
    description:
      'Indicateurs de l’année (ou de l’année jusqu’à `asOf`, comparée à la même date l’an dernier) visibles par l’utilisateur, calculés par la base',
  })
  indicators(
    @Arg('year', () => Int) year: number,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Cumul du 1er janvier à ce jour inclus' })
    asOf: string | null,
    @Arg('keys', () => [String], { nullable: true, description: 'Seulement ces indicateurs' }) keys: string[] | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Indicator[]> {
    checkYear(year);
    checkKeys(keys);
    return this.service.forPeriod(ctx.user!, {
      year,
      asOf,
      directorate,
      keys,
      breakdowns: selects(info, 'breakdowns'),
    });
  }

  @Authorized(Rule.signedIn)
  @Query(() => [IndicatorSeries], { description: 'Les indicateurs sur plusieurs années entières, jusqu’à `to`' })
  indicatorSeries(
    @Arg('to', () => Int) to: number,
    @Arg('years', () => Int, { defaultValue: 5 }) years: number,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Arg('keys', () => [String], { nullable: true }) keys: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorSeries[]> {
    checkYear(to, 'to');
    checkKeys(keys);
    if (years < 2 || years > 20) throw badInput('years', 'Le nombre d’années doit être compris entre 2 et 20.');
    return this.service.series(ctx.user!, to, years, directorate, keys);
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
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('sort', () => String, { nullable: true, description: 'Clé de la colonne de tri' }) sort: string | null,
    @Arg('descending', { defaultValue: false }) descending: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorRecordPage> {
    checkYear(year);
    if (offset < 0) throw badInput('offset', 'Le décalage doit être positif.');
    if (limit < 1 || limit > 500) throw badInput('limit', 'La taille de page doit être comprise entre 1 et 500.');
    const period = IndicatorsService.period(year, asOf);
    return this.service.records(ctx.user!, key, period, dimension, member, { offset, limit, sort, descending });
  }

  @Authorized(Rule.signedIn)
  @Query(() => ExportedFile, {
    description: 'Les enregistrements derrière un chiffre, en CSV ou XLSX (formats français)',
  })
  async indicatorRecordsExport(
    @Arg('key') key: string,
    @Arg('year', () => Int) year: number,
    @Arg('format', () => IndicatorExportFormat) format: IndicatorExportFormat,
    @Arg('dimension', () => String, { nullable: true }) dimension: string | null,
    @Arg('member', () => String, { nullable: true }) member: string | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('sort', () => String, { nullable: true }) sort: string | null,
    @Arg('descending', { defaultValue: false }) descending: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ExportedFile> {
    checkYear(year);
    const period = IndicatorsService.period(year, asOf);
    const page = await this.service.records(ctx.user!, key, period, dimension, member, {
      offset: 0,
      limit: EXPORT_LIMIT,
      sort,
      descending,
    });
    const name = [key.replace(/\W+/g, '-'), year, member?.replace(/\W+/g, '-')].filter(Boolean).join('-');
    return tableFile({ title: key, columns: page.columns, rows: page.rows }, name, format);
  }

  @Authorized(Rule.signedIn)
  @Query(() => ExportedFile, {
    description: 'Le rapport d’activités de l’année (classeur XLSX) : les indicateurs visibles par l’utilisateur',
  })
  async indicatorReport(
    @Arg('year', () => Int) year: number,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg('format', () => IndicatorExportFormat, { defaultValue: IndicatorExportFormat.XLSX })
    format: IndicatorExportFormat,
    @Ctx() ctx: RequestContext,
  ): Promise<ExportedFile> {
    checkYear(year);
    const indicators = await this.service.forPeriod(ctx.user!, { year, asOf, directorate });
    if (format === IndicatorExportFormat.XLSX) return indicatorReportWorkbook(year, indicators);
    return tableFile(reportTable(year, indicators), `tableau-de-bord-${directorate ?? 'dgs'}-${asOf ?? year}`, format);
  }

  @Authorized(Rule.signedIn)
  @Mutation(() => Indicator, { description: 'Saisit la valeur annuelle d’un indicateur déclaré' })
  declareIndicatorValue(
    @Arg('key') key: string,
    @Arg('year', () => Int) year: number,
    @Arg('value', () => Float) value: number,
    @Arg('source', () => String, { nullable: true, description: 'D’où vient la valeur (rapport d’activités…)' })
    source: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Indicator> {
    checkYear(year);
    return this.service.declare(ctx.user!, key, year, value, source);
  }
}
