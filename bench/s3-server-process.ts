/**
 * The bench's S3 server in a process of its own (bench/sync-s3.ts starts it): S3 is never in Ferry's
 * process, so neither side's work should share an event loop with the server's. Prints the endpoint
 * as one line, then serves until it is killed or its parent is gone (its files are the parent's to
 * remove).
 */
import { startTestS3Server } from "../test/s3-server";

const [directory, ...buckets] = process.argv.slice(2);
const s3 = await startTestS3Server({ buckets, directory });
process.stdout.write(`${s3.endpoint}\n`);
// The parent holds this process's stdin open: when it ends, however it ended, so does the server.
process.stdin.on("end", () => process.exit(0)).resume();
