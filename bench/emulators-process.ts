/**
 * The bench's emulators in a process of their own (bench/harness.ts starts it), as a remote service
 * is never in Ferry's process. Prints their URLs and control token as one JSON line, then serves
 * until its stdin ends.
 */
import { startEmulators } from "../emulators/index";

const redirectUris = process.argv.slice(2);
const running = await startEmulators({ highqPort: 0, intralinksPort: 0, redirectUris, quiet: true });
process.stdout.write(`${JSON.stringify({ highq: running.highq.url, intralinks: running.intralinks.url, controlToken: running.highq.controlToken })}\n`);
// The parent holds this process's stdin open: when it ends, however it ended, so do the emulators.
process.stdin.on("end", () => void running.close().then(() => process.exit(0))).resume();
