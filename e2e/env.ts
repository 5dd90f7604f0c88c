// Where the end-to-end suite runs. Kept apart from the ports of `npm start` so both can run.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_IDP_PORT = E2E_PORT + 1;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mittkanta_e2e";

/** Build-time settings of the e2e build (prepare-e2e builds with them; the server starts with them). */
export const E2E_BUILD_SETTINGS = { ACCESSIBILITY_FEEDBACK_EMAIL: "saavutettavuus@example.fi" };
