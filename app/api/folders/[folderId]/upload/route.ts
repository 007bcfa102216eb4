import { Readable } from "node:stream";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { storeUpload } from "@/lib/files/documents";
import { errorResponse, unauthenticated } from "@/lib/http/route-errors";
import { uploadQuerySchema } from "@/lib/validation/files";

export const dynamic = "force-dynamic";

/** Streams one file (the raw request body) into the folder; nothing is buffered whole. */
export async function PUT(request: Request, { params }: { params: Promise<{ folderId: string }> }) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const folderId = z.uuid().safeParse((await params).folderId);
  const query = uploadQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!folderId.success) return Response.json({ error: "That folder reference is not valid." }, { status: 400 });
  if (!query.success) return Response.json({ error: query.error.issues[0].message }, { status: 400 });
  if (!request.body) return Response.json({ error: "The upload had no content." }, { status: 400 });
  try {
    const stored = await storeUpload(actor, {
      folderId: folderId.data,
      filename: query.data.name,
      body: Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>),
      signal: request.signal,
    });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
