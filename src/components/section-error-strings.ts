// Which translations travel to the browser for the section error boundary
// (src/app/[locale]/(portal)/error.tsx, a client component): a unit test checks every key it reads.
export const SECTION_ERROR_KEYS = [
  "app.name",
  "disturbance.title",
  "disturbance.intro",
  "disturbance.meanwhile",
  "disturbance.tryAgain",
  "disturbance.sections",
  "disturbance.alternatives",
  "errors.genericTitle",
  "errors.generic",
  "errors.genericHelp",
  "errors.reference",
] as const;
