// Runs a server-component tree the way the RSC renderer would for its data work: every function
// component is called once with its props and whatever it returns is walked in turn, so async
// server components (the page, the shell, Announcements, ActingOptions, the health frame…) do all
// the queries they do in a real request. Nothing is rendered to HTML.
//
// Client components are plain functions here; calling one outside React throws on its first hook,
// and then only its props (e.g. the server-rendered children it wraps) are walked. Errors of
// async components and Next's control-flow signals (redirect, notFound, forbidden) propagate.
import { isValidElement, type ReactElement, type ReactNode } from "react";

export type WalkReport = { called: string[]; skipped: string[] };

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";

const isNextSignal = (e: unknown) => typeof (e as { digest?: unknown })?.digest === "string" && (e as { digest: string }).digest.startsWith("NEXT_");

export async function walkTree(node: ReactNode | Promise<ReactNode>, report: WalkReport = { called: [], skipped: [] }): Promise<WalkReport> {
  const value: unknown = isThenable(node) ? await node : node;
  if (value === null || value === undefined || typeof value !== "object") return report;
  if (Array.isArray(value)) {
    await Promise.all(value.map((child) => walkTree(child as ReactNode, report)));
    return report;
  }
  if (!isValidElement(value)) return report;
  const { type, props } = value as ReactElement<Record<string, unknown>>;
  if (typeof type === "function") {
    const name = type.name || "anonymous";
    let out: unknown;
    try {
      out = (type as (p: unknown) => unknown)(props);
    } catch (e) {
      if (isNextSignal(e)) throw e;
      report.skipped.push(name); // a client component (hooks outside React): walk what it was given
      await walkProps(props, report);
      return report;
    }
    report.called.push(name);
    await walkTree(out as ReactNode | Promise<ReactNode>, report);
    return report;
  }
  await walkProps(props, report); // host elements, fragments, providers, memo/forwardRef objects
  return report;
}

async function walkProps(props: Record<string, unknown>, report: WalkReport) {
  const nodes = Object.entries(props ?? {})
    .filter(([k, v]) => k === "children" || isValidElement(v) || (Array.isArray(v) && v.some((x) => isValidElement(x))))
    .map(([, v]) => v);
  await Promise.all(nodes.map((n) => walkTree(n as ReactNode, report)));
}
