// `npm run content:ingest`: builds lessons and questions from content/ and writes them to DATABASE_URL.
import { localDatabaseUrl } from "../app/local-environment";
import { ingestContentFolder } from "../app/ingest-content-folder";

ingestContentFolder(localDatabaseUrl()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
