import "server-only";
import { env } from "@/lib/server/env";

/** The OAuth buttons to show: only providers whose credentials are configured. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return [env.github && { id: "github", name: "GitHub" }, env.google && { id: "google", name: "Google" }].filter(
    (provider): provider is { id: string; name: string } => Boolean(provider),
  );
}
