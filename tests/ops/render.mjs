// Renders the agenda and impact HTML reports in headless Chromium (playwright-core), fails on
// any console error, page error or failed request, and keeps a full-page screenshot of each.
//   node tests/ops/render.mjs OUT_DIR report.html [report.html …]
import { createRequire } from "node:module";
import path from "node:path";

// playwright-core is a dev dependency of wasm/ (npm ci --prefix wasm).
const require = createRequire(new URL("../../wasm/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [outDir, ...reports] = process.argv.slice(2);
const executablePath = process.env.CHROME || "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
let failures = 0;
for (const report of reports) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto("file://" + path.resolve(report), { waitUntil: "load" });
  const svg = await page.locator("svg").count();
  const rows = await page.locator("table tr").count();
  const shot = path.join(outDir, path.basename(report, ".html") + ".png");
  await page.screenshot({ path: shot, fullPage: false });
  if (svg < 1) problems.push("no SVG chart");
  if (rows < 2) problems.push("no table rows");
  console.log(`${report}: ${svg} chart(s), ${rows} table rows, screenshot ${shot}, ${problems.length} problem(s)`);
  for (const p of problems) console.log("  " + p);
  failures += problems.length;
  await page.close();
}
await browser.close();
process.exit(failures ? 1 : 0);
