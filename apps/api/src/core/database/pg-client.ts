import pg from 'pg';

/**
 * A pg client that always listens to its own 'error' event. PostgreSQL terminates connections on restart
 * or failover (57P01); an 'error' event with no listener kills Node. TypeORM listens only while a client is
 * checked out, and pg-pool only while it is idle: between the two, or after the client is released
 * broken, the event would be unhandled. The request that was using the connection fails on its own
 * query; the pool drops the broken client and opens a new one on the next request.
 */
export class ResilientPgClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (e: Error & { code?: string }) => {
      console.warn(`[api] connexion PostgreSQL perdue (${e.code ?? e.message})`);
    });
  }
}

/** Errors that mean "the database went away", not "this request was wrong". */
export function isConnectionLost(e: unknown): boolean {
  const err = e as {
    name?: string;
    code?: string;
    message?: string;
    driverError?: { code?: string; message?: string };
  } | null;
  // TypeORM releases a query runner whose connection emitted 'error'; its next query fails with this
  // (or, when the release happened first, the provider's variant of the same error)
  if (err?.name === 'QueryRunnerAlreadyReleasedError' || err?.name === 'QueryRunnerProviderAlreadyReleasedError')
    return true;
  const code = err?.driverError?.code ?? err?.code;
  const message = err?.driverError?.message ?? err?.message ?? '';
  return (
    ['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE'].includes(
      code ?? '',
    ) || /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message)
  );
}
