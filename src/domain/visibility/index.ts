export * from "./common";
export * from "./health";
export * from "./prescriptions";
export * from "./prescription-state";
export * from "./social";
export * from "./wellbeing";
export * from "./disclosures";
