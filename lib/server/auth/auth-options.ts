import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { isRole } from "@/lib/domain/auth/account-rules";
import { env } from "@/lib/server/env";
import { authenticate, findOrCreateOAuthUser } from "./credentials";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

const oauthProviders = [
  env.github && GitHubProvider(env.github),
  env.google && GoogleProvider(env.google),
].filter((provider) => Boolean(provider)) as NextAuthOptions["providers"];

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  useSecureCookies: env.secureCookies,
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials) => authenticate(credentials),
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
        const signedIn = user as { id: string; role?: unknown };
        token.sub = signedIn.id;
        token.role = isRole(signedIn.role) ? signedIn.role : "student";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : "student";
      }
      return session;
    },
  },
};
