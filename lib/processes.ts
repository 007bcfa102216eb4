import { hostname } from "node:os";

/** This process as `<host>~<pid>`: names what it holds (job leases, temporary files) so others can tell when it died. */
export const PROCESS_TAG = `${hostname()}~${process.pid}`;

/**
 * Whether a `<host>~<pid>` tag names a live process: `true` for this process and for live ones on
 * this host, `false` for dead ones here, `undefined` for another host (it cannot be asked).
 */
export function tagIsAlive(tag: string): boolean | undefined {
  const [host, pidText] = tag.split("~");
  if (host !== hostname()) return undefined;
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
