// Throwaway PostgreSQL for integration tests; shared with `npm run db:migrate:create`, which needs one too.
export { startThrowawayPostgres as startPostgres } from "../../scripts/db/throwaway-postgres";
export type { ThrowawayPostgres } from "../../scripts/db/throwaway-postgres";
