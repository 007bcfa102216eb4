import pg from "pg";

/** Counts queries sent by every node-postgres client of this process (BEGIN/COMMIT included) until `stop()`. */
export function countQueries(): { stop: () => number } {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  };
  return {
    stop: () => {
      prototype.query = original;
      return count;
    },
  };
}
