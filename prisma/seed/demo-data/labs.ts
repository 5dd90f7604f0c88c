// Laboratory tests with Finnish test codes (numbers from the national laboratory nomenclature
// style, abbreviations as printed on Finnish results) and adult reference ranges.
import type { LabInput } from "./builder";

export const LAB = {
  hba1c: (value: number, sampledAt?: Date): LabInput => ({ testCode: "17937 B -HbA1c", testName: "Glykoitunut hemoglobiini A1c", value, unit: "mmol/mol", refLow: 20, refHigh: 42, sampledAt }),
  glucose: (value: number, sampledAt?: Date): LabInput => ({ testCode: "1468 fP -Gluk", testName: "Glukoosi, paastoplasma", value, unit: "mmol/l", refLow: 4.0, refHigh: 6.0, sampledAt }),
  creatinine: (value: number, sampledAt?: Date): LabInput => ({ testCode: "2143 P -Krea", testName: "Kreatiniini", value, unit: "µmol/l", refLow: 50, refHigh: 90, sampledAt }),
  ldl: (value: number, sampledAt?: Date): LabInput => ({ testCode: "4516 fP -Kol-LDL", testName: "LDL-kolesteroli, paastoplasma", value, unit: "mmol/l", refHigh: 3.0, refText: "< 3,0", sampledAt }),
  crp: (value: number, sampledAt?: Date): LabInput => ({ testCode: "1125 P -CRP", testName: "C-reaktiivinen proteiini", value, unit: "mg/l", refHigh: 10, refText: "< 10", sampledAt }),
  hb: (value: number, sampledAt?: Date): LabInput => ({ testCode: "1552 B -Hb", testName: "Hemoglobiini", value, unit: "g/l", refLow: 117, refHigh: 155, sampledAt }),
  tsh: (value: number, sampledAt?: Date): LabInput => ({ testCode: "2288 S -TSH", testName: "Tyreotropiini", value, unit: "mU/l", refLow: 0.5, refHigh: 3.6, sampledAt }),
  t4v: (value: number, sampledAt?: Date): LabInput => ({ testCode: "3652 S -T4-V", testName: "Tyroksiini, vapaa", value, unit: "pmol/l", refLow: 9, refHigh: 19, sampledAt }),
  tpoab: (value: number, sampledAt?: Date): LabInput => ({ testCode: "4842 S -TPOAb", testName: "Tyreoperoksidaasin vasta-aineet", value, unit: "kU/l", refHigh: 34, refText: "< 34", sampledAt }),
  inr: (value: number, sampledAt?: Date): LabInput => ({ testCode: "4520 P -INR", testName: "Protrombiiniaika, INR", value, refLow: 2.0, refHigh: 3.0, refText: "hoitotaso 2,0–3,0", sampledAt }),
  // Swedish-speaking laboratories print the same codes; names in Swedish.
  kreaSv: (value: number, sampledAt?: Date): LabInput => ({ testCode: "2143 P -Krea", testName: "Kreatinin", value, unit: "µmol/l", refLow: 60, refHigh: 100, sampledAt }),
  ldlSv: (value: number, sampledAt?: Date): LabInput => ({ testCode: "4516 fP -Kol-LDL", testName: "LDL-kolesterol, fasteplasma", value, unit: "mmol/l", refHigh: 3.0, refText: "< 3,0", sampledAt }),
  tshSv: (value: number, sampledAt?: Date): LabInput => ({ testCode: "2288 S -TSH", testName: "Tyreotropin", value, unit: "mU/l", refLow: 0.5, refHigh: 3.6, sampledAt }),
} as const;
