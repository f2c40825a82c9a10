import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="text-stone-700">We couldn’t find that page. It may have moved, or the link may be mistyped.</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
