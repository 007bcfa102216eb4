import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { ensureLocalEnv } from "./local-env";

const file = () => path.join(mkdtempSync(path.join(tmpdir(), "ferry-env-")), ".env.local");
const keys = ["AUTH_SECRET", "FERRY_ENCRYPTION_KEY", "FERRY_ALLOWED_HOSTS", "INTRALINKS_DEFAULT_HOST", "FERRY_APP_URL"];
const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
afterEach(() => {
  for (const key of keys) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

it("keeps the secrets of the first run but takes the hosts from each run's ports", () => {
  const env = file();
  for (const key of keys) delete process.env[key];
  ensureLocalEnv({ FERRY_ALLOWED_HOSTS: "127.0.0.1:4010,127.0.0.1:4020", INTRALINKS_DEFAULT_HOST: "http://127.0.0.1:4020" }, env);
  const secret = process.env.AUTH_SECRET;
  expect(secret).toBeTruthy();

  for (const key of keys) delete process.env[key];
  ensureLocalEnv({ FERRY_ALLOWED_HOSTS: "127.0.0.1:5010,127.0.0.1:5020", INTRALINKS_DEFAULT_HOST: "http://127.0.0.1:5020" }, env);
  expect(process.env.AUTH_SECRET).toBe(secret);
  expect(process.env.FERRY_ALLOWED_HOSTS).toBe("127.0.0.1:5010,127.0.0.1:5020");
  expect(process.env.INTRALINKS_DEFAULT_HOST).toBe("http://127.0.0.1:5020");
  expect(readFileSync(env, "utf8")).not.toMatch(/ALLOWED_HOSTS|INTRALINKS_DEFAULT_HOST/);
});

it("drops the hosts an older version of `npm run dev` froze into the file", () => {
  const env = file();
  for (const key of keys) delete process.env[key];
  writeFileSync(env, "AUTH_SECRET=kept\nFERRY_ENCRYPTION_KEY=also-kept\nFERRY_ALLOWED_HOSTS=127.0.0.1:4010,127.0.0.1:4020\nINTRALINKS_DEFAULT_HOST=http://127.0.0.1:4020\n");
  ensureLocalEnv({ FERRY_ALLOWED_HOSTS: "127.0.0.1:6010,127.0.0.1:6020", INTRALINKS_DEFAULT_HOST: "http://127.0.0.1:6020" }, env);
  expect(process.env.FERRY_ALLOWED_HOSTS).toBe("127.0.0.1:6010,127.0.0.1:6020");
  expect(readFileSync(env, "utf8")).toBe("AUTH_SECRET=kept\nFERRY_ENCRYPTION_KEY=also-kept\n");
});
