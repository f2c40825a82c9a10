import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LearnerToday } from "@/components/home/learner-today";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/server/auth/session";
import { loadLearnerToday } from "@/lib/server/services/home/load-learner-today";
import { currentUserZone } from "@/lib/server/user-zone";

export default async function HomePage() {
  const user = await getCurrentUser();
  // A teacher's home is their classes.
  if (user?.role === "teacher") redirect("/teach");
  if (user) return <LearnerToday name={user.name} view={await loadLearnerToday(user.id, new Date(), await currentUserZone(), await getLocale())} />;
  const t = await getTranslations("home");
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="max-w-3xl font-serif text-4xl font-semibold tracking-tight text-stone-950 sm:text-5xl">
          {t("title")}
        </h1>
        <p className="max-w-2xl text-lg text-stone-700">
          {t("lead")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/lessons" className={buttonClasses("primary")}>
            {t("browseLessons")}
          </Link>
          <Link href="/timeline" className={buttonClasses("secondary")}>
            {t("seeTimeline")}
          </Link>
          <Link href="/sign-up" className={buttonClasses("ghost")}>
            {t("createAccount")}
          </Link>
        </div>
      </section>
    </div>
  );
}
