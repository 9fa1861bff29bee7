import type { DashboardOverviewQuery, DashboardQuery } from '../../gql/graphql';

export type FigureView = DashboardQuery['indicators'][number];
export type SeriesView = DashboardQuery['indicatorSeries'][number];
export type OverviewFigure = DashboardOverviewQuery['indicators'][number];
