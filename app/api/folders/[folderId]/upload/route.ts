import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { maxUploadBytes } from "@/lib/env";
import { storeUpload } from "@/lib/files/documents";
import { limitBytes, UploadTooLargeError, uploadTooLargeMessage } from "@/lib/files/upload-limit";
import { errorResponse, unauthenticated } from "@/lib/http/route-errors";
import { uploadQuerySchema } from "@/lib/validation/files";

export const dynamic = "force-dynamic";

const tooLarge = (limit: number) => Response.json({ error: uploadTooLargeMessage(limit) }, { status: 413 });

/**
 * Streams one file (the raw request body) into the folder; nothing is buffered whole. A body over
 * the size limit is refused from its Content-Length before any byte is read, or, without one, as
 * soon as the count passes the limit (the store then removes what it wrote).
 */
export async function PUT(request: Request, { params }: { params: Promise<{ folderId: string }> }) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const limit = maxUploadBytes();
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return tooLarge(limit);
  const folderId = z.uuid().safeParse((await params).folderId);
  const query = uploadQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!folderId.success) return Response.json({ error: "That folder reference is not valid." }, { status: 400 });
  if (!query.success) return Response.json({ error: query.error.issues[0].message }, { status: 400 });
  if (!request.body) return Response.json({ error: "The upload had no content." }, { status: 400 });
  try {
    const stored = await storeUpload(actor, {
      folderId: folderId.data,
      filename: query.data.name,
      body: request.body.pipeThrough(limitBytes(limit)),
      signal: request.signal,
    });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return tooLarge(limit);
    return errorResponse(error);
  }
}
