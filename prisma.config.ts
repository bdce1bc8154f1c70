import { defineConfig } from 'prisma/config';

// The project applies migrations itself (bff/src/db/migrate.ts): Prisma 7's migrate commands need
// a schema-engine binary that cannot be downloaded on our machines. This config serves `prisma generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
