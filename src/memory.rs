//! The memory the worker threads share. Whatever the number of threads, the run stays under
//! the 200 MB of docs/SECURITY.md: every worker keeps its buffers under
//! [`SMALL_BUFFER_BYTES`] (a few MB per thread in all, for rows of any real export), a buffer
//! that must grow past that (a hostile line of tens of MB, an article of several MB) first
//! takes a share of one process-wide budget of [`LARGE_BUDGET_BYTES`], waiting while others
//! hold it, and the number of workers is capped at [`MAX_WORKERS`].
//!
//! A share is taken at once for the most a reader may need (all or nothing) and held until
//! the reader is dropped; a thread never asks for a second share while holding one, so a
//! waiting thread holds nothing and the holders always finish: no deadlock. Waiting never
//! changes a result, only when it is computed.

use std::sync::{Condvar, Mutex, PoisonError};

/// A buffer up to this size needs no share of the budget.
pub const SMALL_BUFFER_BYTES: usize = 1 << 20;
/// What all large buffers together may hold at once (a share asking more is capped at this,
/// so it runs alone).
pub const LARGE_BUDGET_BYTES: u64 = 64 << 20;
/// Worker threads at most: each may hold its small buffers (a few MB) and one pipelined
/// entry's chunks; more threads would not speed up a pass dominated by one large entry.
pub const MAX_WORKERS: usize = 8;

/// Bytes of the budget in use, and the condition waiters sleep on.
static USED: Mutex<u64> = Mutex::new(0);
static FREED: Condvar = Condvar::new();

/// A share of the budget, given back when dropped.
#[derive(Debug)]
pub struct Share {
    bytes: u64,
}

impl Share {
    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

/// Takes `bytes` of the budget (at most all of it), waiting until they are free.
pub fn take(bytes: u64) -> Share {
    let bytes = bytes.clamp(1, LARGE_BUDGET_BYTES);
    let mut used = USED.lock().unwrap_or_else(PoisonError::into_inner);
    while used.saturating_add(bytes) > LARGE_BUDGET_BYTES {
        used = FREED.wait(used).unwrap_or_else(PoisonError::into_inner);
    }
    *used += bytes;
    Share { bytes }
}

impl Drop for Share {
    fn drop(&mut self) {
        let mut used = USED.lock().unwrap_or_else(PoisonError::into_inner);
        *used = used.saturating_sub(self.bytes);
        drop(used);
        FREED.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn shares_never_exceed_the_budget_and_waiters_get_their_turn() {
        let held = Arc::new(AtomicU64::new(0));
        let peak = Arc::new(AtomicU64::new(0));
        std::thread::scope(|scope| {
            for _ in 0..8 {
                let (held, peak) = (Arc::clone(&held), Arc::clone(&peak));
                scope.spawn(move || {
                    for _ in 0..20 {
                        let share = take(LARGE_BUDGET_BYTES / 2 + 1);
                        let now = held.fetch_add(share.bytes(), Ordering::SeqCst) + share.bytes();
                        peak.fetch_max(now, Ordering::SeqCst);
                        std::thread::yield_now();
                        held.fetch_sub(share.bytes(), Ordering::SeqCst);
                    }
                });
            }
        });
        // Other tests may hold shares meanwhile; these alone never overlapped.
        assert_eq!(peak.load(Ordering::SeqCst), LARGE_BUDGET_BYTES / 2 + 1);
    }

    #[test]
    fn a_share_asking_more_than_the_budget_is_capped() {
        let share = take(u64::MAX);
        assert_eq!(share.bytes(), LARGE_BUDGET_BYTES);
    }
}
