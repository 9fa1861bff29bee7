/** The web kit: every form and list is built from these pieces. */
export { type Option } from './choices';
export { DataTable, type Column, type TableSort } from './DataTable';
export { DateField } from './DateField';
export { DateInput } from './DateInput';
export { DateTimeInput, localNow } from './DateTimeInput';
export { DecimalInput } from './DecimalInput';
export { FeedbackProvider, useNotify } from './Feedback';
export { FigureChanges, isBackdated } from './FigureChanges';
export { FormShell } from './FormShell';
export { isIsoDay } from './french-date';
export { PageHeader, usePageTitle } from './PageHeader';
export { RecordItem, RecordSection } from './RecordSection';
export { ErrorState, QueryState } from './QueryState';
export { SelectInput } from './SelectInput';
export { TextInput } from './TextInput';
export { ColumnPrefsUser } from './useColumnChoice';
export { useBackdatedConfirm } from './useBackdatedConfirm';
export { ActionCancelled, useConfirm } from './useConfirm';
export {
  intFilter,
  oneOfFilter,
  optionalFilter,
  optionalOneOfFilter,
  textFilter,
  useUrlFilters,
} from './useUrlFilters';
