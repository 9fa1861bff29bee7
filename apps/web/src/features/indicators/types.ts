import type { IndicatorsQuery } from '../../gql/graphql';

export type IndicatorView = IndicatorsQuery['indicators'][number];
export type BreakdownView = IndicatorView['breakdowns'][number];

/** What the user clicked: the whole figure, or one member of a breakdown. */
export interface DrillTarget {
  indicator: Pick<IndicatorView, 'key' | 'label' | 'year'>;
  /** Year to date: the records up to this day (the dashboards' current year). */
  asOf?: string | null;
  dimension?: string;
  member?: string;
  memberLabel?: string;
}
