import 'reflect-metadata';
import path from 'node:path';
import { createApp } from './core/app';
import { DEMO_LOGINS, DEMO_PASSWORD } from './core/seed';

async function main() {
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  const webDist = process.env.WEB_DIST ?? path.resolve(__dirname, '../../web/dist');
  const app = await createApp({ webDist });
  const server = await app.listen(port, host);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`;
  console.log(`\nBack-office CALL prêt : ${url}`);
  console.log(`Base : ${app.db.config.kind === 'postgres' ? 'PostgreSQL' : 'PGlite embarqué'}`);
  if (process.env.NODE_ENV !== 'production' && process.env.PRINT_DEMO_LOGINS !== '0') {
    console.log(
      `Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») : ${DEMO_LOGINS.map((u) => u.login).join(', ')}\n`,
    );
  }
  const stop = () => {
    server.close(() => void app.close().then(() => process.exit(0)));
    // open subscription sockets would keep the server from closing
    void app.live.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
