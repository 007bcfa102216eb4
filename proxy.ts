import NextAuth from "next-auth";
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { appUrl } from "@/lib/env";
import { generateNonce, pageContentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

function withTransportSecurity(request: NextRequest, response: Response): Response {
  if (servedOverHttps(appUrl(), request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

/**
 * Pages: signed-out visitors go to sign-in (`authorized` decides), and every page renders under a
 * CSP with a fresh nonce; Next.js reads it from the request's CSP header and puts it on its scripts.
 */
const pages = NextAuth(authConfig).auth(async (request) => {
  const nonce = generateNonce();
  const policy = pageContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  let response: Response;
  if (await authConfig.callbacks.authorized({ auth: request.auth, request })) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  } else {
    const signIn = new URL(authConfig.pages.signIn, request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(request, response);
});

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // API routes authenticate themselves; their other headers come from next.config.ts.
  if (request.nextUrl.pathname.startsWith("/api/")) return withTransportSecurity(request, NextResponse.next());
  return pages(request, event as never);
}

export const config = {
  // The upload route is left out: a proxy buffers request bodies, and uploads must stream
  // (next.config.ts gives it its headers).
  matcher: ["/((?!api/folders/[^/]+/upload|_next/static|_next/image|favicon.ico).*)"],
};
