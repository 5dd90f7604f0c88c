import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["src/generated/**", ".next/**", ".next-*/**", "scripts/bench/floor-app/.next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"] },
  {
    // The domain layer is pure TypeScript: no framework or database imports.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "@prisma/*", "@/generated/*", "@/server/*"] }],
    },
  },
];
export default config;
