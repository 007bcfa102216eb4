import { blobStoreSettings, vercelAppUrl } from "@/lib/env";

export type ReadinessProblem = {
  setting: string;
  problem: string;
  fix: string;
  /** Refused even with FERRY_ALLOW_UNSAFE_PRODUCTION=1: Inngest would run jobs for anyone who can reach the URL. */
  always?: boolean;
};

/** A serverless platform's disk is per instance and gone after the request (Vercel, AWS Lambda). */
const ephemeralDisk = (vars: Record<string, string | undefined>) => Boolean(vars.VERCEL || vars.AWS_LAMBDA_FUNCTION_NAME);

/** Every missing or unsafe production setting, with what to set. Pure over `vars`, so it is tested directly. */
export function productionProblems(vars: Record<string, string | undefined> = process.env): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const add = (setting: string, problem: string, fix: string, always?: boolean) => problems.push({ setting, problem, fix, ...(always ? { always } : {}) });

  if (!vars.FERRY_ENCRYPTION_KEY) add("FERRY_ENCRYPTION_KEY", "No encryption key: client secrets and tokens cannot be stored.", "Set it to `openssl rand -base64 32` (keep it: losing it loses every stored secret).");
  if (!vars.AUTH_SECRET) add("AUTH_SECRET", "No secret to sign sessions and OAuth flows.", "Set it to `openssl rand -base64 32`.");
  if (!vars.DATABASE_URL) add("DATABASE_URL", "No database: the embedded Postgres is for development only.", "Set it to your Postgres (Neon: the pooled connection string).");

  const appUrl = vars.FERRY_APP_URL || vercelAppUrl(vars);
  if (!appUrl) add("FERRY_APP_URL", "No public URL: remotes cannot be given a redirect URL.", "Set it to Ferry's https origin, e.g. https://ferry.example.com.");
  else if (!appUrl.startsWith("https://")) add("FERRY_APP_URL", `${appUrl} is not https: OAuth codes and session cookies would cross the network in clear.`, "Serve Ferry over https and set FERRY_APP_URL to that origin.");

  if (vars.FERRY_ALLOWED_HOSTS?.trim())
    add("FERRY_ALLOWED_HOSTS", `Private or http hosts are allowed (${vars.FERRY_ALLOWED_HOSTS}): integrations could reach your internal network.`, "Leave FERRY_ALLOWED_HOSTS empty in production.");

  const proxied = vars.FERRY_REDIRECT_PROXY_URL || vars.FERRY_PREVIEW_ORIGINS?.trim();
  if (proxied && (vars.FERRY_REDIRECT_PROXY_SECRET ?? "").length < 32)
    add("FERRY_REDIRECT_PROXY_SECRET", "The OAuth redirect proxy is configured without its shared secret: previews cannot authorise remotes.", "Set the same FERRY_REDIRECT_PROXY_SECRET (`openssl rand -base64 32`, not AUTH_SECRET) on production and its previews.");
  if (vars.FERRY_PREVIEW_ORIGINS?.split(",").some((origin) => origin.trim() && !origin.trim().startsWith("https://")))
    add("FERRY_PREVIEW_ORIGINS", "A preview origin is not https: OAuth codes would be forwarded in clear.", "List only https origins, e.g. https://ferry-*-firm.vercel.app.");

  let store: ReturnType<typeof blobStoreSettings> | undefined;
  try {
    store = blobStoreSettings(vars);
  } catch (error) {
    add("FERRY_BLOB_STORE", (error as Error).message, "Set FERRY_S3_BUCKET (and FERRY_S3_REGION / FERRY_S3_ENDPOINT for R2 or MinIO).");
  }
  if (store?.kind === "fs" && ephemeralDisk(vars))
    add("FERRY_BLOB_STORE", "Documents would be stored on this platform's temporary disk and lost.", "Set FERRY_BLOB_STORE=s3 with FERRY_S3_BUCKET and AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (see docs/deploy.md).");

  // The same rule as jobBackend(): Inngest when an event key or INNGEST_DEV is set.
  const inngest = Boolean(vars.INNGEST_EVENT_KEY || vars.INNGEST_DEV);
  if (inngest && vars.INNGEST_DEV && vars.INNGEST_DEV !== "0")
    add("INNGEST_DEV", "Inngest runs in dev mode: /api/inngest accepts unsigned requests.", "Remove INNGEST_DEV and set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY.", true);
  else if (inngest && !vars.INNGEST_SIGNING_KEY)
    add("INNGEST_SIGNING_KEY", "Inngest without a signing key: /api/inngest cannot tell Inngest's calls from anyone else's.", "Set INNGEST_SIGNING_KEY from the Inngest dashboard (Manage → Signing key).", true);
  if (!inngest && ephemeralDisk(vars))
    add("INNGEST_EVENT_KEY", "No job backend: the local runner cannot run on a serverless platform, so nothing would sync.", "Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (the Vercel–Inngest integration sets both).");
  return problems;
}

/**
 * Run once when a production server starts. Refuses to start on any problem, listing them all;
 * FERRY_ALLOW_UNSAFE_PRODUCTION=1 (a production build driven against the emulators) turns all but
 * the `always` ones into warnings.
 */
export function checkProductionReadiness(vars: Record<string, string | undefined> = process.env): { refused: ReadinessProblem[]; warned: ReadinessProblem[] } {
  const problems = productionProblems(vars);
  const unsafeAllowed = vars.FERRY_ALLOW_UNSAFE_PRODUCTION === "1";
  const refused = problems.filter((problem) => problem.always || !unsafeAllowed);
  return { refused, warned: problems.filter((problem) => !refused.includes(problem)) };
}

const describeProblems = (problems: ReadinessProblem[]) => problems.map((p) => `  - ${p.setting}: ${p.problem} ${p.fix}`).join("\n");

/** At server start: lists what is unsafe, and stops the process if anything is refused. */
export function enforceProductionReadiness(): void {
  const { refused, warned } = checkProductionReadiness();
  if (warned.length > 0) console.warn(`Ferry runs with unsafe production settings (FERRY_ALLOW_UNSAFE_PRODUCTION=1):\n${describeProblems(warned)}`);
  if (refused.length > 0) {
    console.error(`Ferry will not start in production until these settings are fixed:\n${describeProblems(refused)}`);
    process.exit(1);
  }
}
