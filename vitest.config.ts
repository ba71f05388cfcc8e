import { defineConfig } from "vitest/config";

// Forks rather than threads: the conformance runner changes directory per suite.
export default defineConfig({ test: { pool: "forks", include: ["test/**/*.test.ts"] } });
