#!/bin/sh
# Placeholder for PRISMA_SCHEMA_ENGINE_BINARY: `prisma generate` only checks that the file exists, so
# it never downloads the native engine. Anything that really runs the engine lands here instead.
echo "The native Prisma schema engine is not installed here. Use npm run db:migrate / db:migrate:create / db:migrate:status (scripts/db)." >&2
exit 1
