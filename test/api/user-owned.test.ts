/** Account deletion walks USER_OWNED_TABLES: every table with a user_id column must be in it. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS, type TestDatabase } from "../helpers/databases.ts";
import { USER_OWNED_TABLES } from "../../src/db/user-owned.ts";

for (const dialect of DIALECTS) {
  describe(`user-owned tables (${dialect.name})`, { skip: dialect.skip }, () => {
    let d: TestDatabase;
    before(async () => {
      d = await dialect.create();
    });
    after(async () => d?.destroy());

    test("every table with a user_id column is listed for account deletion", async () => {
      // On PostgreSQL the introspector sees every schema of the database: only Parlance's counts.
      const own = d.handle.schema;
      const tables = (await d.handle.db.introspection.getTables()).filter((t) => !own || t.schema === own);
      const withUser = tables.filter((t) => t.columns.some((c) => c.name === "user_id")).map((t) => t.name).sort();
      assert.ok(withUser.includes("sessions"));
      assert.deepEqual(withUser, USER_OWNED_TABLES.map((t) => t.table).sort());
    });
  });
}
