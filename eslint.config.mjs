import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"]),
  {
    rules: {
      // `const { dropped, ...rest } = value` is how we omit a field.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain folder stays framework-free so it runs in scripts, tests and the server alike.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/lib/server/*", "@/lib/generated/*", "node:*"] },
      ],
    },
  },
  {
    files: ["lib/domain/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
