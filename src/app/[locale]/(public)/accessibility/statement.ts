import { z } from "zod";

/** The day the statement was last reviewed; update it whenever its content changes. */
export const ACCESSIBILITY_STATEMENT_DATE = "2026-11-25";

/** The supervisory authority's accessibility site (Finnish, Swedish and English pages). */
export const SUPERVISOR_URL = "https://www.saavutettavuusvaatimukset.fi/";

/**
 * The operator's address for accessibility feedback (`ACCESSIBILITY_FEEDBACK_EMAIL`), read when the
 * portal is built, since the statement is a static page. Unset: none is shown. Not an address: the
 * build stops here rather than publish a broken feedback channel.
 */
export function feedbackEmail(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.ACCESSIBILITY_FEEDBACK_EMAIL?.trim();
  if (!value) return null;
  if (!z.email().safeParse(value).success)
    throw new Error(`ACCESSIBILITY_FEEDBACK_EMAIL is not an e-mail address: "${value}"`);
  return value;
}
