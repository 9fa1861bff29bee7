import { Field, ObjectType } from 'type-graphql';

/** A file the server produced (an export), base64-encoded so it travels in a GraphQL answer. */
@ObjectType()
export class ExportedFile {
  @Field() filename: string;
  @Field() mimeType: string;
  @Field() base64: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A spreadsheet evaluates a cell typed as text that starts with = + - @ (or a tab or carriage return before
 * one) as a formula: `=HYPERLINK(…)` in an applicant's name would run on the agent's computer. Such a text
 * is written with a leading apostrophe, which the spreadsheet shows as plain text.
 */
export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Every text of a row, neutralised (for XLSX rows as objects). */
export const neutraliseRow = <R extends Record<string, unknown>>(row: R): R =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseFormula(v)])) as R;
