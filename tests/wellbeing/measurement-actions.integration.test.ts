// The wellbeing server actions end to end below the browser: the real guard (role re-resolved from
// the registers in the database), the zod schema, the use-case and PostgreSQL. Only the session
// cookie is replaced: the test says who is signed in and whose data is on screen.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PersonaKey } from "@prisma-seed/personas";
import type { ActiveSession } from "@/server/auth/portal-session";
import type { Db } from "@/server/db";
import { RESOURCES } from "@/i18n/resources";
import { LOCALES } from "@/i18n/settings";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { insertPopulation, pid } from "../social/support/population";
import { insertOwnData, type OwnDataFixture } from "./support/own-data";

const h = vi.hoisted(() => ({ prisma: undefined as unknown, session: null as ActiveSession | null }));
/** The person the forms were shown for: the one on screen at sign-in, unless a test says otherwise. */
let shownFor = "";
vi.mock("@/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/db")>()),
  getPrisma: () => h.prisma,
}));
// Outside a Next request there is no router cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/server/auth/current-session", () => ({
  currentSession: async () => (h.session ? { status: "active", session: h.session } : { status: "none" }),
  sessionIdFromCookie: async () => h.session?.id ?? null,
}));

const { saveMeasurementAction, deleteMeasurementAction } =
  await import("@/app/[locale]/(portal)/wellbeing/actions");
const { revokeAppRightAction } = await import("@/app/[locale]/(portal)/wellbeing/apps/actions");

let db: TestDatabase;
let fx: OwnDataFixture;
const prisma = (): Db => db.prisma;

beforeAll(async () => {
  db = await createTestDatabase();
  h.prisma = db.prisma;
  await insertPopulation(db.prisma);
  fx = await insertOwnData(db.prisma);
});
afterAll(() => db?.drop());
beforeEach(() => {
  h.session = null;
});

/** Signs `actor` in (a real session row) with `subject`'s data on screen. */
async function signIn(actor: PersonaKey, subject: PersonaKey = actor) {
  const now = new Date();
  const id = randomUUID();
  await prisma().portalSession.create({
    data: { id, personId: pid(actor), subjectPersonId: pid(subject), createdAt: now, lastActivityAt: now },
  });
  shownFor = pid(subject);
  h.session = {
    id,
    personId: pid(actor),
    subjectPersonId: pid(subject),
    createdAt: now,
    lastActivityAt: now,
    expiresAt: new Date(now.getTime() + 30 * 60_000),
    endsBy: "idle",
  };
}

function form(fields: Record<string, string | Blob>): FormData {
  const fd = new FormData();
  if (!("shownFor" in fields)) fd.append("shownFor", shownFor);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const valid = (over: Record<string, string | Blob> = {}) =>
  form({
    locale: "fi",
    idempotencyKey: randomUUID(),
    kind: "WEIGHT",
    value: "72,5",
    value2: "",
    measuredDate: YESTERDAY,
    measuredTime: "08:30",
    ...over,
  });

/** Runs a server action; a redirect (thrown by next/navigation) comes back as its target. */
async function run<T>(p: Promise<T>): Promise<{ redirect: string } | { value: T }> {
  try {
    return { value: await p };
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { redirect: digest.split(";")[2]! };
    throw e;
  }
}

const count = (who: PersonaKey) => prisma().measurement.count({ where: { personId: pid(who) } });

function hasKey(ns: "wellbeing" | "common", key: string): boolean {
  return LOCALES.every((l) => {
    let node: unknown = RESOURCES[l][ns];
    for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === "string";
  });
}

describe("saveMeasurementAction", () => {
  it("V-WB-1: saves the measurement at the Finnish wall-clock time and redirects to the list", async () => {
    await signIn("aino");
    const before = await count("aino");
    const result = await run(
      saveMeasurementAction({}, valid({ measuredDate: "2026-07-01", measuredTime: "08:30", value: "72,5" })),
    );
    expect(result).toMatchObject({
      redirect: expect.stringMatching(/^\/fi\/wellbeing\?saved=[0-9a-f-]{36}$/),
    });
    expect(await count("aino")).toBe(before + 1);
    const id = (result as { redirect: string }).redirect.split("saved=")[1]!;
    const row = await prisma().measurement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ personId: pid("aino"), kind: "WEIGHT", value: 72.5, value2: null });
    expect(row.measuredAt.toISOString()).toBe("2026-07-01T05:30:00.000Z"); // summer time, UTC+3
  });

  it("V-WB-1: a blood pressure is saved with both values; winter time is UTC+2", async () => {
    await signIn("aino");
    const result = await run(
      saveMeasurementAction(
        {},
        valid({
          kind: "BLOOD_PRESSURE",
          value: "128",
          value2: "82",
          measuredDate: "2026-01-15",
          measuredTime: "08:30",
        }),
      ),
    );
    const id = (result as { redirect: string }).redirect.split("saved=")[1]!;
    const row = await prisma().measurement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "BLOOD_PRESSURE", value: 128, value2: 82 });
    expect(row.measuredAt.toISOString()).toBe("2026-01-15T06:30:00.000Z");
  });

  it("V-WB-1: a double submit of the same form creates one record", async () => {
    await signIn("oona");
    const before = await count("oona");
    const key = randomUUID();
    const [a, b] = await Promise.all([
      run(saveMeasurementAction({}, valid({ idempotencyKey: key, value: "55" }))),
      run(saveMeasurementAction({}, valid({ idempotencyKey: key, value: "55" }))),
    ]);
    expect(a).toEqual(b);
    expect(await count("oona")).toBe(before + 1);
  });

  const bad: [string, Record<string, string | Blob>, string, string][] = [
    ["out of range", { value: "1000" }, "value", "form.errors.outOfRange"],
    ["below the lower bound", { kind: "HEIGHT", value: "12" }, "value", "form.errors.outOfRange"],
    ["wrong type: letters", { value: "abc" }, "value", "form.errors.notANumber"],
    ["wrong type: exponent", { value: "1e2" }, "value", "form.errors.notANumber"],
    ["wrong type: hexadecimal", { value: "0x40" }, "value", "form.errors.notANumber"],
    ["wrong type: a file", { value: new Blob(["72"]) }, "value", "form.errors.notANumber"],
    ["missing value", { value: "" }, "value", "form.errors.required"],
    ["over-long value", { value: "123456789" }, "value", "form.errors.tooLong"],
    ["over-long date", { measuredDate: "2026-01-015" }, "measuredDate", "form.errors.invalidDate"],
    ["script injection in the value", { value: "<b>7</b>" }, "value", "form.errors.notANumber"],
    ["script injection, long", { value: "<script>alert(1)</script>" }, "value", "form.errors.tooLong"],
    [
      "script injection in the kind",
      { kind: "<script>alert(1)</script>" },
      "kind",
      "form.errors.unknownKind",
    ],
    ["unknown kind", { kind: "CHOLESTEROL" }, "kind", "form.errors.unknownKind"],
    ["diastolic for a weight", { value2: "80" }, "value2", "form.errors.notAllowed"],
    [
      "blood pressure without diastolic",
      { kind: "BLOOD_PRESSURE", value: "120" },
      "value2",
      "form.errors.required",
    ],
    [
      "systolic not above diastolic",
      { kind: "BLOOD_PRESSURE", value: "80", value2: "90" },
      "value",
      "form.errors.systolicNotAboveDiastolic",
    ],
    [
      "diastolic out of range",
      { kind: "BLOOD_PRESSURE", value: "120", value2: "5" },
      "value2",
      "form.errors.outOfRange",
    ],
    ["a day that does not exist", { measuredDate: "2026-02-30" }, "measuredDate", "form.errors.invalidDate"],
    ["a time that does not exist", { measuredTime: "25:61" }, "measuredTime", "form.errors.invalidTime"],
    [
      "a time in the future",
      { measuredDate: `${new Date().getUTCFullYear() + 1}-01-01` },
      "measuredDate",
      "form.errors.inFuture",
    ],
  ];
  it.each(bad)(
    "V-WB-1: %s is refused with a message next to the field and nothing is saved",
    async (_name, over, field, message) => {
      await signIn("aino");
      const before = await count("aino");
      const result = await run(saveMeasurementAction({}, valid(over)));
      expect(result).toHaveProperty("value");
      const state = (result as { value: Awaited<ReturnType<typeof saveMeasurementAction>> }).value;
      expect(state.fieldErrors?.[field as keyof NonNullable<typeof state.fieldErrors>]).toBe(message);
      expect(state.error).toBe("form.errors.summary");
      expect(hasKey("wellbeing", message)).toBe(true);
      expect(await count("aino")).toBe(before);
    },
  );

  it("V-WB-1: what was typed comes back so the form keeps it (also without JavaScript)", async () => {
    await signIn("aino");
    const result = await run(saveMeasurementAction({}, valid({ value: "<script>x</script>" })));
    expect((result as { value: { values: Record<string, string> } }).value.values.value).toBe(
      "<script>x</script>",
    );
  });

  it("V-WB-1: a form without its idempotency key is refused as expired", async () => {
    await signIn("aino");
    const before = await count("aino");
    const result = await run(saveMeasurementAction({}, valid({ idempotencyKey: "not-a-key" })));
    expect(result).toEqual({ value: expect.objectContaining({ error: "form.errors.reload" }) });
    expect(await count("aino")).toBe(before);
  });

  it.each([
    ["matti", "ella"],
    ["liisa", "ella"],
    ["tuomas", "ella"],
    ["mikko", "toivo"],
  ] as const)(
    "V-HEALTH-8: %s acting for %s cannot save (the guard refuses) and nothing is saved",
    async (actor, subject) => {
      await signIn(actor, subject);
      const before = await count(subject);
      const result = await run(saveMeasurementAction({}, valid()));
      expect(result).toEqual({ value: expect.objectContaining({ error: "errors.forbidden" }) });
      expect(hasKey("common", "errors.forbidden")).toBe(true);
      expect(await count(subject)).toBe(before);
    },
  );

  it("a signed-out post goes to the signed-out page", async () => {
    const result = await run(saveMeasurementAction({}, valid()));
    expect(result).toEqual({ redirect: "/fi/signed-out?reason=timeout" });
  });

  it("a form shown for another person (a stale tab) is refused and nothing is saved for either", async () => {
    await signIn("mikko", "toivo");
    shownFor = pid("mikko"); // the form was on Mikko's own page before the other tab switched
    const before = [await count("mikko"), await count("toivo")];
    expect(await run(saveMeasurementAction({}, valid()))).toEqual({ redirect: "/fi/overview?error=subjectChanged" });
    expect([await count("mikko"), await count("toivo")]).toEqual(before);
  });

  it("a post that names no person is refused and nothing is saved", async () => {
    await signIn("aino");
    const before = await count("aino");
    const result = await run(saveMeasurementAction({}, valid({ shownFor: "" })));
    expect(result).toEqual({ redirect: "/fi/overview?error=subjectChanged" });
    expect(await count("aino")).toBe(before);
  });
});

describe("deleteMeasurementAction", () => {
  it("V-WB-1: the owner deletes her own measurement", async () => {
    await signIn("aino");
    const target = fx.measurements.aino.at(-1)!;
    expect(await run(deleteMeasurementAction(form({ id: target.id, locale: "sv" })))).toEqual({
      redirect: "/sv/wellbeing?deleted=1",
    });
    expect(await prisma().measurement.findUnique({ where: { id: target.id } })).toBeNull();
  });

  it("a delete confirmation shown for another person (a stale tab) deletes nothing", async () => {
    await signIn("aino");
    const target = fx.measurements.aino[0]!;
    expect(await run(deleteMeasurementAction(form({ id: target.id, locale: "en", shownFor: pid("oona") })))).toEqual({
      redirect: "/en/overview?error=subjectChanged",
    });
    expect(await prisma().measurement.findUnique({ where: { id: target.id } })).not.toBeNull();
  });

  it("V-WB-1: another person's id from a forged form deletes nothing", async () => {
    await signIn("aino");
    const oonas = fx.measurements.oona.at(-1)!;
    expect(await run(deleteMeasurementAction(form({ id: oonas.id, locale: "fi" })))).toEqual({
      redirect: "/fi/wellbeing?error=deleteFailed",
    });
    expect(await prisma().measurement.findUnique({ where: { id: oonas.id } })).not.toBeNull();
  });

  it("V-HEALTH-8: a guardian cannot delete the child's measurement", async () => {
    await signIn("matti", "ella");
    const ellas = fx.measurements.ella[0]!;
    expect(await run(deleteMeasurementAction(form({ id: ellas.id, locale: "fi" })))).toEqual({
      redirect: "/fi/wellbeing?error=deleteFailed",
    });
    expect(await prisma().measurement.findUnique({ where: { id: ellas.id } })).not.toBeNull();
  });

  it("a malformed id is refused without touching the database", async () => {
    await signIn("aino");
    const before = await prisma().measurement.count();
    expect(await run(deleteMeasurementAction(form({ id: "' OR 1=1 --", locale: "fi" })))).toEqual({
      redirect: "/fi/wellbeing?error=deleteFailed",
    });
    expect(await prisma().measurement.count()).toBe(before);
  });

  it("signed out: back to the signed-out page", async () => {
    expect(
      await run(deleteMeasurementAction(form({ id: fx.measurements.aino[0]!.id, locale: "fi" }))),
    ).toEqual({ redirect: "/fi/signed-out?reason=timeout" });
  });
});

describe("revokeAppRightAction", () => {
  it("V-WB-2: the owner removes an application's right", async () => {
    await signIn("aino");
    const id = fx.rights.ainoActive[1]!;
    expect(await run(revokeAppRightAction(form({ id, locale: "en" })))).toEqual({
      redirect: "/en/wellbeing/apps?revoked=1",
    });
    expect((await prisma().wellbeingAppRight.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
  });

  it("a revoke confirmation shown for another person (a stale tab) removes nothing", async () => {
    await signIn("aino");
    const id = fx.rights.ainoActive[0]!;
    expect(await run(revokeAppRightAction(form({ id, locale: "sv", shownFor: pid("matti") })))).toEqual({
      redirect: "/sv/overview?error=subjectChanged",
    });
    expect((await prisma().wellbeingAppRight.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("V-WB-2: another person's right cannot be removed", async () => {
    await signIn("aino");
    expect(await run(revokeAppRightAction(form({ id: fx.rights.oona, locale: "fi" })))).toEqual({
      redirect: "/fi/wellbeing/apps?error=revokeFailed",
    });
    expect(
      (await prisma().wellbeingAppRight.findUniqueOrThrow({ where: { id: fx.rights.oona } })).revokedAt,
    ).toBeNull();
  });

  it("V-HEALTH-8: a guardian cannot remove the child's application rights", async () => {
    await signIn("matti", "oona");
    expect(await run(revokeAppRightAction(form({ id: fx.rights.oona, locale: "fi" })))).toEqual({
      redirect: "/fi/wellbeing/apps?error=revokeFailed",
    });
    expect(
      (await prisma().wellbeingAppRight.findUniqueOrThrow({ where: { id: fx.rights.oona } })).revokedAt,
    ).toBeNull();
  });
});
