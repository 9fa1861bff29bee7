import type { NextFunction, Request, Response } from 'express';
import { QUERY_LIMITS } from '../graphql/query-limits';

const BODY_LIMIT_MO = 8;
/** An import of 5 Mo is under 7 Mo in base64: anything larger is refused before it is read. */
export const BODY_LIMIT_BYTES = BODY_LIMIT_MO * 1024 * 1024;

export const TOO_LARGE = `Requête refusée : le corps dépasse ${BODY_LIMIT_MO} Mo.`;
export const MALFORMED = 'Requête mal formée (JSON invalide ?).';
export const INTERNAL = 'Une erreur interne est survenue. Réessayez ; si elle persiste, prévenez le support.';

export const refusalBody = (code: string, message: string) =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** A document longer than any the web sends is refused before GraphQL parses it: the refusal, or null. */
export function tooLongDocument(body: unknown): string | null {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && query.length > QUERY_LIMITS.documentLength
    ? `Requête refusée : document de plus de ${QUERY_LIMITS.documentLength} caractères.`
    : null;
}

const refusal = (res: Response, status: number, code: string, message: string) =>
  res.status(status).type('application/json').send(refusalBody(code, message));

/** The same, on express's routes (GraphQL sent otherwise than as a JSON POST). */
export function refuseLongDocuments(req: Request, res: Response, next: NextFunction) {
  const long = tooLongDocument(req.body);
  if (long) return void refusal(res, 400, 'BAD_USER_INPUT', long);
  next();
}

/** Express's own error page shows the stack outside production: answer in French, without it, in every mode. */
export function refuseQuietly(
  err: { status?: number; type?: string },
  _req: Request,
  res: Response,
  _next: NextFunction,
) {
  if (err.type === 'entity.too.large') return void refusal(res, 413, 'PAYLOAD_TOO_LARGE', TOO_LARGE);
  if (err.status && err.status < 500) return void refusal(res, err.status, 'BAD_REQUEST', MALFORMED);
  console.error('[api] erreur interne', err);
  refusal(res, 500, 'INTERNAL_SERVER_ERROR', INTERNAL);
}
