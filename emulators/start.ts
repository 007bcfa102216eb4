/** `npm run emulators`: both emulators on fixed ports, with everything a new user needs printed. */
import { appCallbackUrl, DEFAULT_PORTS, demo, startEmulators } from "./index";

const port = (name: string, fallback: number) => {
  const v = process.env[name];
  return v === undefined || v === "" ? fallback : Number(v);
};

const running = await startEmulators({
  highqPort: port("HIGHQ_EMULATOR_PORT", DEFAULT_PORTS.highq),
  intralinksPort: port("INTRALINKS_EMULATOR_PORT", DEFAULT_PORTS.intralinks),
  controlToken: process.env.EMULATOR_CONTROL_TOKEN || undefined,
});

console.log(`
Control API token (header x-emulator-token): ${running.highq.controlToken}
Registered OAuth callback: ${appCallbackUrl()}

HighQ     client id ${demo.highq.clientId}   client secret ${demo.highq.clientSecret}
Intralinks v3 API key ${demo.intralinks.v3.apiKey}   secret ${demo.intralinks.v3.apiSecret}
Intralinks v2 API key ${demo.intralinks.v2.apiKey}   secret ${demo.intralinks.v2.apiSecret}

Demo sign-ins (same on both emulators):
${demo.users.map((u) => `  ${u.email.padEnd(34)} ${u.password}   ${u.access}`).join("\n")}
Two-factor code (when that condition is on): ${demo.twoFactorCode}
Press Ctrl+C to stop.`);

const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
