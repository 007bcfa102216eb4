/** A GET route handler as Next.js calls it: the request for a URL and the route's params. */
type ReadHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a read route the way the browser reaches it, answering the status and the parsed JSON. */
export async function getRoute<T = unknown>(handler: ReadHandler, url: string, params: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await handler(new Request(new URL(url, "http://localhost:3000")), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as T };
}
