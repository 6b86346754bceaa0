import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/global.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    env: { TZ: "UTC", SITE_URL: "https://yibao-budgets.test" },
  },
});
