import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

export default NextAuth(authConfig).auth;

export const config = {
  // API routes authenticate themselves and must not have their (upload) bodies buffered here.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
