import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

function defaultLabel(scope: string): string {
  if (scope === "timeline") return "Quiz yourself on the timeline";
  if (scope.startsWith("lesson:")) return "Quiz yourself on this lesson";
  return "Start a quiz";
}

/**
 * Entry point from a lesson or the timeline: opens the start form with the scope chosen.
 * `scope` is "mixed", "timeline" or `lessonScope(documentId)` ("lesson:<documentId>").
 */
export function StartQuizLink({ scope, children, className = "" }: { scope: string; children?: ReactNode; className?: string }) {
  return (
    <Link href={`/quiz?scope=${encodeURIComponent(scope)}`} className={buttonClasses("secondary", className)}>
      {children ?? defaultLabel(scope)}
    </Link>
  );
}
