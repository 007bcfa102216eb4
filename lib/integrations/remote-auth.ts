import "server-only";
import NextAuth from "next-auth";
import { auth, sessionOptions } from "@/lib/auth";
import { authConfig } from "@/lib/auth/config";
import { db } from "@/lib/db";
import { integrations } from "@/lib/db/schema";
import { saveAuthorisation } from "./connections";
import { integrationIdFromProvider } from "./provider-id";
import { integrationProvider } from "./remote-provider";

/**
 * The Auth.js instance that links a remote account (HighQ, Intralinks) to the person signed in to
 * Ferry. Built per request: one OAuth provider per integration row. It shares the session with
 * lib/auth, so linking keeps that session; it never signs anyone in. Only the OAuth flow
 * (./oauth-flow.ts) uses it.
 */
export const remoteAuth = NextAuth(async () => ({
  ...sessionOptions(),
  providers: (await db.select().from(integrations)).map(integrationProvider),
  callbacks: {
    ...authConfig.callbacks,
    // Remote accounts only link to the person already signed in.
    signIn: async () => !!(await auth())?.user?.id,
  },
  events: {
    async signIn({ user, account, profile }) {
      const integrationId = integrationIdFromProvider(account?.provider);
      if (!integrationId || !account?.access_token || !user.id) return;
      await saveAuthorisation({
        integrationId,
        userId: user.id,
        // `user` is the Ferry user the remote account was linked to; `profile` is the remote account.
        account: { id: account.providerAccountId, email: profile?.email, name: profile?.name },
        tokens: {
          accessToken: account.access_token,
          refreshToken: account.refresh_token,
          expiresAt: new Date((account.expires_at ?? Math.floor(Date.now() / 1000) + 3600) * 1000),
          remoteEmail: (account as { ferry_remote_email?: string }).ferry_remote_email,
        },
      });
    },
  },
}));
