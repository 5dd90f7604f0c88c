import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { FeatureId } from "@/domain/permissions";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/settings";
import { LOCALE_FIELD, SUBJECT_FIELD } from "@/components/bound-fields";
import { authorizeAction, type Authorized } from "@/server/guard";
import { getPortalState, type PortalContext, type PortalState } from "@/server/portal-context";
import { ServiceDisturbedError } from "@/server/kanta/service-status";

// The one layer every state-changing form goes through (server actions are form posts, with or
// without JavaScript). In order: the locale from the form; the session (signed out → the
// signed-out page); the person the form was shown for against the person the session shows now
// (a stale tab after a switch elsewhere is refused, nothing changes); the role and scope for the
// feature; the input, validated by the zod schema; the Kanta service's disturbance flag; then the
// handler. Errors are translation keys. Every "use server" export is built here (a unit test
// reads the action files to hold that).

/** What a form post came to. `error` and `message` are translation keys. */
export type FormResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; status?: number };

/** A shown notice after post/redirect/get: `?done=<key>` or `?error=<key>` by default. */
export type Notice = { kind: "done" | "error"; key: string };

export const SUBJECT_CHANGED = "subjectChanged";

const BUILT = new WeakSet<object>();
const built = <F extends object>(fn: F): F => (BUILT.add(fn), fn);

/** For the test that holds every server action to this layer. */
export function isBuiltByFormPost(fn: unknown): boolean {
  return typeof fn === "function" && BUILT.has(fn);
}

type SchemaSpec<S extends z.ZodType> = S | ((formData: FormData) => S);
type Handler<S extends z.ZodType, T> = (input: z.infer<S>, ctx: Authorized, formData: FormData) => Promise<FormResult<T>>;

type Spec<S extends z.ZodType, T> = {
  feature: FeatureId;
  schema: SchemaSpec<S>;
  /** The values the schema validates; by default every field but the layer's own and Next's. */
  input?: (formData: FormData) => unknown;
  handler: Handler<S, T>;
};

export function localeOf(formData: FormData): Locale {
  const value = formData.get(LOCALE_FIELD);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

function defaultInput(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(
    [...formData.entries()].filter(([k]) => !k.startsWith("$") && k !== LOCALE_FIELD && k !== SUBJECT_FIELD),
  );
}

/** Appends `?done=`/`?error=` to a path (which may carry a query of its own). */
export function withNotice(path: string, notice: Notice): string {
  return `${path}${path.includes("?") ? "&" : "?"}${notice.kind}=${encodeURIComponent(notice.key)}`;
}

/** A notice key safe to put in a URL: ours are short keys; anything else becomes a generic one. */
function noticeKey(key: string): string {
  const raw = key.replace(/^errors\./, "");
  return /^[A-Za-z][A-Za-z._]{0,80}$/.test(raw) ? raw : "invalidInput";
}

function signedOut(locale: Locale, state: Exclude<PortalState, { status: "active" }>): never {
  // No session at all (the cookie is gone): most often it timed out and was cleared.
  redirect(`/${locale}/signed-out?reason=${state.status === "expired" ? state.reason : "timeout"}`);
}

/** The session, and the person it shows now, or a redirect to the signed-out page. */
async function activeContext(locale: Locale): Promise<PortalContext> {
  const state = await getPortalState();
  if (state.status !== "active") signedOut(locale, state);
  return state.ctx;
}

type Binding = "matches" | "stale" | "missing";

/** Whether the form was shown for the person the session shows now. */
function bindingOf(formData: FormData, ctx: PortalContext): Binding {
  const shownFor = formData.get(SUBJECT_FIELD);
  if (shownFor === ctx.subject.id) return "matches";
  // No personal data in logs: the session id prefix correlates with the access log.
  console.warn(`refused form post: ${shownFor ? "person on screen changed" : "no person bound"} session=${ctx.session.id.slice(0, 8)}`);
  return shownFor ? "stale" : "missing";
}

const STALE: FormResult<never> = { ok: false, error: `errors.${SUBJECT_CHANGED}`, status: 409 };
const isStale = (r: FormResult<unknown>) => !r.ok && r.error === STALE.error;

async function runChecked<S extends z.ZodType, T>(
  formData: FormData,
  ctx: PortalContext,
  spec: Spec<S, T>,
): Promise<FormResult<T>> {
  // A form from a tab that shows someone else is refused first: that is what the user needs to
  // know. A post that names no person at all (forged, or from a page older than this layer) gets
  // the role check first, so a role without the feature still hears "forbidden".
  const binding = bindingOf(formData, ctx);
  if (binding === "stale") return STALE;
  const authorized = await authorizeAction(ctx, spec.feature);
  if (!authorized.ok) return { ok: false, error: authorized.error, status: authorized.status };
  if (binding === "missing") return STALE;
  const schema = typeof spec.schema === "function" ? (spec.schema as (f: FormData) => S)(formData) : spec.schema;
  const parsed = schema.safeParse((spec.input ?? defaultInput)(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= issue.message;
    return { ok: false, error: "errors.invalidInput", fieldErrors, status: 400 };
  }
  try {
    return await spec.handler(parsed.data, authorized.ctx, formData);
  } catch (error) {
    // D-1: a failing service refuses the action with its message; nothing half-done stays,
    // because handlers write in one transaction.
    if (error instanceof ServiceDisturbedError) return { ok: false, error: `disturbance.action.${error.service}`, status: 503 };
    throw error;
  }
}

/**
 * Where a refused stale form lands: the front page, which every role may open, says whose data is
 * on screen now, and shows the notice. The form's own page may not be open to the new person at
 * all (a will for someone one acts for), so it cannot be the target.
 */
function refuseStaleForm(locale: Locale): never {
  // The tab's shell (banner, navigation) still shows the earlier person: render it afresh too.
  revalidatePath("/", "layout");
  redirect(`/${locale}/overview?error=${SUBJECT_CHANGED}`);
}

/**
 * A plain form post answered by post/redirect/get: back to the page with `?done=<message>` or
 * `?error=<key>`, so a reload never submits twice. `back` gives the page (and may shape the notice).
 */
export function redirectingFormPost<S extends z.ZodType, T>(
  spec: Spec<S, T> & { back: (locale: Locale, formData: FormData, notice: Notice) => string },
): (formData: FormData) => Promise<never> {
  return built(async (formData: FormData) => {
    const locale = localeOf(formData);
    const ctx = await activeContext(locale);
    const result = await runChecked(formData, ctx, spec);
    if (isStale(result)) refuseStaleForm(locale);
    if (result.ok) redirect(spec.back(locale, formData, { kind: "done", key: noticeKey(result.message ?? "saved") }));
    const fieldError = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
    redirect(spec.back(locale, formData, { kind: "error", key: noticeKey(fieldError ?? result.error) }));
  });
}

/**
 * A form island with useActionState (works without JavaScript too): the result becomes the form's
 * next state; a stale form goes to the front page with the notice.
 */
export function statefulFormPost<S extends z.ZodType, T, State>(
  spec: Spec<S, T> & {
    toState: (result: FormResult<T>, args: { locale: Locale; formData: FormData; previous: State }) => State | Promise<State>;
  },
): (previous: State, formData: FormData) => Promise<State> {
  return built(async (previous: State, formData: FormData) => {
    const locale = localeOf(formData);
    const ctx = await activeContext(locale);
    const result = await runChecked(formData, ctx, spec);
    if (isStale(result)) refuseStaleForm(locale);
    return spec.toState(result, { locale, formData, previous });
  });
}

/**
 * A form that changes whose data the session shows (choosing a person, returning to one's own).
 * It has no feature of its own: the relation is resolved from the registers by the handler. It is
 * still bound to the person it was shown for, so a stale tab cannot switch behind the user's back.
 */
export function sessionFormPost(
  handler: (ctx: PortalContext, formData: FormData, locale: Locale) => Promise<never>,
): (formData: FormData) => Promise<never> {
  return built(async (formData: FormData) => {
    const locale = localeOf(formData);
    const ctx = await activeContext(locale);
    if (bindingOf(formData, ctx) !== "matches") refuseStaleForm(locale);
    return handler(ctx, formData, locale);
  });
}
