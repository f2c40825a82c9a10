import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

function labelKey(scope: string): "timeline" | "lesson" | "start" {
  if (scope === "timeline") return "timeline";
  if (scope.startsWith("lesson:")) return "lesson";
  return "start";
}

/**
 * Entry point from a lesson or the timeline: opens the start form with the scope chosen.
 * `scope` is "mixed", "timeline" or `lessonScope(documentId)` ("lesson:<documentId>").
 */
export function StartQuizLink({ scope, children, className = "" }: { scope: string; children?: ReactNode; className?: string }) {
  const t = useTranslations("quizLink");
  return (
    <Link href={`/quiz?scope=${encodeURIComponent(scope)}`} className={buttonClasses("secondary", className)}>
      {children ?? t(labelKey(scope))}
    </Link>
  );
}
