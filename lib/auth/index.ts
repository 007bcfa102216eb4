import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { accounts, integrations, sessions, users, verificationTokens } from "@/lib/db/schema";
import { saveAuthorisation } from "@/lib/integrations/connections";
import { integrationIdFromProvider, integrationProvider } from "@/lib/integrations/oauth-flow";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validation/admin";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";
import { clientAddress } from "./throttle";
import { rolesFromGroups } from "./oidc-roles";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

async function integrationProviders(): Promise<Provider[]> {
  const rows = await db.select().from(integrations);
  return rows.map(integrationProvider);
}

function signInProviders(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, { clientAddress: clientAddress(request?.headers) });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        return { id: result.userId };
      },
    }),
  ];
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET } = env();
  if (AUTH_OIDC_ISSUER && AUTH_OIDC_ID && AUTH_OIDC_SECRET) {
    list.push({
      id: "oidc",
      name: "your organisation's sign-in",
      type: "oidc",
      issuer: AUTH_OIDC_ISSUER,
      clientId: AUTH_OIDC_ID,
      clientSecret: AUTH_OIDC_SECRET,
      authorization: { params: { scope: "openid profile email groups" } },
    });
  }
  return list;
}

export const oidcEnabled = () => {
  const { AUTH_OIDC_ISSUER, AUTH_OIDC_ID, AUTH_OIDC_SECRET } = env();
  return !!(AUTH_OIDC_ISSUER && AUTH_OIDC_ID && AUTH_OIDC_SECRET);
};

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  ...authConfig,
  secret: env().AUTH_SECRET,
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Built per request: one OAuth provider per integration row, usable only to link a remote account.
  providers: [...signInProviders(), ...(await integrationProviders())],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, profile }) {
      if (integrationIdFromProvider(account?.provider)) {
        // Remote accounts only link to the person already signed in; they never sign anyone in.
        return !!(await auth())?.user?.id;
      }
      if (account?.provider !== "oidc" || !user.id) return true;
      const [existing] = await db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, user.id));
      if (existing?.disabledAt) return false;
      // IdP groups are the source of truth for account-wide roles of enterprise users.
      const { AUTH_OIDC_ADMIN_GROUPS, AUTH_OIDC_CONNECTOR_ADMIN_GROUPS } = env();
      const roles = rolesFromGroups((profile as { groups?: unknown } | undefined)?.groups, {
        accountAdmin: AUTH_OIDC_ADMIN_GROUPS,
        connectorAdmin: AUTH_OIDC_CONNECTOR_ADMIN_GROUPS,
      });
      if (existing) await db.update(users).set(roles).where(eq(users.id, user.id));
      return true;
    },
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
    async createUser({ user }) {
      if (user.email) await db.update(users).set({ email: user.email.toLowerCase() }).where(eq(users.email, user.email));
    },
  },
}));
