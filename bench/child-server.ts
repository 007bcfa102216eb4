/**
 * A server the bench runs in a process of its own (the emulators, the S3 server): no remote service
 * shares Ferry's process, so neither side of a comparison shares an event loop with the server it
 * talks to. The script prints one line when it is listening and exits when its stdin ends.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";

export async function startChildServer(script: string, args: string[]): Promise<{ line: string; close: () => Promise<void> }> {
  // Node itself (not npx), so the process killed at the end is the server.
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  for await (const chunk of child.stdout) {
    output += String(chunk);
    if (output.includes("\n")) break;
  }
  if (!output.includes("\n")) throw new Error(`${script} exited before it was listening: ${output}`);
  const close = async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  };
  return { line: output.trim(), close };
}
