// The Worker: runs the engine (WebAssembly) on the member's files. The engine reads them
// through `host.read`, in slices (File.slice + FileReaderSync): random access to the zip,
// never the whole file in memory. Messages in: {type: "engine", module}, then
// {type: "run", files, settings}. Out: progress, then done (with the four renderings) or
// failed (the engine's one-line message) or crashed.
"use strict";

const FORMATS = { json: 0, html: 1, letter: 2, items: 3 };
let instance = null;
let ready = null;
let files = [];
const reader = new FileReaderSync();
const encoder = new TextEncoder();

function memory() {
  return new Uint8Array(instance.exports.memory.buffer);
}

function read(index, offset, destination, length) {
  try {
    const file = files[index];
    if (!file || offset >= file.size) {
      return file ? 0 : -1;
    }
    const bytes = reader.readAsArrayBuffer(file.slice(offset, Math.min(file.size, offset + length)));
    memory().set(new Uint8Array(bytes), destination);
    bytesRead += bytes.byteLength;
    progress(Math.min(bytesRead, bytesTotal), bytesTotal);
    return bytes.byteLength;
  } catch (_) {
    return -1;
  }
}

/**
 * The module's imports: `host` is ours. Others come from dependencies that link
 * wasm-bindgen's placeholders (getrandom, through the zip reader, for features the engine
 * never uses); they are functions that throw, so that a call would end the run visibly.
 */
function imports(module) {
  const all = { host: { read } };
  for (const { module: name, name: field, kind } of WebAssembly.Module.imports(module)) {
    if (name !== "host" && kind === "function") {
      all[name] = all[name] || {};
      all[name][field] = () => {
        throw new Error(`unsupported call to ${name}.${field}`);
      };
    }
  }
  return all;
}

// Progress is the share of the chosen files read so far: the engine reads each zip once,
// entry after entry, so its reads measure its pace.
let bytesRead = 0;
let bytesTotal = 0;
let lastProgress = 0;
function progress(done, total) {
  const now = Date.now();
  if (done >= total || now - lastProgress >= 50) {
    lastProgress = now;
    postMessage({ type: "progress", done, total });
  }
}

/** Copies `value` (a string) into the module's memory; returns [pointer, length]. */
function pass(value) {
  const bytes = encoder.encode(value);
  const pointer = instance.exports.alloc(bytes.length);
  memory().set(bytes, pointer);
  return [pointer, bytes.length];
}

/** The module's last output, copied out. */
function output() {
  const pointer = instance.exports.output_ptr();
  const length = instance.exports.output_len();
  return instance.exports.memory.buffer.slice(pointer, pointer + length);
}

function analyse(chosen, settings) {
  const api = instance.exports;
  files = chosen;
  bytesRead = 0;
  bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  api.clear_inputs();
  for (const file of files) {
    const [pointer, length] = pass(file.name);
    api.add_input(pointer, length, file.size);
    api.dealloc(pointer, length);
  }
  const [pointer, length] = pass(settings);
  const code = api.analyse(pointer, length);
  api.dealloc(pointer, length);
  if (code === 2) {
    postMessage({ type: "failed", message: new TextDecoder().decode(output()) });
    return;
  }
  const outputs = {};
  for (const [name, format] of Object.entries(FORMATS)) {
    outputs[name] = api.render(format) === 0 ? output() : new ArrayBuffer(0);
  }
  const reminders = api.letter_reminders() === 0 ? new TextDecoder().decode(output()) : "";
  postMessage({ type: "done", code, outputs, reminders }, Object.values(outputs));
}

onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === "engine") {
      ready = WebAssembly.instantiate(message.module, imports(message.module)).then((created) => {
        // The engine's first run is several times slower than the next ones (the browser
        // compiles hot code as it runs): have it on the built-in sample, before the member's.
        try {
          created.exports.warm_up();
          return created;
        } catch (_) {
          // A trap may leave the instance inconsistent: the member's run gets a fresh one.
          return WebAssembly.instantiate(message.module, imports(message.module));
        }
      });
    } else if (message.type === "run") {
      instance = await ready;
      analyse(message.files, message.settings);
    }
  } catch (error) {
    postMessage({ type: "crashed", detail: String((error && error.message) || error) });
  }
};
