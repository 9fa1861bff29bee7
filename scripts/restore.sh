#!/bin/sh
# Restores a backup made by scripts/backup.sh into a FRESH database (never over a live one).
#   PostgreSQL (DATABASE_URL set): pg_restore into that database, which must be empty
#     (createdb call_restauree, then DATABASE_URL=postgres://…/call_restauree scripts/restore.sh file.dump).
#   Embedded PGlite: unpacks the archive as the data directory (PGLITE_DATA_DIR, default ./data/pglite),
#     which must not exist yet (move the old one aside). The API must be stopped.
# Then start the API as usual: pending migrations, if any, run at start.
# Usage: scripts/restore.sh <file>
set -eu
file=${1:?usage: scripts/restore.sh <fichier de sauvegarde>}
[ -f "$file" ] || { echo "Fichier introuvable : $file" >&2; exit 1; }
case "$file" in /*) ;; *) file="$(pwd)/$file" ;; esac
cd "$(dirname "$0")/.."
if [ -n "${DATABASE_URL:-}" ]; then
  pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$file"
else
  dir=${PGLITE_DATA_DIR:-data/pglite}
  if [ -e "$dir" ]; then
    echo "$dir existe déjà : déplacez-le (mv $dir $dir.ancien) avant de restaurer." >&2
    exit 1
  fi
  tmp=$(mktemp -d)
  tar -xzf "$file" -C "$tmp"
  mkdir -p "$(dirname "$dir")"
  mv "$tmp"/* "$dir"
  rmdir "$tmp"
fi
echo "Sauvegarde restaurée depuis $file"
