import { spawn } from "node:child_process";
import { DEFAULT_PORTS, demo } from "@/emulators";
import { embeddedDatabaseUrl } from "@/lib/env";
import { prepareDatabase } from "./database";
import { ensureLocalEnv } from "./local-env";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed";

/** `npm run dev`: everything Ferry needs on one machine, with no outside accounts. */
async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const emulatorPorts = {
    highq: Number(process.env.HIGHQ_EMULATOR_PORT || DEFAULT_PORTS.highq),
    intralinks: Number(process.env.INTRALINKS_EMULATOR_PORT || DEFAULT_PORTS.intralinks),
  };
  // Worked out from this run's ports every time (a value given on the command line wins).
  ensureLocalEnv({
    FERRY_APP_URL: process.env.FERRY_APP_URL ?? `http://localhost:${port}`,
    // The emulators run on this machine over plain http; production allows none.
    FERRY_ALLOWED_HOSTS: process.env.FERRY_ALLOWED_HOSTS ?? `127.0.0.1:${emulatorPorts.highq},127.0.0.1:${emulatorPorts.intralinks}`,
    INTRALINKS_DEFAULT_HOST: process.env.INTRALINKS_DEFAULT_HOST ?? `http://127.0.0.1:${emulatorPorts.intralinks}`,
  });
  const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
  const database = await prepareDatabase({ dataDir: ".data/postgres", port: pgPort, name: "ferry", fresh: false });
  const seeded = await seedDemo(database.url);

  const children = [
    spawn("npx", ["tsx", "emulators/start.ts"], {
      stdio: "inherit",
      env: { ...process.env, HIGHQ_EMULATOR_PORT: String(emulatorPorts.highq), INTRALINKS_EMULATOR_PORT: String(emulatorPorts.intralinks) },
    }),
    spawn("npx", ["next", "dev", "--port", String(port)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? embeddedDatabaseUrl(pgPort) },
    }),
    // Background jobs (sync, insights, reports) on the same schedules Inngest would use.
    spawn("npx", ["tsx", "--conditions=react-server", "scripts/local-runner.ts"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? embeddedDatabaseUrl(pgPort) },
    }),
  ];

  console.log(`
  Ferry is starting at http://localhost:${port}
  HighQ emulator: host 127.0.0.1:${emulatorPorts.highq}/${demo.highq.instance} · Intralinks emulator: ${process.env.INTRALINKS_DEFAULT_HOST}
  (their demo sign-ins and OAuth credentials are printed by the emulators below)
  ${seeded ? "Demo data created." : "Using the existing data in .data/ (delete .data/ to start over)."}
  Demo sign-ins (password: ${DEMO_PASSWORD}):
${DEMO_USERS.map((user) => `    ${user.email.padEnd(22)} ${user.name}`).join("\n")}
`);

  const stop = async () => {
    for (const child of children) child.kill("SIGTERM");
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
