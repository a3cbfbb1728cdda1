// A fresh PostgreSQL database per test file, on the server DOSSIER_TEST_PG points at
// (.ci/postgres.sh starts a throwaway one). Tests skip PostgreSQL when it is unset.
import pg from 'pg';

export const PG_URL = process.env.DOSSIER_TEST_PG ?? '';
export const PG_SKIP = PG_URL ? false : 'DOSSIER_TEST_PG is not set: PostgreSQL tests skipped (run `eval "$(.ci/postgres.sh start)"` first)';

export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`.replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = '/' + name;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
