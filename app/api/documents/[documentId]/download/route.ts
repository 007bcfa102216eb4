import { Readable } from "node:stream";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { openDocumentDownload } from "@/lib/files/documents";
import { attachmentDisposition } from "@/lib/files/filenames";
import { errorResponse, unauthenticated } from "@/lib/http/route-errors";

export const dynamic = "force-dynamic";

/** Always an attachment with `nosniff`, so a stored file can never run as a page of Ferry. */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const documentId = z.uuid().safeParse((await params).documentId);
  const version = z.coerce.number().int().positive().optional().safeParse(new URL(request.url).searchParams.get("version") ?? undefined);
  if (!documentId.success || !version.success) return Response.json({ error: "That document reference is not valid." }, { status: 400 });
  try {
    const file = await openDocumentDownload(actor, documentId.data, version.data);
    return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(file.size),
        "Content-Disposition": attachmentDisposition(file.name),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
