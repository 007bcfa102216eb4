import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import S3rver from "s3rver";

export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

export interface TestS3Server {
  endpoint: string;
  directory: string;
  /** Conditional PUTs refused because their key exists: all of them, and those refused before their body was sent. */
  refusals(): { total: number; beforeBody: number };
  close(): Promise<void>;
}

const PRECONDITION_FAILED = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>`;

/**
 * A real S3 server in this process (`s3rver`, files under a temporary directory). s3rver keeps
 * multipart uploads but lacks ListMultipartUploads and AbortMultipartUpload; both are added here
 * over its own upload directories, answering as S3 does, so tests can see orphan parts. So is S3's
 * conditional write (`If-None-Match: *` on PUT: 412 when the key exists), also before the body
 * when the client asked for "100 Continue", as S3 answers.
 */
export async function startTestS3Server(options: { buckets: string[]; directory?: string }): Promise<TestS3Server> {
  const directory = options.directory ?? (await mkdtemp(path.join(tmpdir(), "ferry-s3-")));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: options.buckets.map((name) => ({ name })) });
  const uploadsOf = (bucket: string) => server.store.getResourcePath(bucket, undefined, "uploads");
  /** Whether a plain PUT asks not to replace an object that exists. */
  const refusedPut = async (method: string | undefined, url: string, ifNoneMatch: string | string[] | undefined) => {
    const { pathname, searchParams } = new URL(url, "http://s3");
    const [bucket, ...key] = pathname.split("/").filter(Boolean).map(decodeURIComponent);
    if (method !== "PUT" || ifNoneMatch !== "*" || key.length === 0 || searchParams.has("uploadId")) return false;
    return server.store.existsObject(bucket, key.join("/"));
  };
  const refused = { total: 0, beforeBody: 0 };
  server.middleware.unshift(async (ctx, next) => {
    if (await refusedPut(ctx.method, ctx.url, ctx.headers["if-none-match"])) {
      refused.total++;
      ctx.status = 412;
      ctx.type = "application/xml";
      ctx.body = PRECONDITION_FAILED;
      return;
    }
    const [bucket, ...key] = ctx.path.split("/").filter(Boolean);
    if (ctx.method === "GET" && key.length === 0 && "uploads" in ctx.query) {
      const ids = await readdir(uploadsOf(bucket)).catch(() => [] as string[]);
      const uploads = await Promise.all(ids.map(async (id) => ({ id, key: await readFile(path.join(uploadsOf(bucket), id, "key"), "utf8") })));
      ctx.type = "application/xml";
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${bucket}</Bucket><IsTruncated>false</IsTruncated>${uploads
        .map((upload) => `<Upload><Key>${upload.key}</Key><UploadId>${upload.id}</UploadId></Upload>`)
        .join("")}</ListMultipartUploadsResult>`;
      return;
    }
    if (ctx.method === "DELETE" && key.length > 0 && typeof ctx.query.uploadId === "string") {
      await rm(path.join(uploadsOf(bucket), path.basename(ctx.query.uploadId)), { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    await next();
  });
  const { port } = await server.run();
  // With a "checkContinue" listener Node no longer answers "100 Continue" by itself.
  server.httpServer.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    refusedPut(request.method, request.url ?? "/", request.headers["if-none-match"]).then((refuse) => {
      if (!refuse) {
        response.writeContinue();
        return void server.httpServer.emit("request", request, response);
      }
      refused.total++;
      refused.beforeBody++;
      response.writeHead(412, { "content-type": "application/xml", connection: "close" }).end(PRECONDITION_FAILED);
    }, (error: unknown) => response.destroy(error as Error));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    refusals: () => ({ ...refused }),
    close: async () => {
      await server.close();
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
