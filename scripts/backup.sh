#!/bin/sh
# Backs up the CALL database to one file.
#   PostgreSQL (DATABASE_URL set): pg_dump in custom format (compressed, restorable with pg_restore),
#     only the schema of DATABASE_SCHEMA when it is set. The API may keep running: pg_dump reads a snapshot.
#   Embedded PGlite (no DATABASE_URL): a tar.gz of the data directory (PGLITE_DATA_DIR, default ./data/pglite).
#     STOP THE API FIRST: PGlite writes its files without a server to give a consistent snapshot.
# Usage: scripts/backup.sh [file]   (default: backups/call-<date>.dump or .tar.gz)
set -eu
cd "$(dirname "$0")/.."
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p backups
if [ -n "${DATABASE_URL:-}" ]; then
  out=${1:-backups/call-$stamp.dump}
  if [ -n "${DATABASE_SCHEMA:-}" ]; then
    pg_dump --format=custom --no-owner --no-privileges --schema="$DATABASE_SCHEMA" --file="$out" "$DATABASE_URL"
  else
    pg_dump --format=custom --no-owner --no-privileges --file="$out" "$DATABASE_URL"
  fi
else
  dir=${PGLITE_DATA_DIR:-data/pglite}
  [ -d "$dir" ] || { echo "Pas de base embarquée dans $dir." >&2; exit 1; }
  out=${1:-backups/call-$stamp.tar.gz}
  tar -czf "$out" -C "$(dirname "$dir")" "$(basename "$dir")"
fi
echo "Sauvegarde écrite : $out"
