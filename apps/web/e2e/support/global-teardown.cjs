const fs = require('node:fs');

module.exports = async () => {
  const { server, dataDir } = globalThis.__E2E__ ?? {};
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
};
