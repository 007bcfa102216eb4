import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export const S3RVER_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

export interface TestS3Server {
  endpoint: string;
  directory: string;
  close(): Promise<void>;
}

/**
 * A real S3 server in this process (`s3rver`, files under a temporary directory). s3rver keeps
 * multipart uploads but lacks ListMultipartUploads and AbortMultipartUpload; both are added here
 * over its own upload directories, answering as S3 does, so tests can see orphan parts.
 */
export async function startTestS3Server(options: { buckets: string[]; directory?: string }): Promise<TestS3Server> {
  const directory = options.directory ?? (await mkdtemp(path.join(tmpdir(), "ferry-s3-")));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: options.buckets.map((name) => ({ name })) });
  const uploadsOf = (bucket: string) => server.store.getResourcePath(bucket, undefined, "uploads");
  server.middleware.unshift(async (ctx, next) => {
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
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    close: async () => {
      await server.close();
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
