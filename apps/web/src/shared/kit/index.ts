/** The web kit: every form and list is built from these pieces. */
export { toOptions, type ChoiceSource, type Option } from './choices';
export { DataTable, type Column, type TableSort } from './DataTable';
export { DateField } from './DateField';
export { DateInput } from './DateInput';
export { DateTimeInput, localNow } from './DateTimeInput';
export { DecimalInput, MoneyInput } from './DecimalInput';
export { FeedbackProvider, useNotify } from './Feedback';
export { FormShell } from './FormShell';
export { DATE_MAX, DATE_MIN, isIsoDay } from './french-date';
export { PageHeader } from './PageHeader';
export { ErrorState, LoadingState, QueryState } from './QueryState';
export { SelectInput } from './SelectInput';
export { TextInput } from './TextInput';
export { ColumnPrefsUser } from './useColumnChoice';
export {
  intFilter,
  oneOfFilter,
  optionalFilter,
  optionalOneOfFilter,
  textFilter,
  useUrlFilters,
} from './useUrlFilters';
