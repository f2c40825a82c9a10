import { leaveClass } from "@/lib/actions/leave-class";
import type { StudentClassView } from "@/lib/domain/classes/views";
import { buttonClasses } from "@/components/ui/button";

/** The classes a student is in, each with a leave button. */
export function StudentClassList({ classes }: { classes: StudentClassView[] }) {
  if (classes.length === 0) return <p className="text-stone-700">You are not in a class yet. Ask your teacher for the code.</p>;
  return (
    <ul className="space-y-3" aria-label="Your classes">
      {classes.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
          <div>
            <p className="font-semibold">{c.name}</p>
            <p className="text-sm text-stone-600">
              {c.section ? `${c.section} · ` : ""}Teacher: {c.teacherName}
            </p>
          </div>
          <form action={leaveClass}>
            <input type="hidden" name="classId" value={c.id} />
            <button type="submit" className={buttonClasses("ghost")} aria-label={`Leave ${c.name}`}>
              Leave
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
