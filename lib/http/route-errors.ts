import "server-only";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/errors/describe";

const STATUS: Record<AppError["code"], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

/** A JSON error response for route handlers, with the same messages actions show. */
export function errorResponse(error: unknown): Response {
  const status = error instanceof AppError ? STATUS[error.code] : 500;
  return Response.json({ error: describeError(error) }, { status });
}

export const unauthenticated = () => Response.json({ error: "Sign in to continue." }, { status: 401 });
