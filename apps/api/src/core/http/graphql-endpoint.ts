import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Express, Request, Response } from 'express';
import { BODY_LIMIT_BYTES, INTERNAL, MALFORMED, refusalBody, TOO_LARGE, tooLongDocument } from './refusals';

/**
 * What answers HTTP: `POST /graphql` with a JSON body, every screen's request, goes straight to Apollo; anything else
 * (the web app, downloads, health, GraphQL in any other form) goes through express's routes and middleware.
 *
 * Why: on a list or a drill-down page, express's router, per-request header middleware, body parser and integration
 * cost more CPU than the GraphQL work itself (profiled). The answers are the same: the request and response get
 * express's own prototypes (a resolver sets its cookie and reads the client's address as before), the same security
 * headers (computed once from the same middleware), the same limits and French refusals.
 */
export function httpListener<C extends BaseContext>(options: {
  express: Express;
  apollo: ApolloServer<C>;
  context: (req: Request, res: Response) => Promise<C>;
  /** The middleware setting the security headers of every answer (helmet); run once here, with no request. */
  securityHeaders: (req: Request, res: Response, next: () => void) => void;
}): RequestListener {
  const { express: app, apollo } = options;
  const headers = headersSetBy(options.securityHeaders);
  return (req, res) => {
    if (!isGraphqlJsonPost(req)) return void app(req, res);
    // as express's own app.handle does before its router
    const request = Object.assign(Object.setPrototypeOf(req, app.request) as Request, { res });
    const response = Object.assign(Object.setPrototypeOf(res, app.response) as Response, { req, locals: {} });
    void serve(apollo, request, response, headers, options.context).catch((e: unknown) => {
      console.error('[api] erreur interne', e);
      if (!res.headersSent) send(res, 500, headers, refusalBody('INTERNAL_SERVER_ERROR', INTERNAL));
      else res.destroy();
    });
  };
}

function isGraphqlJsonPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.headers['content-encoding']) return false;
  const path = req.url?.split('?', 1)[0];
  if (path !== '/graphql' && path !== '/graphql/') return false;
  const type = req.headers['content-type']?.toLowerCase().replace(/\s/g, '');
  return type === 'application/json' || type === 'application/json;charset=utf-8';
}

async function serve<C extends BaseContext>(
  apollo: ApolloServer<C>,
  req: Request,
  res: Response,
  security: Record<string, string>,
  context: (req: Request, res: Response) => Promise<C>,
) {
  const raw = await readBody(req);
  if (raw === TOO_LARGE_BODY) return send(res, 413, security, refusalBody('PAYLOAD_TOO_LARGE', TOO_LARGE));
  if (raw === null) return; // the client went away
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  // body-parser's strict mode on the other routes: an object or an array, nothing else
  if (typeof body !== 'object' || body === null) return send(res, 400, security, refusalBody('BAD_REQUEST', MALFORMED));
  const long = tooLongDocument(body);
  if (long) return send(res, 400, security, refusalBody('BAD_USER_INPUT', long));

  const httpHeaders = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) httpHeaders.set(k, Array.isArray(v) ? v.join(', ') : v);
  const q = req.url.indexOf('?');
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: httpHeaders, search: q < 0 ? '' : req.url.slice(q), body },
    context: () => context(req, res),
  });
  const out: Record<string, string> = { ...security };
  for (const [k, v] of answer.headers) out[k] = v;
  if (answer.body.kind === 'complete') return send(res, answer.status ?? 200, out, answer.body.string);
  res.writeHead(answer.status ?? 200, out);
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

const TOO_LARGE_BODY = Symbol('too large');

/**
 * The body as text; past the limit, the rest is read off without being kept (as body-parser does) and refused; null
 * when the client went away.
 */
function readBody(req: IncomingMessage): Promise<string | null | typeof TOO_LARGE_BODY> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers['content-length']) > BODY_LIMIT_BYTES ? Infinity : 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(size > BODY_LIMIT_BYTES ? TOO_LARGE_BODY : Buffer.concat(chunks, size).toString('utf8')),
    );
    req.on('error', () => resolve(null));
    req.on('aborted', () => resolve(null));
  });
}

/** The headers a middleware sets on every answer; it must not depend on the request (helmet without nonces). */
function headersSetBy(middleware: (req: Request, res: Response, next: () => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let done = false;
  middleware({ method: 'POST', headers: {} } as Request, res as unknown as Response, () => (done = true));
  if (!done) throw new Error('Les en-têtes de sécurité doivent être posés sans attendre');
  return headers;
}
