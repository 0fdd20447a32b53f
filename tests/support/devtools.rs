//! Chromium driven over the DevTools protocol, for browser tests that need a script.
//!
//! The page's Content-Security-Policy forbids every script, and a wrapper page could not
//! frame or script it either; `--dump-dom` and `--screenshot` run nothing after load. The
//! DevTools protocol does: `Runtime.evaluate` runs outside the page's policy and
//! `Input.dispatchKeyEvent` presses Tab as a keyboard would, so `:focus-visible` applies.
//! Chromium speaks it over `--remote-debugging-pipe` (it reads fd 3, writes fd 4, messages
//! ended by NUL); two named pipes and `sh` give it those descriptors without unsafe code.

use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A headless Chromium attached to the page it opened.
pub struct DevTools {
    to: std::fs::File,
    from: std::io::BufReader<std::fs::File>,
    child: std::process::Child,
    session: String,
    next_id: u64,
    /// Set when done, so that the watchdog leaves the process alone.
    finished: std::sync::Arc<std::sync::atomic::AtomicBool>,
    _dir: tempfile::TempDir,
}

impl DevTools {
    pub fn open(browser: &Path, page: &Path) -> DevTools {
        let dir = tempfile::tempdir().expect("pipe dir");
        let (input, output) = (dir.path().join("in"), dir.path().join("out"));
        for fifo in [&input, &output] {
            let made = Process::new("mkfifo").arg(fifo).status().expect("mkfifo");
            assert!(made.success(), "mkfifo {}", fifo.display());
        }
        let child = Process::new("sh")
            .arg("-c")
            .arg("exec \"$0\" \"$@\" 3<\"$PIPE_IN\" 4>\"$PIPE_OUT\"")
            .arg(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--remote-debugging-pipe",
                "--window-size=1280,900",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("data").display()
            ))
            .arg(format!("file://{}", page.display()))
            .env("PIPE_IN", &input)
            .env("PIPE_OUT", &output)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium starts");
        // A browser that stalls or never starts ends the test, not the run: past the deadline
        // the watchdog kills it and opens both pipes' other ends, so that every open or read
        // below returns.
        let finished = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        {
            let (finished, pid) = (finished.clone(), child.id());
            let (input, output) = (input.clone(), output.clone());
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(120);
                while Instant::now() < deadline {
                    if finished.load(std::sync::atomic::Ordering::SeqCst) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
                let _ = Process::new("kill").arg("-9").arg(pid.to_string()).status();
                let reader = std::fs::File::open(&input);
                let writer = std::fs::OpenOptions::new().write(true).open(&output);
                drop((reader, writer));
            });
        }
        // Opening a named pipe waits for the other end: the shell opens `in` first.
        let to = std::fs::OpenOptions::new()
            .write(true)
            .open(&input)
            .expect("pipe to chromium");
        let from = std::io::BufReader::new(std::fs::File::open(&output).expect("pipe from it"));
        let mut tools = DevTools {
            to,
            from,
            child,
            session: String::new(),
            next_id: 0,
            finished,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        let target = loop {
            let targets = tools.call("Target.getTargets", serde_json::json!({}));
            let page = targets["targetInfos"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|t| {
                    t["type"] == "page" && t["url"].as_str().is_some_and(|u| u.starts_with("file:"))
                })
                .and_then(|t| t["targetId"].as_str().map(str::to_owned));
            if let Some(page) = page {
                break page;
            }
            assert!(Instant::now() < deadline, "no page target: {targets}");
            std::thread::sleep(Duration::from_millis(100));
        };
        let attached = tools.call(
            "Target.attachToTarget",
            serde_json::json!({ "targetId": target, "flatten": true }),
        );
        tools.session = attached["sessionId"].as_str().expect("session").to_owned();
        // The tab starts on about:blank, itself "complete": wait for the page's own document.
        let loaded = "location.protocol === 'file:' && document.readyState === 'complete'";
        while tools.evaluate(loaded) != true {
            assert!(Instant::now() < deadline, "the page did not load");
            std::thread::sleep(Duration::from_millis(100));
        }
        tools.call(
            "Emulation.setFocusEmulationEnabled",
            serde_json::json!({ "enabled": true }),
        );
        tools
    }

    /// Sends one command (to the page once attached) and returns its result.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        use std::io::{BufRead, Write};
        self.next_id += 1;
        let id = self.next_id;
        let mut message = serde_json::json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = Value::String(self.session.clone());
        }
        let mut bytes = serde_json::to_vec(&message).expect("message");
        bytes.push(0);
        self.to.write_all(&bytes).expect("write to chromium");
        loop {
            let mut reply = Vec::new();
            let read = self
                .from
                .read_until(0, &mut reply)
                .expect("read from chromium");
            assert!(
                read > 0,
                "chromium closed the pipe during {method} (or did not answer within 120 s)"
            );
            reply.pop();
            let reply: Value = serde_json::from_slice(&reply).expect("JSON reply");
            if reply["id"] == id {
                assert!(reply["error"].is_null(), "{method}: {}", reply["error"]);
                return reply["result"].clone();
            }
        }
    }

    /// The value of a JavaScript expression evaluated in the page.
    pub fn evaluate(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            serde_json::json!({ "expression": expression, "returnByValue": true }),
        );
        assert!(result["exceptionDetails"].is_null(), "{result}");
        result["result"]["value"].clone()
    }

    pub fn press_tab(&mut self) {
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                serde_json::json!({
                    "type": kind, "key": "Tab", "code": "Tab",
                    "windowsVirtualKeyCode": 9, "nativeVirtualKeyCode": 9
                }),
            );
        }
    }
}

impl Drop for DevTools {
    fn drop(&mut self) {
        self.finished
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
