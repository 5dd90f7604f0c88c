"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = { children: ReactNode; className?: string; name?: string; value?: string };

/** A submit button that cannot be pressed twice while its form is being sent. */
export function SubmitButton({ children, className = "button", name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} name={name} value={value} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}
