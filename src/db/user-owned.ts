/**
 * Every table that holds a user's rows, by the column that names the user. Deleting an account
 * walks this list in one transaction; a test checks that every table with a user_id column is
 * listed, so a new feature's table cannot be forgotten.
 */
export const USER_OWNED_TABLES: ReadonlyArray<{ table: string; column: string }> = [
  { table: "sessions", column: "user_id" },
];
