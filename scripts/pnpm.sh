#!/bin/sh
# Runs the pinned pnpm: the global one when it is the right version, otherwise through npx (only Node.js and npm are assumed).
PNPM_VERSION=12.4.2
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  exec pnpm "$@"
fi
exec npx --yes "pnpm@$PNPM_VERSION" "$@"
