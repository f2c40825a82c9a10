import type { ReactNode } from "react";

/**
 * A box that scrolls sideways (a wide table on a phone): keyboard users can focus it and scroll it with the
 * arrow keys, and screen readers hear what it holds.
 */
export function ScrollRegion({ label, className = "overflow-x-auto", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
