"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** A heading that takes focus when it appears, so screen readers read the feedback after a soft navigation. */
export function FocusHeading({ children, className = "" }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className={`outline-none ${className}`}>
      {children}
    </h2>
  );
}
