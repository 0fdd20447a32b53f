//! The browser edition's WebAssembly module: the engine behind a small C-like interface that
//! `web/page/worker.js` drives. No wasm-bindgen: the interface is ten functions that pass
//! only numbers, so a hand-written glue keeps the page small and the build free of any tool
//! beyond cargo (docs/WEB.md).
//!
//! The Worker calls `warm_up` once when it starts. A run: `clear_inputs`, then `add_input` per
//! file (name and size; its bytes are read on demand through the host's `read`), `analyse`
//! with the settings, then `render` once per format wanted and `letter_reminders`. Every text
//! crosses as UTF-8 bytes: in through `alloc`ed memory, out through
//! `output_ptr`/`output_len`.

mod host;
mod settings;

use std::cell::RefCell;
use std::sync::Arc;

use linkedin_exposure::analyse::NoProgress;
use linkedin_exposure::archive::InputSpec;
use linkedin_exposure::engine::{self, Outcome};
use linkedin_exposure::i18n::Messages;
use linkedin_exposure::render::Format;

use host::HostFile;
use settings::Settings;

thread_local! {
    /// The files of the next run: (name, size), in the order the member gave them.
    static INPUTS: RefCell<Vec<(String, u64)>> = const { RefCell::new(Vec::new()) };
    /// The last analysis, rendered on demand.
    static OUTCOME: RefCell<Option<Outcome>> = const { RefCell::new(None) };
    /// The bytes of the last output (a rendering or an error message).
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Memory for the page to write `len` bytes into (a file name, the settings).
#[unsafe(no_mangle)]
pub extern "C" fn alloc(len: u32) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len.max(1) as usize);
    let pointer = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    pointer
}

/// Frees what [`alloc`] gave.
///
/// # Safety
/// `pointer` and `len` are those of one earlier [`alloc`], freed once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn dealloc(pointer: *mut u8, len: u32) {
    // SAFETY: the caller passes back an allocation of capacity `len.max(1)` from `alloc`.
    drop(unsafe { Vec::from_raw_parts(pointer, 0, len.max(1) as usize) });
}

/// Forgets the files and the last analysis.
#[unsafe(no_mangle)]
pub extern "C" fn clear_inputs() {
    INPUTS.with_borrow_mut(Vec::clear);
    OUTCOME.set(None);
}

/// Adds a file of `size` bytes named by the UTF-8 bytes at `name`; its index is the number of
/// files added before it.
///
/// # Safety
/// `name` points to `name_len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn add_input(name: *const u8, name_len: u32, size: f64) {
    // SAFETY: the caller passes bytes it wrote into memory from `alloc`.
    let name = unsafe { text(name, name_len) };
    INPUTS.with_borrow_mut(|inputs| inputs.push((name, size as u64)));
}

/// Analyses the files added with the settings at `settings` (see [`Settings::parse`]).
/// Returns the command line's exit code: 0 analysed, 1 partly (some entries unreadable),
/// 2 failed, when the output holds the one-line message in the member's language.
///
/// # Safety
/// `settings` points to `settings_len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn analyse(settings: *const u8, settings_len: u32) -> u32 {
    // SAFETY: the caller passes bytes it wrote into memory from `alloc`.
    let settings = Settings::parse(&unsafe { text(settings, settings_len) });
    let inputs = INPUTS.with_borrow(|inputs| {
        inputs
            .iter()
            .enumerate()
            .map(|(index, (name, size))| InputSpec::Source {
                name: name.clone(),
                source: Arc::new(HostFile::new(index as u32, *size)),
            })
            .collect()
    });
    let request = settings.request(inputs);
    OUTCOME.set(None);
    // The progress bar follows the Worker's reads (worker.js): nothing to report from here.
    match engine::analyse(&request, &NoProgress) {
        Ok(outcome) => {
            let code = outcome.exit_code() as u32;
            OUTCOME.set(Some(outcome));
            code
        }
        Err(error) => {
            let message = error.localised(&Messages::new(settings.language));
            OUTPUT.set(message.into_bytes());
            2
        }
    }
}

/// Renders the last analysis into the output: 0 JSON, 1 HTML, 2 letter, 3 review list
/// (CSV), 4 the terminal table. Returns 0, or 1 when there is no analysis or the format
/// is unknown.
#[unsafe(no_mangle)]
pub extern "C" fn render(format: u32) -> u32 {
    let format = match format {
        0 => Format::Json,
        1 => Format::Html,
        2 => Format::Letter,
        3 => Format::Items,
        4 => Format::Table,
        _ => return 1,
    };
    let mut bytes = Vec::new();
    let rendered = OUTCOME.with_borrow(|outcome| {
        outcome
            .as_ref()
            .map(|outcome| outcome.render(format, &mut bytes).is_ok())
    });
    if rendered != Some(true) {
        return 1;
    }
    OUTPUT.set(bytes);
    0
}

/// Puts into the output what the member must do before sending the letter, one line each
/// (the command line prints the same lines after writing it). Returns 0, or 1 when there
/// is no analysis.
#[unsafe(no_mangle)]
pub extern "C" fn letter_reminders() -> u32 {
    let Some(lines) =
        OUTCOME.with_borrow(|outcome| outcome.as_ref().map(Outcome::letter_reminders))
    else {
        return 1;
    };
    OUTPUT.set(lines.join("\n").into_bytes());
    0
}

/// Runs the engine once on the synthetic sample export built into the module and renders
/// every format, keeping nothing: the Worker calls it as soon as it starts, so that the
/// browser has compiled the engine's hot code (and the engine its tables) before the
/// member's own run, which then takes a fraction of the time.
#[unsafe(no_mangle)]
pub extern "C" fn warm_up() {
    static SAMPLE: &[u8] = include_bytes!("../../fixtures/sample-export.zip");
    let inputs = vec![InputSpec::Source {
        name: "sample-export.zip".to_owned(),
        source: Arc::new(SAMPLE),
    }];
    if let Ok(outcome) = engine::analyse(&Settings::parse("").request(inputs), &NoProgress) {
        for format in [Format::Json, Format::Html, Format::Letter, Format::Items] {
            // Only the work matters here, not the bytes.
            let _ = outcome.render_to_vec(format);
        }
    }
}

/// Where the last output's bytes start.
#[unsafe(no_mangle)]
pub extern "C" fn output_ptr() -> *const u8 {
    OUTPUT.with_borrow(|output| output.as_ptr())
}

/// How many bytes the last output holds.
#[unsafe(no_mangle)]
pub extern "C" fn output_len() -> u32 {
    OUTPUT.with_borrow(|output| output.len() as u32)
}

/// The UTF-8 text at `pointer` (invalid sequences replaced).
///
/// # Safety
/// `pointer` points to `len` readable bytes.
unsafe fn text(pointer: *const u8, len: u32) -> String {
    if len == 0 {
        return String::new();
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { std::slice::from_raw_parts(pointer, len as usize) };
    String::from_utf8_lossy(bytes).into_owned()
}
