import { Field, ObjectType } from 'type-graphql';

/** A file the server produced (an export), base64-encoded so it travels in a GraphQL answer. */
@ObjectType()
export class ExportedFile {
  @Field() filename: string;
  @Field() mimeType: string;
  @Field() base64: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
