//! Built csv-core readers kept per thread for reuse, one pool per escaping.

use std::cell::RefCell;

thread_local! {
    /// Built csv-core readers kept for reuse on this thread, `[RFC, backslash]`. Building one
    /// computes its DFA, which costs more than reading a small export file, and every file
    /// needs three (two to sniff the escaping, one to read): docs/PERFORMANCE.md#csv-reader.
    /// `Clone` is no way out: csv-core's DFA clone copies only part of the tables.
    static CORE_READERS: RefCell<CorePool> = const { RefCell::new(CorePool::new()) };
}

/// Idle built readers of each configuration.
struct CorePool {
    rfc: Vec<csv_core::Reader>,
    backslash: Vec<csv_core::Reader>,
}

impl CorePool {
    const fn new() -> Self {
        Self {
            rfc: Vec::new(),
            backslash: Vec::new(),
        }
    }

    fn of(&mut self, backslash: bool) -> &mut Vec<csv_core::Reader> {
        if backslash {
            &mut self.backslash
        } else {
            &mut self.rfc
        }
    }
}

/// A csv-core reader in its initial state, RFC 4180 or with `\"` escapes.
pub(super) fn core_reader(backslash: bool) -> csv_core::Reader {
    let reused = CORE_READERS
        .try_with(|pool| pool.borrow_mut().of(backslash).pop())
        .ok()
        .flatten();
    match reused {
        Some(mut core) => {
            core.reset();
            core
        }
        None => {
            let mut builder = csv_core::ReaderBuilder::new();
            if backslash {
                builder.escape(Some(b'\\')).double_quote(true);
            }
            builder.build()
        }
    }
}

/// Gives a reader from [`core_reader`] back for reuse (a few per thread at most).
pub(super) fn recycle_core_reader(backslash: bool, core: csv_core::Reader) {
    let _ = CORE_READERS.try_with(|pool| {
        let mut pool = pool.borrow_mut();
        let idle = pool.of(backslash);
        if idle.len() < 2 {
            idle.push(core);
        }
    });
}
