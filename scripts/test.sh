#!/bin/sh
# The whole test suite: unit, integration (through GraphQL on PGlite, or PostgreSQL when DATABASE_URL is set)
# and the browser journeys in Debian's chromium (always on a fresh embedded database).
set -e
cd "$(dirname "$0")/.."
sh scripts/pnpm.sh install --frozen-lockfile
sh scripts/pnpm.sh run build
# one package at a time: each PGlite test file is a whole database in memory, and CI has 2 cores
sh scripts/pnpm.sh exec turbo run test --concurrency=1
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  sh scripts/pnpm.sh --filter @call/web run test:e2e
else
  echo "chromium absent (${CHROMIUM_PATH:-/usr/bin/chromium}) : parcours navigateur non lancés. apt-get install chromium" >&2
  [ -n "$CI" ] && exit 1
fi
