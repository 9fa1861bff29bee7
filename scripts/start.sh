#!/bin/sh
# Quick start: install, build, create the demo data (once), and serve API + web on http://127.0.0.1:4000/.
# Embedded PostgreSQL (PGlite) in ./data unless DATABASE_URL is set.
set -e
cd "$(dirname "$0")/.."
sh scripts/pnpm.sh install --frozen-lockfile
sh scripts/pnpm.sh run build
node apps/api/dist/scripts/seed.js
exec node apps/api/dist/main.js
