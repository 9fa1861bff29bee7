import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '../context';
import { formatError } from '../errors';

const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

/**
 * GraphQL subscriptions over graphql-ws, on the API's own HTTP server and path (/graphql). The subscriber is the
 * user of the session cookie sent with the upgrade request (SameSite=Strict: another site's page cannot open it
 * with the user's session). Only subscriptions go through the socket: queries and mutations keep the HTTP path
 * and its limits.
 */
export function serveSubscriptions(
  server: Server,
  schema: GraphQLSchema,
  contextOf: (request: IncomingMessage) => Promise<RequestContext>,
): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  const handle = useServer(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e as GraphQLError];
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            new GraphQLError('Seuls les abonnements passent par le WebSocket.', {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextOf(ctx.extra.request),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );
  return async () => {
    await handle.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
