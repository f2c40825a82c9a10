import { PageHeading } from "@/components/ui/page-heading";

export default function ProgressLoading() {
  return (
    <div aria-busy="true">
      <PageHeading title="Your progress" />
      <p role="status" className="sr-only">
        Loading your progress…
      </p>
      <div className="grid gap-4 md:grid-cols-2" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
