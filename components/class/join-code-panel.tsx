import { getTranslations } from "next-intl/server";
import { archiveClass } from "@/lib/actions/archive-class";
import { regenerateClassCode } from "@/lib/actions/regenerate-class-code";
import { switchClassJoining } from "@/lib/actions/switch-class-joining";
import { displayJoinCode } from "@/lib/domain/classes/join-code";
import { buttonClasses } from "@/components/ui/button";

export interface JoinCodePanelProps {
  classId: string;
  joinCode: string;
  joinEnabled: boolean;
  archived: boolean;
  /** The full join link, e.g. https://host/join/ABC234. */
  joinLink: string;
}

/** The class's code and link, and the buttons that replace the code, switch joining, or archive the class. */
export async function JoinCodePanel({ classId, joinCode, joinEnabled, archived, joinLink }: JoinCodePanelProps) {
  const t = await getTranslations("teach.joinPanel");
  return (
    <section aria-labelledby="join-heading" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id="join-heading" className="font-serif text-xl font-semibold">
        {t("heading")}
      </h2>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="font-medium text-stone-700">{t("code")}</dt>
        <dd className="font-mono text-2xl font-semibold tracking-widest" data-testid="join-code">
          {displayJoinCode(joinCode)}
        </dd>
        <dt className="font-medium text-stone-700">{t("link")}</dt>
        <dd className="break-all">
          <a href={joinLink} className="text-brand-800 underline">
            {joinLink}
          </a>
        </dd>
        <dt className="font-medium text-stone-700">{t("joining")}</dt>
        <dd>{joinEnabled ? t("joiningOn") : t("joiningOff")}</dd>
      </dl>
      <div className="mt-4 flex flex-wrap gap-2">
        <ClassButton action={regenerateClassCode} classId={classId} label={t("newCode")} />
        <ClassButton
          action={switchClassJoining}
          classId={classId}
          field={{ name: "enabled", value: joinEnabled ? "off" : "on" }}
          label={joinEnabled ? t("turnOff") : t("turnOn")}
        />
        <ClassButton
          action={archiveClass}
          classId={classId}
          field={{ name: "archived", value: archived ? "off" : "on" }}
          label={archived ? t("restore") : t("archive")}
          variant="ghost"
        />
      </div>
    </section>
  );
}

/** One class setting as a button: a form that posts the class and, for a switch, its new value. */
function ClassButton({
  action,
  classId,
  field,
  label,
  variant = "secondary",
}: {
  action: (formData: FormData) => Promise<void>;
  classId: string;
  field?: { name: string; value: string };
  label: string;
  variant?: "secondary" | "ghost";
}) {
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      {field ? <input type="hidden" name={field.name} value={field.value} /> : null}
      <button type="submit" className={buttonClasses(variant)}>
        {label}
      </button>
    </form>
  );
}
