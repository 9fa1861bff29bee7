// PostGraphile 4 (the peer) as a library over the same tables, on its own port: node postgraphile-server.mjs <url> <port>
import http from 'node:http';
import { benchRequire } from './common.mjs';

const { postgraphile } = benchRequire('postgraphile');
const [url, port] = process.argv.slice(2);
const middleware = postgraphile(url, 'public', {
  graphqlRoute: '/graphql',
  disableQueryLog: true,
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNodes: true,
  retryOnInitFail: false,
});
http.createServer(middleware).listen(Number(port), '127.0.0.1', () => console.log(`postgraphile prêt sur ${port}`));
