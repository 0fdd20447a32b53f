//! Text normalised for the lexicons: lower case, accents removed, every run of characters
//! that are neither letters nor digits one space, sentence ends kept as ` .`; always starts
//! with a space, so every word is preceded by one (lexicon patterns start with a space too).

/// Appends the normalised form of `text` (UTF-8, invalid bytes skipped) to `out`, which is
/// cleared first and reused between texts so that no text allocates once it has grown.
pub fn normalise_into(text: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.push(b' ');
    let mut i = 0;
    while let Some(&byte) = text.get(i) {
        if byte < 0x80 {
            i += 1;
            match byte {
                b'A'..=b'Z' => out.push(byte + 32),
                b'a'..=b'z' | b'0'..=b'9' => out.push(byte),
                b'.' | b'!' | b'?' | b';' | b'\n' | b'\r' => boundary(out),
                _ => space(out),
            }
            continue;
        }
        let (ch, len) = decode(text.get(i..).unwrap_or_default());
        i += len.max(1);
        match ch {
            Some(ch) if ch.is_alphanumeric() => fold(ch, out),
            Some('\u{2026}') => boundary(out),
            _ => space(out),
        }
    }
    space(out);
}

fn space(out: &mut Vec<u8>) {
    if out.last() != Some(&b' ') {
        out.push(b' ');
    }
}

/// A sentence end: ` . ` once, whatever precedes.
fn boundary(out: &mut Vec<u8>) {
    space(out);
    if out.len() >= 2 && out.get(out.len() - 2) == Some(&b'.') {
        return;
    }
    out.extend_from_slice(b". ");
}

/// One character from UTF-8 bytes and its length; `None` for an invalid sequence.
fn decode(bytes: &[u8]) -> (Option<char>, usize) {
    let len = match bytes.first() {
        Some(b) if b & 0xE0 == 0xC0 => 2,
        Some(b) if b & 0xF0 == 0xE0 => 3,
        Some(b) if b & 0xF8 == 0xF0 => 4,
        _ => return (None, 1),
    };
    match bytes.get(..len).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next(), len),
        None => (None, 1),
    }
}

/// A letter or digit outside ASCII, lower case and without its accent (Latin letters);
/// other scripts are kept, lower case.
fn fold(ch: char, out: &mut Vec<u8>) {
    let base: &str = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => {
            let mut buffer = [0u8; 4];
            for lower in ch.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
            }
            return;
        }
    };
    out.extend_from_slice(base.as_bytes());
}

/// The normalised form as a new string (lexicon entries, tests).
pub fn normalised(text: &str) -> String {
    let mut out = Vec::new();
    normalise_into(text.as_bytes(), &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(
            normalised("J'ai été HOSPITALISÉE."),
            " j ai ete hospitalisee . "
        );
        assert_eq!(
            normalised("I’m  a burn-out   survivor!!"),
            " i m a burn out survivor . "
        );
        assert_eq!(normalised("Cœur, Straße"), " coeur strasse ");
        assert_eq!(normalised("line one\nline two"), " line one . line two ");
        assert_eq!(normalised(""), " ");
    }

    #[test]
    fn invalid_bytes_are_skipped() {
        let mut out = Vec::new();
        normalise_into(b"ab\xFFcd \xC3", &mut out);
        assert_eq!(out, b" ab cd ");
    }
}
