import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/class/join-class-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { ERROR_CATALOGUE } from "@/lib/domain/errors/app-error";
import { normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { requireUser } from "@/lib/server/auth/session";
import { findClassByCode } from "@/lib/server/services/classes/class-by-code";

export const metadata: Metadata = { title: "Join a class" };

/**
 * A join link. A signed-out visitor is sent to sign in (or sign up) and comes back here; joining itself is a
 * button (a POST), so a link preview or prefetch never joins anyone.
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(raw)}`);
  const code = normalizeJoinCode(decodeURIComponent(raw));
  const found = code ? await findClassByCode(code) : null;
  if (!code || !found) {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeading title="Join a class" />
        <Alert>{ERROR_CATALOGUE["join-code-unknown"].message}</Alert>
        <p className="mt-4"><Link href="/classes" className="underline">Type a code instead</Link></p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <PageHeading title={`Join ${found.name}`} lead={`Teacher: ${found.teacherName}`} />
      {user.role === "teacher" ? (
        <Alert>{ERROR_CATALOGUE["teachers-cannot-join"].message}</Alert>
      ) : found.open ? (
        <JoinClassForm code={code} label={`Join ${found.name}`} />
      ) : (
        <Alert>{ERROR_CATALOGUE["join-disabled"].message}</Alert>
      )}
    </div>
  );
}
