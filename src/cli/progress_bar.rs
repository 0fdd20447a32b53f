//! The command line's progress bar: the engine's [`Progress`] drawn by indicatif on stderr.

use linkedin_exposure::analyse::Progress;

/// A bar of the bytes read, on stderr; it hides itself when stderr is not a terminal.
pub struct ProgressBar {
    bar: indicatif::ProgressBar,
}

impl ProgressBar {
    pub fn stderr() -> Self {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} {bar:30} {decimal_bytes}/{decimal_total_bytes} {elapsed}",
        ) {
            bar.set_style(style);
        }
        ProgressBar { bar }
    }
}

impl Progress for ProgressBar {
    fn start(&self, total_bytes: u64) {
        self.bar.set_length(total_bytes);
        self.bar.reset_elapsed();
    }

    fn advance(&self, bytes: u64) {
        self.bar.inc(bytes);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
