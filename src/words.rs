//! Word counts of text fields, exactly as `split_whitespace` over the field's lossy UTF-8
//! decoding counts them (after Shares' per-line quotes are unwrapped, when asked), without
//! decoding or copying the field.
//!
//! Why no decoding is needed: a word starts at every non-whitespace character that follows
//! whitespace (or the start), so only which bytes belong to whitespace characters matters.
//! In the lossy decoding every ASCII byte is its own character (an invalid sequence never
//! swallows one), and every other byte belongs to a whitespace character exactly when it is
//! part of the complete encoding of one of the eleven non-ASCII White_Space characters (their
//! first bytes are lead bytes, which always start a new sequence in the decoder); all other
//! non-ASCII bytes decode to non-whitespace characters or U+FFFD. Likewise the quotes
//! `unwrap_line_quotes` removes are ASCII, so its two `str::replace` passes can run on bytes.
//!
//! The fast path takes 64-byte blocks through loops the compiler vectorises: word starts are
//! counted over pairs of a byte and its predecessor, taking only ASCII whitespace; a block
//! holding non-ASCII whitespace characters is first copied with them overwritten by spaces.
//! A block goes to the exact path (token by token, through the two passes as matchers)
//! instead when a non-ASCII whitespace character spans its end, or, when unwrapping, it
//! holds a quote followed by CR or LF or ends with a quote: the only blocks where unwrapping
//! can change anything, as every match starts with such a pair. The exact path hands back to
//! blocks once past the block and with no partial match pending. Memory is constant.

/// Bytes per fast block: whole-block checks are cheap, and the per-block counts fit a `u8`.
const BLOCK: usize = 64;

/// Words of a text field: `split_whitespace` over its lossy UTF-8 decoding, with Shares'
/// per-line quotes unwrapped first when `unwrap`.
pub fn count_words(bytes: &[u8], unwrap: bool) -> u64 {
    count_with_fast_bytes(bytes, unwrap).0
}

/// [`count_words`], and how many bytes took the fast path (the tests check that plain text
/// takes it).
fn count_with_fast_bytes(bytes: &[u8], unwrap: bool) -> (u64, usize) {
    let mut exact = Exact::new(unwrap);
    let mut fast_bytes = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        // The exact path is idle here: nothing pending, so a block may skip it. The block is
        // read with the byte before it; the first block and a short last one are copied,
        // padded with spaces, which neither start words nor unwrap anything.
        let whole = pos
            .checked_sub(1)
            .and_then(|before| bytes.get(before..))
            .and_then(<[u8]>::first_chunk::<{ BLOCK + 1 }>);
        let padded;
        let (window, len) = match whole {
            Some(window) => (window, BLOCK),
            None => {
                let rest = bytes.get(pos..).unwrap_or_default();
                let len = rest.len().min(BLOCK);
                let mut copy = [b' '; BLOCK + 1];
                if let (Some(to), Some(from)) = (copy.get_mut(1..=len), rest.get(..len)) {
                    to.copy_from_slice(from);
                }
                padded = copy;
                (&padded, len)
            }
        };
        if let Some((starts, in_word)) =
            fast_block(bytes, pos, window, exact.counter.in_word, unwrap)
        {
            exact.counter.words += u64::from(starts);
            exact.counter.in_word = in_word;
            fast_bytes += len;
            pos += len;
        } else {
            pos = exact.run(bytes, pos, pos + BLOCK);
        }
    }
    exact.finish();
    (exact.counter.words, fast_bytes)
}

/// ASCII whitespace for `char::is_whitespace`: space, and tab through carriage return
/// (vertical tab included).
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') < 5)
}

/// The words starting in the block `window[1..]`, which is `bytes[pos..]` (`window[0]` is
/// any byte; `in_word`: whether the text before the block ends in a word), and whether the
/// block ends in a word; or `None` when the block needs the exact path: a non-ASCII
/// whitespace character starting in it ends in the next one, or, when `unwrap`, a quote in
/// it is followed by CR or LF, or it ends with a quote (which the next bytes could unwrap).
///
/// Written as loops over whole fixed-size arrays of bytes and their predecessors, with
/// non-short-circuit operators and integer flags, so that they vectorise.
#[inline(always)]
fn fast_block(
    bytes: &[u8],
    pos: usize,
    window: &[u8; BLOCK + 1],
    in_word: bool,
    unwrap: bool,
) -> Option<(u32, bool)> {
    if unwrap {
        let (Some(before), Some(block)) =
            (window.first_chunk::<BLOCK>(), window.last_chunk::<BLOCK>())
        else {
            return None;
        };
        let mut line_quote = u8::from(block[BLOCK - 1] == b'"');
        for (&p, &c) in before.iter().zip(block) {
            line_quote |= u8::from((p == b'"') & ((c == b'\r') | (c == b'\n')));
        }
        if line_quote != 0 {
            return None;
        }
    }
    // The first bytes of the non-ASCII whitespace characters.
    let mut leads = 0u8;
    for &b in &window[1..] {
        leads |= u8::from((b == 0xC2) | (b.wrapping_sub(0xE1) < 3));
    }
    if leads == 0 {
        return Some(count_starts(window, in_word));
    }
    let mut blanked = *window;
    blank_wide_spaces(bytes, pos, &mut blanked).then(|| count_starts(&blanked, in_word))
}

/// The words starting in `window[1..]` (see [`fast_block`]), all of whose whitespace is
/// ASCII, and whether it ends in a word.
#[inline(always)]
fn count_starts(window: &[u8; BLOCK + 1], in_word: bool) -> (u32, bool) {
    let (Some(before), Some(block)) = (window.first_chunk::<BLOCK>(), window.last_chunk::<BLOCK>())
    else {
        return (0, in_word);
    };
    // At most one start per two bytes: a `u8` holds the sum.
    let mut starts = 0u8;
    for (&p, &c) in before.iter().zip(block) {
        starts += u8::from(is_ascii_space(p) & !is_ascii_space(c));
    }
    // The first byte's predecessor is the text before, whatever `window[0]` is.
    let first_word = !is_ascii_space(block[0]);
    let counted = first_word & is_ascii_space(window[0]);
    let starts = u32::from(starts) - u32::from(counted) + u32::from(first_word & !in_word);
    (starts, !is_ascii_space(block[BLOCK - 1]))
}

/// Overwrites with spaces the non-ASCII whitespace characters starting in `window[1..]`
/// (`bytes[pos..]`), so that counting can take them for ASCII whitespace; false when one
/// ends past the block.
#[inline(never)]
fn blank_wide_spaces(bytes: &[u8], pos: usize, window: &mut [u8; BLOCK + 1]) -> bool {
    let mut i = 1;
    while let Some(&b) = window.get(i) {
        if (b == 0xC2) | (b.wrapping_sub(0xE1) < 3) {
            let (token, len) = token_at(bytes, pos + i - 1);
            if token == Token::Space {
                match window.get_mut(i..i + len) {
                    Some(character) => character.fill(b' '),
                    None => return false,
                }
                i += len;
                continue;
            }
        }
        i += 1;
    }
    true
}

/// A character class, all that counting and unwrapping look at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Token {
    Quote,
    Cr,
    Lf,
    /// Any other whitespace character.
    Space,
    /// Any other character, U+FFFD included.
    Other,
}

/// The character at `pos` (one byte for anything but a non-ASCII whitespace character), and
/// its length in bytes.
#[inline]
fn token_at(bytes: &[u8], pos: usize) -> (Token, usize) {
    let at = |i: usize| bytes.get(pos + i).copied();
    match at(0) {
        Some(b'"') => (Token::Quote, 1),
        Some(b'\r') => (Token::Cr, 1),
        Some(b'\n') => (Token::Lf, 1),
        Some(b) if is_ascii_space(b) => (Token::Space, 1),
        // U+0085, U+00A0.
        Some(0xC2) if matches!(at(1), Some(0x85 | 0xA0)) => (Token::Space, 2),
        // U+1680.
        Some(0xE1) if at(1) == Some(0x9A) && at(2) == Some(0x80) => (Token::Space, 3),
        // U+2000..=U+200A, U+2028, U+2029, U+202F.
        Some(0xE2)
            if at(1) == Some(0x80) && matches!(at(2), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) =>
        {
            (Token::Space, 3)
        }
        // U+205F.
        Some(0xE2) if at(1) == Some(0x81) && at(2) == Some(0x9F) => (Token::Space, 3),
        // U+3000.
        Some(0xE3) if at(1) == Some(0x80) && at(2) == Some(0x80) => (Token::Space, 3),
        _ => (Token::Other, 1),
    }
}

/// Word starts over a stream of tokens.
#[derive(Default)]
struct Counter {
    words: u64,
    in_word: bool,
}

impl Counter {
    #[inline]
    fn push(&mut self, token: Token) {
        let word = matches!(token, Token::Quote | Token::Other);
        self.words += u64::from(word & !self.in_word);
        self.in_word = word;
    }
}

/// The exact path: tokens one at a time, through the two passes of `unwrap_line_quotes`
/// (`"\r\n"` → `\n`, then `"\n"` → `\n`) when unwrapping, into the counter.
///
/// Each pass is `str::replace` as a matcher: its state is how much of its pattern the
/// pending tokens match. The patterns have no proper prefix that is also a suffix (other than
/// a lone quote, which a mismatch re-examines), so a mismatch emits the pending tokens and
/// looks at the new one afresh; a full match emits `\n` and restarts, which makes the matches
/// leftmost and non-overlapping, as `str::replace` finds them.
struct Exact {
    unwrap: bool,
    /// Tokens of `"\r\n"` pending in the first pass: 0 to 3.
    first: u8,
    /// Tokens of `"\n"` pending in the second pass: 0 to 2.
    second: u8,
    counter: Counter,
}

impl Exact {
    fn new(unwrap: bool) -> Self {
        Exact {
            unwrap,
            first: 0,
            second: 0,
            counter: Counter::default(),
        }
    }

    /// Takes the tokens from `pos` on, up to at least `end`, and then until nothing is
    /// pending (or the bytes end); returns where it stopped.
    fn run(&mut self, bytes: &[u8], mut pos: usize, end: usize) -> usize {
        while let Some(&b) = bytes.get(pos) {
            let idle = self.first == 0 && self.second == 0;
            if pos >= end && idle {
                break;
            }
            // Most bytes are neither quotes nor parts of whitespace characters: when nothing
            // is pending they go straight to the counter.
            if idle && b != b'"' && !((b == 0xC2) | (b.wrapping_sub(0xE1) < 3)) {
                let word = !is_ascii_space(b);
                self.counter.words += u64::from(word & !self.counter.in_word);
                self.counter.in_word = word;
                pos += 1;
                continue;
            }
            let (token, len) = token_at(bytes, pos);
            pos += len;
            if self.unwrap {
                self.first_pass(token);
            } else {
                self.counter.push(token);
            }
        }
        pos
    }

    /// The end of the text: whatever is pending was no match.
    fn finish(&mut self) {
        const FIRST: [Token; 3] = [Token::Quote, Token::Cr, Token::Lf];
        for &token in FIRST.iter().take(usize::from(self.first)) {
            self.second_pass(token);
        }
        self.first = 0;
        const SECOND: [Token; 2] = [Token::Quote, Token::Lf];
        for &token in SECOND.iter().take(usize::from(self.second)) {
            self.counter.push(token);
        }
        self.second = 0;
    }

    /// `"\r\n"` → `\n`.
    #[inline]
    fn first_pass(&mut self, token: Token) {
        match (self.first, token) {
            (0, Token::Quote) => self.first = 1,
            (0, _) => self.second_pass(token),
            (1, Token::Cr) => self.first = 2,
            (2, Token::Lf) => self.first = 3,
            (3, Token::Quote) => {
                self.first = 0;
                self.second_pass(Token::Lf);
            }
            // A mismatch: the pending tokens were text; the new one may start a match.
            (pending, _) => {
                const PENDING: [Token; 3] = [Token::Quote, Token::Cr, Token::Lf];
                for &pending in PENDING.iter().take(usize::from(pending)) {
                    self.second_pass(pending);
                }
                if token == Token::Quote {
                    self.first = 1;
                } else {
                    self.first = 0;
                    self.second_pass(token);
                }
            }
        }
    }

    /// `"\n"` → `\n`, over the first pass's output.
    #[inline]
    fn second_pass(&mut self, token: Token) {
        match (self.second, token) {
            (0, Token::Quote) => self.second = 1,
            (0, _) => self.counter.push(token),
            (1, Token::Lf) => self.second = 2,
            (2, Token::Quote) => {
                self.second = 0;
                self.counter.push(Token::Lf);
            }
            (pending, _) => {
                const PENDING: [Token; 2] = [Token::Quote, Token::Lf];
                for &pending in PENDING.iter().take(usize::from(pending)) {
                    self.counter.push(pending);
                }
                if token == Token::Quote {
                    self.second = 1;
                } else {
                    self.second = 0;
                    self.counter.push(token);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition: decode lossily, unwrap as `unwrap_line_quotes` does, split.
    fn reference(bytes: &[u8], unwrap: bool) -> u64 {
        let text = String::from_utf8_lossy(bytes);
        let text = if unwrap {
            text.replace("\"\r\n\"", "\n").replace("\"\n\"", "\n")
        } else {
            text.into_owned()
        };
        text.split_whitespace().count() as u64
    }

    fn both(bytes: &[u8]) -> (u64, u64) {
        (count_words(bytes, false), count_words(bytes, true))
    }

    #[test]
    fn plain_cases() {
        assert_eq!(both(b""), (0, 0));
        assert_eq!(both(b"   "), (0, 0));
        assert_eq!(both(b" \t\n\r\x0B\x0C"), (0, 0));
        assert_eq!(both(b"one"), (1, 1));
        assert_eq!(both(b"one two  three "), (3, 3));
        assert_eq!(both(b"a\tb\nc\rd\x0Be\x0Cf g"), (7, 7));
        // Other control characters are not whitespace.
        assert_eq!(both(b"a\x1Cb\x1Fc\x00d"), (1, 1));
    }

    #[test]
    fn non_ascii_whitespace_separates() {
        for space in [
            "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{2028}",
        ] {
            let text = format!("a{space}b{space}");
            assert_eq!(both(text.as_bytes()), (2, 2), "{space:?}");
        }
        for space in ["\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"] {
            let text = format!("{space}caf\u{E9}{space}{space}na\u{EF}ve");
            assert_eq!(both(text.as_bytes()), (2, 2), "{space:?}");
        }
        // Neighbours of whitespace characters that are not whitespace.
        for other in [
            "\u{200B}", "\u{2027}", "\u{202A}", "\u{2060}", "\u{3001}", "\u{A1}",
        ] {
            let text = format!("a{other}b c");
            assert_eq!(both(text.as_bytes()), (2, 2), "{other:?}");
        }
    }

    /// Every character, alone and between words, against `char::is_whitespace`: the
    /// byte-level whitespace table is complete for this Unicode version.
    #[test]
    fn every_character_is_classified_as_std_does() {
        let mut buffer = [0u8; 6];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut text = Vec::with_capacity(8);
            text.push(b'x');
            text.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
            text.push(b'y');
            let expected = if c.is_whitespace() { 2 } else { 1 };
            assert_eq!(count_words(&text, false), expected, "{c:?}");
            assert_eq!(
                count_words(&text[1..text.len() - 1], false),
                2 - expected,
                "{c:?}"
            );
        }
    }

    #[test]
    fn invalid_utf8() {
        assert_eq!(both(b"a\xFFb"), (1, 1));
        assert_eq!(both(b"a \xFF b"), (3, 3));
        assert_eq!(both(b"\xFF\xFE"), (1, 1));
        // Truncated whitespace characters are U+FFFD, not whitespace.
        assert_eq!(both(b"a\xE3\x80"), (1, 1));
        assert_eq!(both(b"a \xE3\x80"), (2, 2));
        assert_eq!(both(b"a \xC2"), (2, 2));
        assert_eq!(both(b"a\xE2\x80 b"), (2, 2));
        // A stray byte before a whitespace character does not swallow it.
        assert_eq!(both(b"a\xE2\xC2\xA0b"), (2, 2));
        assert_eq!(both(b"a\xF0\x90\xE3\x80\x80b"), (2, 2));
        // Nor after it.
        assert_eq!(both(b"a\xC2\xA0\xA0b"), (2, 2));
        assert_eq!(both(b"a \xC2\xA0\x80"), (2, 2));
        // Surrogates and overlong forms of whitespace are invalid.
        assert_eq!(both(b"a\xE0\x80\xA0b"), (1, 1));
        assert_eq!(both(b"a\xC0\xA0b"), (1, 1));
        assert_eq!(both(b"a\xED\xA0\x80 b"), (2, 2));
    }

    #[test]
    fn unwrapping() {
        let cases: [(&[u8], u64, u64); 14] = [
            (b"a\"\n\"b", 2, 2),
            (b"x \"\n\" y", 4, 2),
            (b"\"\n\"", 2, 0),
            (b"\"\r\n\"", 2, 0),
            (b"\"\r\n\"start", 2, 1),
            (b"end\"\r\n\"", 2, 1),
            (b"\"\"\r\n\"\"", 2, 0),
            (b"a\"\"\r\n\"\"b", 2, 2),
            (b" \"\"\r\n\"\" ", 2, 0),
            // The first pass's matches do not overlap: the middle `\r\n` stays.
            (b"\"\r\n\"\r\n\"\r\n\"", 4, 0),
            (b"\"\r\n\"\"\r\n\"", 3, 0),
            // Nor do the second pass's: the last quote stays.
            (b"\"\n\"\n\"", 3, 1),
            (b"First line.\"\n\"\"\n\"Second\"\n\"last", 5, 4),
            // Near misses.
            (b"\"\r\"\n \"\r\r\n\"", 4, 4),
        ];
        for (bytes, plain, unwrapped) in cases {
            assert_eq!(
                both(bytes),
                (plain, unwrapped),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
            assert_eq!(reference(bytes, false), plain);
            assert_eq!(reference(bytes, true), unwrapped);
        }
    }

    /// Every awkward piece at every offset around the first two block boundaries, among
    /// words and among spaces.
    #[test]
    fn pieces_across_block_boundaries() {
        let pieces: [&[u8]; 16] = [
            b"word",
            b" ",
            b"\xC2\xA0",
            b"\xE3\x80\x80",
            b"\xE2\x80\xA8",
            b"\xE2\x80\x99",
            b"\xC3\xA9",
            b"\xE3\x80",
            b"\xFF",
            b"\"\n\"",
            b"\"\r\n\"",
            b"\"\"\r\n\"\"",
            b"\"",
            b"\"\r",
            b"\r\n\"",
            b"\n\"",
        ];
        for filler in [b'a', b' '] {
            for piece in pieces {
                for offset in BLOCK - 8..2 * BLOCK + 2 {
                    for after in [b'a', b' ', b'"'] {
                        let mut text = vec![filler; offset];
                        text.extend_from_slice(piece);
                        text.extend(std::iter::repeat_n(after, BLOCK + 3));
                        for unwrap in [false, true] {
                            assert_eq!(
                                count_words(&text, unwrap),
                                reference(&text, unwrap),
                                "{:?} at {offset} {unwrap}",
                                String::from_utf8_lossy(piece)
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn words_spanning_and_spaces_at_block_boundaries() {
        // Six-byte words: some span the boundaries.
        let text = "abcde ".repeat(100);
        assert_eq!(both(text.as_bytes()), (100, 100));
        for len in 0..3 * BLOCK {
            let word = vec![b'w'; len];
            assert_eq!(both(&word), (u64::from(len > 0), u64::from(len > 0)));
            let mut spaced = vec![b' '; len];
            spaced.extend_from_slice(b"x");
            assert_eq!(both(&spaced), (1, 1));
            let mut ended = vec![b'x'; len];
            ended.extend_from_slice(b" y");
            assert_eq!(
                both(&ended),
                (1 + u64::from(len > 0), 1 + u64::from(len > 0))
            );
        }
        // Whitespace exactly at the last and first byte of blocks.
        let mut text = vec![b'a'; 4 * BLOCK];
        for i in [BLOCK - 1, BLOCK, 3 * BLOCK - 1, 3 * BLOCK] {
            text[i] = b'\x0B';
        }
        assert_eq!(both(&text), (3, 3));
    }

    /// Text takes the fast path throughout unless a non-ASCII whitespace character spans
    /// two blocks or, when unwrapping, there are line quotes.
    #[test]
    fn plain_text_takes_the_fast_path() {
        // One line per block, so that no block ends with a quote.
        let mut line =
            "Bonjour, \"quoted\" caf\u{E9} \u{2019}s \u{4E2D}\u{6587}\r\nnext\u{A0}!\u{3000}end\tline"
                .to_owned();
        while line.len() < BLOCK - 1 {
            line.push('z');
        }
        line.push(' ');
        let text = line.repeat(40);
        for unwrap in [false, true] {
            assert_eq!(
                count_with_fast_bytes(text.as_bytes(), unwrap),
                (9 * 40, text.len())
            );
        }
        // Line quotes are only looked at when unwrapping.
        let lines = "line\"\n\"".repeat(100);
        assert_eq!(
            count_with_fast_bytes(lines.as_bytes(), false),
            (101, lines.len())
        );
        assert_eq!(count_with_fast_bytes(lines.as_bytes(), true), (100, 0));
    }

    /// Bytes that matter, some more than once to weigh them: whitespace, quotes, a letter,
    /// and the bytes of é and of the non-ASCII whitespace characters.
    const INTERESTING: &[u8] =
        b" \t\n\r\x0B\x0C\"a \n\r\"a \"a\xC3\xA9\xC2\x85\xA0\xE1\x9A\xE2\x80\x80\x81\x9F\xA8\xE3";

    fn interesting_byte() -> impl Strategy<Value = u8> {
        prop_oneof![
            8 => proptest::sample::select(INTERESTING),
            1 => 0x80u8..=0xFF,
            1 => any::<u8>(),
        ]
    }

    /// Mostly plain words and spaces, so that whole blocks take the fast path, with awkward
    /// pieces between them.
    const PIECES: &[&[u8]] = &[
        b"a",
        b"word",
        b"abcdefghi",
        b" ",
        b" ",
        b"  ",
        b"\n",
        b"\r\n",
        b"a",
        b"word",
        b" ",
        b"\"\n\"",
        b"\"\r\n\"",
        b"\"",
        b"\"\"",
        b"\xC2\xA0",
        b"\xE3\x80\x80",
        b"\xE2\x80\xA8",
        b"\xE2\x80\x99",
        b"\xC3\xA9",
        b"\xE2\x80",
        b"\xFF",
    ];

    fn piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            8 => proptest::sample::select(PIECES).prop_map(<[u8]>::to_vec),
            1 => proptest::collection::vec(interesting_byte(), 1..4),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn matches_the_reference(bytes in proptest::collection::vec(interesting_byte(), 0..200)) {
            for unwrap in [false, true] {
                prop_assert_eq!(count_words(&bytes, unwrap), reference(&bytes, unwrap));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn matches_the_reference_on_long_texts(
            pieces in proptest::collection::vec(piece(), 0..400),
        ) {
            let bytes = pieces.concat();
            for unwrap in [false, true] {
                prop_assert_eq!(count_words(&bytes, unwrap), reference(&bytes, unwrap));
            }
        }
    }
}
