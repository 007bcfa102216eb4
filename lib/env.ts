import { z } from "zod";

const csv = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Unset: the embedded Postgres started by `npm run dev` / the test setup. */
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(5433),
  FERRY_DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  /** Public origin of Ferry; the OAuth redirect URL registered remotely is `<this>/auth/callback`. */
  FERRY_APP_URL: z.string().url().default("http://localhost:3000"),
  /** 32 bytes, base64: encrypts client secrets and tokens at rest (AES-256-GCM). */
  FERRY_ENCRYPTION_KEY: z.string().min(40, "FERRY_ENCRYPTION_KEY must be 32 random bytes in base64"),
  /** Earlier keys, still accepted for decryption during a rotation (comma-separated). */
  FERRY_PREVIOUS_ENCRYPTION_KEYS: csv,
  /**
   * `host:port` pairs allowed past the outbound host guard although they are http or private
   * (the emulators in development and tests). Empty in production.
   */
  FERRY_ALLOWED_HOSTS: csv,
  /** Largest upload accepted, in bytes (default 2 GiB). */
  FERRY_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2 * 1024 ** 3),
  /** The Intralinks API host offered by default when creating an integration. */
  INTRALINKS_DEFAULT_HOST: z.string().url().default("https://api.intralinks.com"),
  /** Optional enterprise sign-in; all three must be set to enable it. */
  AUTH_OIDC_ISSUER: z.string().url().optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  /** IdP group names that grant account / connector administration. */
  AUTH_OIDC_ADMIN_GROUPS: csv,
  AUTH_OIDC_CONNECTOR_ADMIN_GROUPS: csv,
});

export type Env = z.infer<typeof schema>;

/**
 * The public origin Vercel gives a deployment, for FERRY_APP_URL when it is unset: the project's
 * production domain in production, the branch's stable URL on previews (it survives redeploys,
 * unlike the per-deployment VERCEL_URL, which is the last resort).
 */
export function vercelAppUrl(vars: Record<string, string | undefined> = process.env): string | undefined {
  if (!vars.VERCEL_ENV) return undefined;
  const host = vars.VERCEL_ENV === "production" ? (vars.VERCEL_PROJECT_PRODUCTION_URL ?? vars.VERCEL_URL) : (vars.VERCEL_BRANCH_URL ?? vars.VERCEL_URL);
  return host ? `https://${host}` : undefined;
}

function parseEnv(): Env {
  const parsed = schema.safeParse({ ...process.env, FERRY_APP_URL: process.env.FERRY_APP_URL || vercelAppUrl() });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ferry's environment is incomplete (run \`npm run dev\` to generate .env.local):\n${problems.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment; nothing else reads `process.env` for Ferry settings. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export function embeddedDatabaseUrl(port: number): string {
  return `postgres://postgres:postgres@127.0.0.1:${port}/ferry`;
}

const databaseSchema = schema.pick({ DATABASE_URL: true, EMBEDDED_PG_PORT: true });

/** The database to use; read on its own so that building the app needs no other settings. */
export function databaseUrl(): string {
  const { DATABASE_URL, EMBEDDED_PG_PORT } = databaseSchema.parse(process.env);
  return DATABASE_URL ?? embeddedDatabaseUrl(EMBEDDED_PG_PORT);
}

/**
 * Hosts allowed past the outbound host guard. Read on each call (not cached) so a process that
 * starts emulators on free ports, such as the test suite, can allow them after start-up.
 */
export function allowedHosts(): string[] {
  return schema.shape.FERRY_ALLOWED_HOSTS.parse(process.env.FERRY_ALLOWED_HOSTS);
}

/** The upload size limit; read on each call so a test can set it. */
export function maxUploadBytes(): number {
  return schema.shape.FERRY_MAX_UPLOAD_BYTES.parse(process.env.FERRY_MAX_UPLOAD_BYTES);
}

/** The public origin (Vercel's when unset), read on each call so proxy.ts needs no other settings. */
export function appUrl(): string {
  return schema.shape.FERRY_APP_URL.parse(process.env.FERRY_APP_URL || vercelAppUrl());
}

const redirectProxySchema = z.object({
  /**
   * On a preview deployment: the stable deployment's `/auth/callback`, the redirect URL the
   * remotes have registered. Flows started here go there and are forwarded back.
   */
  FERRY_REDIRECT_PROXY_URL: z.string().url().optional(),
  /**
   * On the stable deployment: origins it forwards OAuth callbacks to, `*` standing for one or more
   * letters, digits or hyphens (`https://ferry-*-firm.vercel.app`), comma-separated.
   */
  FERRY_PREVIEW_ORIGINS: csv,
  /**
   * Signs the origin a flow started at; the same on the stable deployment and its previews.
   * Deliberately not AUTH_SECRET: a preview runs unreviewed branch code and must not be able to
   * mint sessions of the stable deployment.
   */
  FERRY_REDIRECT_PROXY_SECRET: z.string().min(32, "FERRY_REDIRECT_PROXY_SECRET must be at least 32 characters").optional(),
});

export type RedirectProxySettings = z.infer<typeof redirectProxySchema>;

/** The OAuth redirect proxy between a stable deployment and its previews; read on each call. */
export function redirectProxySettings(): RedirectProxySettings {
  const parsed = redirectProxySchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Redirect proxy settings are invalid:\n${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  return parsed.data;
}

const jobsSchema = z.object({
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.string().min(1).optional(),
});

/**
 * Where background jobs run: Inngest when an event key (cloud) or `INNGEST_DEV` (its local dev
 * server) is set, otherwise the Postgres queue consumed by the local runner. Read on its own so
 * the runner needs no other settings to decide.
 */
export function jobBackend(): "inngest" | "local" {
  const settings = jobsSchema.parse(process.env);
  return settings.INNGEST_EVENT_KEY || settings.INNGEST_DEV ? "inngest" : "local";
}

const flag = z
  .enum(["", "0", "1", "false", "true"])
  .default("")
  .transform((value) => value === "1" || value === "true");

const blobStoreSchema = z.object({
  FERRY_BLOB_STORE: z.enum(["fs", "s3"]).default("fs"),
  FERRY_DATA_DIR: schema.shape.FERRY_DATA_DIR,
  FERRY_S3_BUCKET: z.string().min(1).optional(),
  /** Falls back to AWS_REGION; R2 takes "auto". */
  FERRY_S3_REGION: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).optional(),
  /** MinIO, R2 or another S3-compatible service; unset for AWS itself. */
  FERRY_S3_ENDPOINT: z.string().url().optional(),
  /** `bucket` in the path instead of the host name (MinIO and most self-hosted services). */
  FERRY_S3_FORCE_PATH_STYLE: flag,
  /** Keys start with this (`ferry/` …), so one bucket can hold several deployments. */
  FERRY_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, "FERRY_S3_PREFIX must be empty or end with /, e.g. ferry/")
    .default(""),
});

export type BlobStoreSettings =
  | { kind: "fs"; root: string }
  | { kind: "s3"; bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; prefix: string };

/**
 * Where document bytes live: files under FERRY_DATA_DIR (the default) or an S3-compatible bucket.
 * Credentials come from the AWS SDK's standard chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
 * AWS_PROFILE, a role), never from Ferry's own settings. Read on its own so scripts need no other settings.
 */
export function blobStoreSettings(vars: Record<string, string | undefined> = process.env): BlobStoreSettings {
  const parsed = blobStoreSchema.safeParse(vars);
  if (!parsed.success) throw new Error(`Blob store settings are invalid:\n${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  const settings = parsed.data;
  if (settings.FERRY_BLOB_STORE === "fs") return { kind: "fs", root: settings.FERRY_DATA_DIR };
  if (!settings.FERRY_S3_BUCKET) throw new Error("FERRY_BLOB_STORE=s3 needs FERRY_S3_BUCKET (the bucket that keeps document bytes).");
  return {
    kind: "s3",
    bucket: settings.FERRY_S3_BUCKET,
    region: settings.FERRY_S3_REGION ?? settings.AWS_REGION ?? "us-east-1",
    endpoint: settings.FERRY_S3_ENDPOINT,
    forcePathStyle: settings.FERRY_S3_FORCE_PATH_STYLE,
    prefix: settings.FERRY_S3_PREFIX,
  };
}

const stepLimitsSchema = z.object({
  /** Work a durable step starts within this many seconds; Vercel stops a function at its maxDuration (300 s here). */
  FERRY_STEP_MAX_SECONDS: z.coerce.number().positive().default(120),
  /** Bytes a durable step downloads or reads at most before handing over to the next step. */
  FERRY_STEP_MAX_BYTES: z.coerce.number().int().positive().default(1024 ** 3),
});

/** How much one durable step (a sync batch, a report slice, an extraction) may take on. Read on each call. */
export function stepLimits(): { maxMs: number; maxBytes: number } {
  const settings = stepLimitsSchema.parse(process.env);
  return { maxMs: settings.FERRY_STEP_MAX_SECONDS * 1000, maxBytes: settings.FERRY_STEP_MAX_BYTES };
}
