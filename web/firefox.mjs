// Opens the page in headless Firefox (Debian's firefox-esr) over WebDriver BiDi, chooses the
// files and waits for the result; prints the final state and how long the analysis took.
// Playwright's Firefox needs its own build or a newer BiDi than Firefox ESR 140 speaks, so
// this talks BiDi directly (Node 20: run with --experimental-websocket).
//
//   node --experimental-websocket web/firefox.mjs PAGE.html EXPORT.zip [MORE.zip…]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [page, ...files] = process.argv.slice(2).map((path) => resolve(path));
const profile = mkdtempSync(join(tmpdir(), "firefox-profile-"));
const firefox = spawn(
  process.env.FIREFOX || "firefox-esr",
  ["--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile],
  { stdio: ["ignore", "pipe", "pipe"] },
);
const endpoint = await new Promise((found) => {
  const scan = (data) => {
    const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(data));
    if (match) found(match[1]);
  };
  firefox.stdout.on("data", scan);
  firefox.stderr.on("data", scan);
});
const socket = new WebSocket(`${endpoint}/session`);
await new Promise((opened) => (socket.onopen = opened));
let lastId = 0;
const pending = new Map();
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  pending.get(message.id)?.(message);
  pending.delete(message.id);
};
function send(method, params) {
  return new Promise((answered) => {
    const id = ++lastId;
    pending.set(id, answered);
    socket.send(JSON.stringify({ id, method, params }));
  });
}

try {
  const session = await send("session.new", { capabilities: {} });
  const version = session.result.capabilities.browserVersion;
  const tree = await send("browsingContext.getTree", {});
  const context = tree.result.contexts[0].context;
  const evaluate = async (expression) =>
    (await send("script.evaluate", { expression, target: { context }, awaitPromise: true })).result
      .result;
  await send("browsingContext.navigate", { context, url: `file://${page}`, wait: "complete" });
  const input = await evaluate("document.getElementById('export-input')");
  const started = Date.now();
  await send("input.setFiles", { context, element: { sharedId: input.sharedId }, files });
  let state = "working";
  while (state === "working" && Date.now() - started < 600_000) {
    await new Promise((wait) => setTimeout(wait, 20));
    state = (await evaluate("document.documentElement.dataset.state")).value;
  }
  const elapsed_ms = Date.now() - started;
  const error = (await evaluate("document.getElementById('error').textContent")).value;
  process.stdout.write(JSON.stringify({ browser: `firefox ${version}`, state, elapsed_ms, error }));
} finally {
  socket.close();
  firefox.kill();
  firefox.on("exit", () => rmSync(profile, { recursive: true, force: true }));
}
