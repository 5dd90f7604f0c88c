/** The day the statement was last reviewed; update it whenever its content changes. */
export const ACCESSIBILITY_STATEMENT_DATE = "2026-11-25";

/** The supervisory authority's accessibility site (Finnish, Swedish and English pages). */
export const SUPERVISOR_URL = "https://www.saavutettavuusvaatimukset.fi/";
