//! Running the binary under measurement: its own peak resident memory (`ru_maxrss` from
//! `wait4`, which reports one child, unlike `getrusage(RUSAGE_CHILDREN)`, shared by every
//! test thread), its CPU time and its wall time, taken by a small helper process (see
//! [`run_measured`]). A run that outlives a generous deadline is killed, so a hang fails its
//! test instead of hanging the suite.
//!
//! The bounds the hostile-input tests assert: under 200 MB and 10 s on a 2-core
//! machine, the time as CPU time (see [`MAX_TIME`]). Each test bounds the work first (limits,
//! inputs sized for a test build) so that the bounds are margins, not races.
#![cfg(target_os = "linux")]

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Peak resident memory any hostile input may cost.
pub const MAX_RSS_BYTES: u64 = 200 * 1000 * 1000;
/// Time any hostile input may cost, asserted on the run's CPU time (user + system, all
/// threads): the tool is CPU-bound on inputs in the page cache, so on an idle 2-core machine
/// its wall time is at most its CPU time, while on a busy one (parallel tests, a fuzzer, a
/// neighbour's build) wall time measures the neighbours. Wall time is bounded separately.
pub const MAX_TIME: Duration = Duration::from_secs(10);
/// Wall time past which a run counts as hung even on a busy machine.
pub const MAX_WALL: Duration = Duration::from_secs(60);
/// A run still going after this is killed: far past `MAX_WALL`, only to stop a hang.
const KILL_AFTER: Duration = Duration::from_secs(120);

/// What one measured run gave.
#[derive(Debug)]
pub struct Measured {
    /// Exit code; None when killed by a signal (a crash, an abort, the hang guard).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub peak_rss_bytes: u64,
    pub wall: Duration,
    /// User plus system time of all the run's threads.
    pub cpu: Duration,
}

impl Measured {
    /// Asserts the run stayed within [`MAX_RSS_BYTES`], [`MAX_TIME`] of CPU and [`MAX_WALL`],
    /// never panicked, and exited on its own; `what` names the case in the failure message.
    pub fn assert_bounded(&self, what: &str) {
        eprintln!(
            "{what}: exit {:?}, peak {:.1} MB, {:.2} s CPU, {:.2} s wall",
            self.code,
            self.peak_rss_bytes as f64 / 1e6,
            self.cpu.as_secs_f64(),
            self.wall.as_secs_f64()
        );
        assert!(
            self.code.is_some(),
            "{what}: killed by a signal or the hang guard after {:?}\n{}",
            self.wall,
            self.stderr
        );
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "{what}: panicked\n{}",
            self.stderr
        );
        assert!(
            self.peak_rss_bytes < MAX_RSS_BYTES,
            "{what}: peak memory {} MB (bound {} MB)",
            self.peak_rss_bytes / 1_000_000,
            MAX_RSS_BYTES / 1_000_000
        );
        assert!(
            self.cpu < MAX_TIME,
            "{what}: took {:?} of CPU (bound {MAX_TIME:?})",
            self.cpu
        );
        assert!(
            self.wall < MAX_WALL,
            "{what}: took {:?} (hang bound {MAX_WALL:?})",
            self.wall
        );
    }
}

/// Environment variables that turn [`measure_helper`] from a no-op into the measuring
/// process: the tool's arguments (separated by U+001F), its working folder, and the folder
/// where the helper leaves the tool's stdout, stderr and the figures.
const ENV_ARGS: &str = "LINKEDIN_EXPOSURE_MEASURE_ARGS";
const ENV_CWD: &str = "LINKEDIN_EXPOSURE_MEASURE_CWD";
const ENV_OUT: &str = "LINKEDIN_EXPOSURE_MEASURE_OUT";
const SEPARATOR: char = '\u{1f}';

/// Runs the tool in `cwd` with `args` (English, no colour, a fixed date) and measures it.
///
/// The measurement is made by a fresh, small copy of this test binary (running only
/// [`measure_helper`]): Linux carries the parent's peak memory over into a child's
/// `ru_maxrss` across `exec`, so spawning the tool straight from this big, many-threaded test
/// process would report the tests' own peak. The helper's few MB are all that remains, which
/// only makes the bound stricter.
pub fn run_measured(cwd: &Path, args: &[&OsStr]) -> Measured {
    run_measured_with(cwd, args, &[])
}

/// [`run_measured`] with extra environment variables for the tool (e.g. `RAYON_NUM_THREADS`).
pub fn run_measured_with(cwd: &Path, args: &[&OsStr], env: &[(&str, &str)]) -> Measured {
    // One measured run at a time: on two cores, two heavy cases side by side would measure
    // each other rather than themselves.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let out = tempfile::tempdir().expect("temp dir");
    let mut joined = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            joined.push(SEPARATOR);
        }
        joined.push_str(arg.to_str().expect("UTF-8 arguments"));
    }
    let status = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "support::resources::measure_helper",
            "--nocapture",
            "--test-threads",
            "1",
            "-q",
        ])
        .env(ENV_ARGS, joined)
        .env(ENV_CWD, cwd)
        .env(ENV_OUT, out.path())
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the measuring helper starts");
    assert!(status.success(), "the measuring helper failed: {status:?}");
    let read = |name: &str| {
        let bytes = std::fs::read(out.path().join(name)).expect("helper output");
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let figures = read("figures");
    let mut fields = figures.split_whitespace();
    let mut next = || fields.next().expect("figure").to_owned();
    let code = next().parse::<i32>().ok();
    let peak_rss_bytes = next().parse().expect("rss");
    let wall = Duration::from_nanos(next().parse().expect("wall"));
    let cpu = Duration::from_nanos(next().parse().expect("cpu"));
    Measured {
        code,
        stdout: read("stdout"),
        stderr: read("stderr"),
        peak_rss_bytes,
        wall,
        cpu,
    }
}

/// The measuring process: a no-op in a normal test run; under [`run_measured`] it runs the
/// tool once, reaps it with `wait4` (its own peak memory, kilobytes on Linux), and writes
/// `code rss_bytes wall_nanos cpu_nanos` (code `signal` when killed) next to its stdout and stderr.
#[test]
fn measure_helper() {
    let (Some(args), Some(cwd), Some(out)) = (
        std::env::var_os(ENV_ARGS),
        std::env::var_os(ENV_CWD),
        std::env::var_os(ENV_OUT),
    ) else {
        return;
    };
    let out = Path::new(&out);
    let args = args.into_string().expect("UTF-8 arguments");
    let create = |name: &str| std::fs::File::create(out.join(name)).expect("output file");
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("linkedin-exposure"));
    command
        .current_dir(cwd)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("RUST_BACKTRACE")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .args(["--today", "2026-11-28"])
        .args(args.split(SEPARATOR).filter(|a| !a.is_empty()))
        .stdin(Stdio::null())
        .stdout(create("stdout"))
        .stderr(create("stderr"));
    let start = Instant::now();
    let child = command.spawn().expect("the binary starts");
    let pid = libc::pid_t::try_from(child.id()).expect("pid fits");
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut killed = false;
    loop {
        // SAFETY: `pid` is our own unreaped child; the pointers are to live locals.
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid {
            break;
        }
        assert_eq!(reaped, 0, "wait4: {}", std::io::Error::last_os_error());
        if !killed && start.elapsed() > KILL_AFTER {
            // SAFETY: the child is not reaped yet, so the pid is still ours.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            killed = true;
        }
        thread::sleep(Duration::from_millis(2));
    }
    let wall = start.elapsed();
    // Reaped by wait4 already; dropping the handle does not wait again.
    drop(child);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status).to_string()
    } else {
        "signal".to_owned()
    };
    let rss = u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024;
    let time = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap_or(0))
    };
    let cpu = time(usage.ru_utime) + time(usage.ru_stime);
    std::fs::write(
        out.join("figures"),
        format!("{code} {rss} {} {}", wall.as_nanos(), cpu.as_nanos()),
    )
    .expect("figures written");
}
