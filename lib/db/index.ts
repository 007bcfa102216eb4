export { db, type Database, type Queryable, type Tx } from "./client";
export * as schema from "./schema";
