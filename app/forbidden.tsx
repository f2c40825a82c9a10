import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Not available to your account</h1>
      <p className="text-stone-700">This page is for a different kind of account (for example, teachers only).</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
