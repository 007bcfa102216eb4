import { vi } from "vitest";

// The fast project starts no database, emulator or S3 server. A test that needs one is misnamed:
// it fails here with the rule instead of slowing every fast run (or passing by luck on one machine).
function misnamed(what: string): never {
  throw new Error(`This test uses ${what}: name it *.integration.test.ts (the db project, see vitest.config.ts).`);
}

vi.mock("@/lib/db/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/db/client")>();
  const refuse = () => misnamed("the database");
  return { ...actual, db: new Proxy({}, { get: refuse, apply: refuse }) };
});

vi.mock("@/emulators/highq/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/emulators/highq/server")>()),
  startHighQEmulator: () => misnamed("the HighQ emulator"),
}));

vi.mock("@/emulators/intralinks/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/emulators/intralinks/server")>()),
  startIntralinksEmulator: () => misnamed("the Intralinks emulator"),
}));

vi.mock("@/test/s3-server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/test/s3-server")>()),
  startTestS3Server: () => misnamed("the S3 server"),
}));
