// The page: chooses the files, runs the engine in a Worker, shows the report and offers the
// downloads. Hooks for automation: <html data-state="idle|working|done|error">, the file
// input #export-input and the buttons #download-html, -json, -letter, -items.
"use strict";

const root = document.documentElement;
const $ = (id) => document.getElementById(id);
const FORMATS = ["json", "html", "letter", "items"];
const EXTENSIONS = { json: "json", html: "html", letter: "txt", items: "csv" };
const TYPES = {
  json: "application/json",
  html: "text/html;charset=utf-8",
  letter: "text/plain;charset=utf-8",
  items: "text/csv;charset=utf-8",
};

let language = /^fr\b/i.test(navigator.language || "") ? "fr" : "en";
// The compiled WebAssembly module (shared by every Worker), or null when it cannot load.
let engine = null;
let engineReady = null;
let runs = 0; // the number of runs started: only the last one's results are shown
let focusResult = false;
let worker = null;
let files = [];
let outputs = null; // { json, html, letter, items } as ArrayBuffers, after a run
let exportDate = null;
let status = { key: "idle", args: {} };

function text(key, args = {}) {
  const template = (STRINGS[language] || STRINGS.en)[key] || STRINGS.en[key] || key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(args[name] ?? ""));
}

function fileNames() {
  return files.map((file) => `“${file.name}”`).join(", ");
}

function translate() {
  root.lang = language;
  document.title = text("document-title");
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = text(element.dataset.text);
  }
  $("report").title = text("report-title");
  $("language").value = language;
  if (status.key) {
    $("status-text").textContent = text(status.key, status.args);
  }
}

function setState(state, key, args = {}) {
  root.dataset.state = state;
  status = { key, args };
  $("status-text").textContent = key ? text(key, args) : "";
  $("working").hidden = state !== "working";
  if (state !== "error") {
    $("error").hidden = true;
  }
}

function showError(message) {
  setState("error", null);
  $("result").hidden = true;
  const error = $("error");
  error.textContent = message;
  error.hidden = false;
  error.focus();
}

function settings() {
  const today = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const disclosure = document.querySelector("input[name=disclosure]:checked").value;
  return `lang=${language}\nregion=${$("region").value}\ndisclosure=${disclosure}\ntoday=${date}\n`;
}

function decodeBase64(base64) {
  const binary = atob(base64.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

function stopWorker() {
  if (worker) {
    worker.terminate();
    worker = null;
  }
}

function startWorker() {
  const source = $("worker-source").textContent;
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const created = new Worker(url);
  URL.revokeObjectURL(url);
  created.onmessage = (event) => onWorkerMessage(created, event.data);
  created.onerror = (event) => {
    event.preventDefault();
    if (created === worker) {
      stopWorker();
      showError(text("crashed", { detail: event.message || "worker error" }));
    }
  };
  created.postMessage({ type: "engine", module: engine });
  return created;
}

function run() {
  if (!files.length) {
    return;
  }
  outputs = null;
  if (root.dataset.state === "working") {
    stopWorker(); // a new choice replaces the run under way
  }
  setState("working", "loading", { files: fileNames() });
  $("progress").removeAttribute("value");
  const id = ++runs;
  const chosenSettings = settings();
  engineReady.then(() => {
    if (id !== runs || root.dataset.state !== "working") {
      return; // replaced or cancelled while the engine was loading
    }
    if (!engine) {
      showError(text("no-engine"));
      return;
    }
    if (!worker) {
      worker = startWorker();
    }
    worker.postMessage({ type: "run", files, settings: chosenSettings });
  });
}

function onWorkerMessage(from, message) {
  if (from !== worker) {
    return; // a cancelled run's last words
  }
  switch (message.type) {
    case "progress": {
      const fraction = message.total > 0 ? message.done / message.total : 0;
      $("progress").value = fraction;
      // Screen readers hear every tenth, not every step.
      const percent = Math.floor(fraction * 100);
      if (status.key !== "working" || Math.floor(percent / 10) !== Math.floor(status.args.percent / 10)) {
        setState("working", "working", { files: fileNames(), percent });
      } else {
        status.args.percent = percent;
      }
      break;
    }
    case "done":
      showReport(message.code, message.outputs, message.reminders);
      break;
    case "failed":
      showError(message.message);
      break;
    case "crashed":
      stopWorker();
      showError(text("crashed", { detail: message.detail }));
      break;
  }
}

function showReport(code, rendered, reminders) {
  outputs = rendered;
  $("letter-reminders").textContent = reminders || "";
  $("letter-reminders").hidden = !reminders;
  let figures = {};
  try {
    figures = JSON.parse(new TextDecoder().decode(rendered.json));
  } catch (_) {
    figures = {};
  }
  exportDate = typeof figures.export_date === "string" ? figures.export_date.slice(0, 10) : null;
  const member = figures.member || {};
  if (member.region_source === "unknown" || $("region").value) {
    $("region-picker").hidden = false;
  }
  const html = new TextDecoder().decode(rendered.html);
  // Links in the report open outside the sandboxed frame, in a new tab.
  $("report").srcdoc = html.replace(/<head>/i, '<head><base target="_blank">');
  $("result").hidden = false;
  setState("done", code === 1 ? "partial" : "done");
  // After a new choice of files, keyboard and screen-reader users land on the result; a
  // change of language or level keeps the focus where it is.
  if (focusResult) {
    focusResult = false;
    $("result-heading").focus();
  }
}

function fileName(format) {
  const stem = exportDate ? `linkedin-ai-exposure-${exportDate}` : "linkedin-ai-exposure";
  const suffix = format === "letter" ? "-letter" : format === "items" ? "-items" : "";
  return `${stem}${suffix}.${EXTENSIONS[format]}`;
}

function download(format) {
  if (!outputs) {
    return;
  }
  const url = URL.createObjectURL(new Blob([outputs[format]], { type: TYPES[format] }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName(format);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function choose(list) {
  files = Array.from(list || []);
  focusResult = true;
  if (files.length) {
    run();
  }
}

function setup() {
  translate();
  setState("idle", "idle");
  $("language").addEventListener("change", () => {
    language = $("language").value;
    translate();
    if (outputs) {
      run();
    }
  });
  for (const radio of document.querySelectorAll("input[name=disclosure]")) {
    radio.addEventListener("change", () => outputs && run());
  }
  $("region").addEventListener("change", () => outputs && run());
  $("export-input").addEventListener("change", (event) => choose(event.target.files));
  $("cancel").addEventListener("click", () => {
    stopWorker();
    runs++;
    setState("idle", "cancelled");
    $("export-input").value = "";
    $("export-input").focus();
  });
  for (const format of FORMATS) {
    $(`download-${format}`).addEventListener("click", () => download(format));
  }
  // Drop anywhere on the page; the browser would otherwise open the zip itself.
  let depth = 0;
  document.addEventListener("dragenter", (event) => {
    event.preventDefault();
    depth++;
    root.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) {
      root.classList.remove("dragging");
    }
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    root.classList.remove("dragging");
    choose(event.dataTransfer && event.dataTransfer.files);
  });
  // The module is inlined gzipped (web/build.sh); a Response only reads the stream here.
  engineReady = Promise.resolve()
    .then(() => {
      const gzipped = new Blob([decodeBase64($("engine-wasm").textContent)]);
      const inflated = gzipped.stream().pipeThrough(new DecompressionStream("gzip"));
      return new Response(inflated).arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes))
    .then(
      (module) => {
        engine = module;
        // A Worker ready before the member chooses: the first report comes sooner.
        if (!worker) {
          worker = startWorker();
        }
      },
      () => {
        engine = null;
      },
    );
}

setup();
