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
    name: "domain-stays-pure",
    // The domain folder stays framework-free so it runs in scripts, tests, the server and the browser alike.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "next",
            "next/*",
            "react",
            "react-dom",
            "@prisma/*",
            "server-only",
            "@/lib/server/*",
            "@/lib/actions/*",
            "@/lib/generated/*",
            "@/components/*",
            "@/app/*",
            "node:*",
            "**/lib/server/**",
            "**/generated/**",
          ],
        },
      ],
    },
  },
  {
    name: "components-stay-off-the-server",
    // Components get data as props (view shapes from lib/domain/<feature>/views.ts) and act through lib/actions;
    // they never reach for the database or the server's helpers, not even for a type.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*", "**/lib/server/**", "@/lib/generated/*", "**/generated/**", "@prisma/*", "server-only"], message: "Components take view shapes from lib/domain/<feature>/views.ts; data comes in as props." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
