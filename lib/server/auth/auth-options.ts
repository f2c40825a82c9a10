import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { isRole } from "@/lib/domain/auth/account-rules";
import { env } from "@/lib/server/env";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_AFTER_SECONDS } from "@/lib/proxy/session-lifetime";
import { authenticate, findOrCreateOAuthUser, revokeSessions } from "./credentials";
import { rateLimits } from "./rate-limits";

/** A session ends after 12 hours without use; an active one is slid forward (see refreshSessionCookie in proxy.ts). */
export const SESSION_MAX_AGE_S = SESSION_MAX_AGE_SECONDS;

const oauthProviders = [
  env.github && GitHubProvider(env.github),
  env.google && GoogleProvider(env.google),
].filter((provider) => Boolean(provider)) as NextAuthOptions["providers"];

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_REFRESH_AFTER_SECONDS },
  useSecureCookies: env.secureCookies,
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const address = clientAddressOf(new Headers((request?.headers ?? {}) as Record<string, string>));
        const user = await authenticate(credentials);
        // The route refuses a sign-in while either limit is reached; here each outcome is counted.
        if (user) await rateLimits.recordSuccessfulSignIn(email);
        else await rateLimits.recordFailedSignIn(email, address);
        return user;
      },
    }),
    ...oauthProviders,
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.type !== "oauth") return true;
      if (!user.email) return false;
      const appUser = await findOrCreateOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: user.email,
        name: user.name ?? "",
      });
      // The JWT callback reads our own id and role from here rather than the provider's.
      Object.assign(user, appUser);
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role?: unknown; sessionVersion?: unknown };
        token.sub = signedIn.id;
        token.role = isRole(signedIn.role) ? signedIn.role : "student";
        token.sessionVersion = typeof signedIn.sessionVersion === "number" ? signedIn.sessionVersion : 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : "student";
        session.user.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      }
      return session;
    },
  },
  events: {
    // Signing out ends this session and every other copy of the cookie, not only the browser's.
    async signOut({ token }) {
      if (typeof token?.sub === "string" && token.sub) await revokeSessions(token.sub);
    },
  },
};
