//! Making archive text safe to show: control, bidi-override and zero-width characters are
//! removed before text reaches a terminal (they could rewrite the screen or reverse what a
//! line appears to say), and excerpts are cut on character boundaries.

/// Whether a character must never reach a terminal from untrusted text.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{FEFF}' // BOM / zero-width no-break space
            | '\u{061C}' // Arabic letter mark
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        )
}

/// One line of terminal-safe text: unsafe characters dropped, line breaks and tabs as spaces.
pub fn for_terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\t') {
            out.push(' ');
        } else if !is_unsafe(c) {
            out.push(c);
        }
    }
    out
}

/// Text for a report: unsafe characters dropped, runs of white space folded to one space.
/// HTML escaping is the template engine's job; this only keeps the text honest.
pub fn for_report(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if !is_unsafe(c) {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// At most `max_chars` characters of `text` (sanitised as for a report), with `…` when cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let clean = for_report(text);
    if clean.chars().count() <= max_chars {
        return clean;
    }
    let mut cut: String = clean.chars().take(max_chars.saturating_sub(1)).collect();
    let trimmed_len = cut.trim_end().len();
    cut.truncate(trimmed_len);
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_loses_escapes_bidi_and_zero_width() {
        assert_eq!(
            for_terminal("a\u{1b}[31mred\u{202E}cba\u{200B}z\nnext"),
            "a[31mredcbaz next"
        );
    }

    #[test]
    fn report_text_folds_white_space() {
        assert_eq!(for_report("  Hello\n\n  world\u{2066}! "), "Hello world!");
    }

    #[test]
    fn excerpt_cuts_on_characters() {
        assert_eq!(excerpt("éèà", 3), "éèà");
        assert_eq!(excerpt("éèàù", 3), "éè…");
        assert_eq!(excerpt("ab cd ef", 4), "ab…");
        assert_eq!(excerpt(&"x".repeat(300), 280).chars().count(), 280);
    }
}
