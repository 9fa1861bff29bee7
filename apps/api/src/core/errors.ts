import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { inputTypeName } from './kit/field-labels';
import { isConnectionLost } from './database/pg-client';
import { frenchCoercionMessage } from './graphql/coercion-messages';

/** Stable codes the web relies on; the French message is what the user reads. */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: AppErrorCode, message: string, extra: { field?: string; details?: unknown } = {}) {
    super(message, {
      extensions: {
        code,
        ...(extra.field ? { field: extra.field } : {}),
        ...(extra.details ? { details: extra.details } : {}),
      },
    });
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);
export const forbidden = (message = "Vous n'avez pas accès à cette ressource.") => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Vous devez être connecté.');
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, { field });
export const invalidTransition = (message: string) => new AppError('INVALID_TRANSITION', message);

/** How a validation message names a field: its French label, by input type (see core/kit/field-labels). */
export type FieldLabeller = (inputType: string | undefined, field: string) => string;
const bareName: FieldLabeller = (_t, field) => field;

/** What a unique column means to the user: `{ 'ads_dossier.number': { field: 'number', label: 'Numéro du dossier' } }`. */
export type UniqueKeys = Record<string, { field: string; label: string }>;

interface DriverError {
  code?: string;
  table?: string;
  detail?: string;
}

/**
 * A unique constraint lost to a concurrent request: nothing was saved, and the message says so and which
 * value is taken (PostgreSQL's detail: `Key (number)=(PC 062 498 23 A0001) already exists.`).
 */
function uniqueViolation(driver: DriverError, keys: UniqueKeys): { message: string; field?: string } {
  const m = /Key \((.+?)\)=\((.*)\) already exists/.exec(driver.detail ?? '');
  const key = m && driver.table ? keys[`${driver.table}.${m[1]}`] : undefined;
  const what = key ? `« ${key.label} »` : 'ce champ';
  const value = m ? ` « ${m[2]} »` : '';
  return {
    message: `Rien n’a été enregistré : la valeur${value} de ${what} est déjà prise par un autre enregistrement (saisi en même temps ?). Vérifiez et réessayez.`,
    field: key?.field,
  };
}

interface ValidationLike {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

function flatten(
  errors: ValidationLike[],
  labelOf: FieldLabeller,
  prefix = '',
): { field: string; message: string; label: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const label = labelOf(inputTypeName(e.target?.constructor), e.property);
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message, label }));
    return [...own, ...flatten(e.children ?? [], labelOf, field)];
  });
}

/**
 * One place turns every error into what leaves the server: validation failures become BAD_USER_INPUT
 * naming the field in French, known errors keep their code, anything else is logged and hidden.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  dev = process.env.NODE_ENV === 'development',
  labelOf: FieldLabeller = bareName,
  uniqueKeys: UniqueKeys = {},
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const validation =
    (original as { extensions?: { validationErrors?: ValidationLike[] } })?.extensions?.validationErrors ??
    (formatted.extensions?.validationErrors as ValidationLike[] | undefined);
  if (validation) {
    const issues = flatten(validation, labelOf);
    const first = issues[0];
    return {
      message: first ? `${first.label} : ${first.message}` : 'Saisie invalide.',
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        field: first?.field,
        issues: issues.map(({ field, message }) => ({ field, message })),
      },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof AppError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED') {
      const french = frenchCoercionMessage(
        formatted.message,
        (name, type) => labelOf(type, name),
        literalNameOf(error),
      );
      const field = formatted.extensions?.field ?? french?.field;
      return {
        message: french?.message ?? formatted.message,
        path: formatted.path,
        extensions: {
          code: code === 'GRAPHQL_PARSE_FAILED' ? code : 'BAD_USER_INPUT',
          ...(field ? { field } : {}),
          ...(formatted.extensions?.details ? { details: formatted.extensions.details } : {}),
        },
      };
    }
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, extensions };
  }
  const driver = (original as { driverError?: DriverError })?.driverError;
  if (driverCode(original) === '23505' && driver) {
    const { message, field } = uniqueViolation(driver, uniqueKeys);
    return { message, path: formatted.path, extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } };
  }
  // a value the database cannot hold (out of range, bad encoding) that no check caught before it
  if (['22P02', '22003', '22021', '22007', '22008', '22001'].includes(driverCode(original) ?? '')) {
    return {
      message: 'Saisie invalide : une valeur est hors limites ou mal formée.',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  // PostgreSQL restarted or failed over: this request is lost (its transaction rolled back), the next one reconnects
  if (isConnectionLost(original)) {
    console.warn('[api] requête interrompue : connexion à la base perdue');
    return {
      message:
        'La base de données est momentanément indisponible : rien n’a été enregistré, réessayez dans un instant.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  console.error('[api] erreur interne', original);
  return {
    message: dev
      ? formatted.message
      : 'Une erreur interne est survenue. Réessayez ; si elle persiste, prévenez le support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const driverCode = (e: unknown) => (e as { driverError?: { code?: string } } | null)?.driverError?.code;

/** The argument or input field name written just before the offending literal of the document. */
function literalNameOf(error: unknown): string | undefined {
  const e = error as { positions?: readonly number[]; source?: { body: string } } | null;
  const at = e?.positions?.[0];
  if (at === undefined || !e?.source) return undefined;
  return /(\w+)\s*:\s*$/.exec(e.source.body.slice(0, at))?.[1];
}
