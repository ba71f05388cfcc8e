// Preloaded (`node --require`) by bench/targets.mjs into both sides of a memory target:
// writes the process's peak resident set (KiB) to $PEAK_RSS_FILE as it exits.
"use strict";
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
