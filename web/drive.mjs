// Drives the browser edition in headless Chromium for tests/web.rs and for benchmarks:
//
//   node web/drive.mjs SPEC.json
//
// SPEC: { "browser": "/usr/bin/chromium", "page": "/abs/linkedin-exposure.html",
//         "files": ["/abs/a.zip", ...], "downloads": "/abs/dir" or null,
//         "timeout_ms": 10000, "language": "en" or "fr" or null, "net_log": "/abs/log.json",
//         "settle_ms": 0 (how long to wait after load before choosing the files),
//         "region": null or a region to pick once the report is shown (the picker's test),
//         "cancel_then": null or files to choose after cancelling the first run at once,
//         "control": false (true: a control page, only load it and report its requests) }
// Prints one JSON object: the final data-state, the status and error texts, how long the
// analysis took, the downloaded files, the report frame's heading, the requests the page
// made (after load, of any kind but file:, blob: and data:), console errors and page errors,
// and the memory the run left (the engine's WebAssembly memory, the page's JavaScript heap).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Every host name resolves to nothing: even a request that slipped through goes nowhere.
  "--host-resolver-rules=MAP * ~NOTFOUND",
];
if (spec.net_log) {
  args.push(`--log-net-log=${spec.net_log}`);
}
// launch() gives a fresh, temporary profile (user data dir) every time.
const browser = await chromium.launch({ executablePath: spec.browser, headless: true, args });
const result = { requests: [], console_errors: [], page_errors: [], downloads: {} };
try {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: spec.language === "fr" ? "fr-FR" : "en-GB",
  });
  const page = await context.newPage();
  const local = (url) => /^(file|blob|data|about):/.test(url);
  context.on("request", (request) => {
    if (!local(request.url())) {
      result.requests.push(request.url());
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      result.console_errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => result.page_errors.push(String(error)));
  await page.goto(pathToFileURL(spec.page).href, { waitUntil: "load" });
  result.initial_state = await page.evaluate(() => document.documentElement.dataset.state);
  if (spec.control) {
    // A control page (not ours): only the requests its loading made are wanted.
    await page.waitForTimeout(500);
    await context.close();
    await browser.close();
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  }

  // A member takes a moment to choose: benchmarks let the page settle (its warm-up) first.
  await page.waitForTimeout(spec.settle_ms || 0);
  const started = Date.now();
  await page.setInputFiles("#export-input", spec.files);
  if (spec.cancel_then) {
    // Cancel the run under way, then choose `cancel_then` instead.
    await page.click("#cancel");
    result.after_cancel = await page.evaluate(() => ({
      state: document.documentElement.dataset.state,
      status: document.getElementById("status-text").textContent,
    }));
    await page.setInputFiles("#export-input", spec.cancel_then);
  }
  try {
    await page.waitForFunction(
      () => ["done", "error"].includes(document.documentElement.dataset.state),
      null,
      { timeout: spec.timeout_ms, polling: 10 },
    );
  } catch (_) {
    result.timed_out = true;
  }
  result.elapsed_ms = Date.now() - started;
  Object.assign(
    result,
    await page.evaluate(() => {
      const error = document.getElementById("error");
      return {
        state: document.documentElement.dataset.state,
        lang: document.documentElement.lang,
        status: document.getElementById("status-text").textContent,
        error: error.hidden ? null : error.textContent,
        region_picker: !document.getElementById("region-picker").hidden,
      };
    }),
  );
  // The region picker, when asked: pick `spec.region` and wait for the run it starts.
  if (spec.region && result.state === "done") {
    result.region_picker_before = await page.evaluate(
      () => !document.getElementById("region-picker").hidden,
    );
    await page.evaluate(() => {
      window.seenStates = [];
      new MutationObserver(() => window.seenStates.push(document.documentElement.dataset.state)).observe(
        document.documentElement,
        { attributes: true, attributeFilter: ["data-state"] },
      );
    });
    await page.selectOption("#region", spec.region);
    await page.waitForFunction(
      () => window.seenStates.includes("working") && ["done", "error"].includes(document.documentElement.dataset.state),
      null,
      { timeout: spec.timeout_ms, polling: 10 },
    );
    result.state = await page.evaluate(() => document.documentElement.dataset.state);
  }
  // Memory after the run (WebAssembly memory never shrinks: this is its peak).
  const worker = page.workers().at(-1); // the live one (a cancelled run's is gone)
  if (worker) {
    try {
      result.wasm_memory_bytes = await worker.evaluate(() =>
        typeof instance === "object" && instance ? instance.exports.memory.buffer.byteLength : null,
      );
    } catch (_) {
      result.wasm_memory_bytes = null;
    }
  }
  result.page_js_heap_bytes = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  if (result.state === "done") {
    const frame = page.frameLocator("#report");
    result.report_heading = await frame.locator("h1").first().textContent();
    if (spec.downloads) {
      for (const format of ["html", "json", "letter", "items"]) {
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.click(`#download-${format}`),
        ]);
        const path = join(spec.downloads, download.suggestedFilename());
        await download.saveAs(path);
        result.downloads[format] = path;
      }
    }
  }
  await context.close();
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result));
