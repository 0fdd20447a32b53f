//! UTF-16 export files, read as UTF-8. A 2022 export holds two UTF-16LE, tab-separated
//! files; read byte by byte as UTF-8 CSV, each character carries a NUL, every row looks
//! undated and the last NUL counts as a record. [`Decoded`] detects UTF-16 by its byte order
//! mark (or, without one, by the NUL of every other byte of an ASCII start), decodes it to
//! UTF-8 on the fly, and turns tab-separated lines into quoted CSV fields; any other input
//! passes through untouched.

use std::io::{self, Read};

/// Input bytes decoded at a time.
const CHUNK: usize = 64 << 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// A reader that yields UTF-8 whatever the file's encoding (see the module docs).
pub struct Decoded<'a> {
    inner: &'a mut dyn Read,
    encoding: Option<Encoding>,
    /// Raw bytes read but not yet decoded (a sniffed start, an odd byte, a lone surrogate).
    raw: Vec<u8>,
    /// Decoded bytes not yet handed out, from `out_pos`.
    out: Vec<u8>,
    out_pos: usize,
    /// Tab-separated: `None` until the first line decides.
    tabs: Option<bool>,
    /// Inside a field opened with a quote (tab-separated mode).
    in_field: bool,
    eof: bool,
}

impl<'a> Decoded<'a> {
    pub fn new(inner: &'a mut dyn Read) -> Self {
        Decoded {
            inner,
            encoding: None,
            raw: Vec::new(),
            out: Vec::new(),
            out_pos: 0,
            tabs: None,
            in_field: false,
            eof: false,
        }
    }

    /// The encoding found (known after the first read).
    pub fn encoding(&self) -> Option<Encoding> {
        self.encoding
    }

    /// Reads into `raw` until it holds `want` bytes or the input ends.
    fn fill_raw(&mut self, want: usize) -> io::Result<()> {
        let mut buf = [0u8; 4096];
        while self.raw.len() < want && !self.eof {
            let room = (want - self.raw.len()).min(buf.len());
            match self.inner.read(buf.get_mut(..room).unwrap_or_default()) {
                Ok(0) => self.eof = true,
                Ok(n) => self.raw.extend_from_slice(buf.get(..n).unwrap_or_default()),
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        Ok(())
    }

    fn sniff(&mut self) -> io::Result<Encoding> {
        self.fill_raw(4)?;
        let encoding = match self.raw.as_slice() {
            [0xFF, 0xFE, ..] => {
                self.raw.drain(..2);
                Encoding::Utf16Le
            }
            [0xFE, 0xFF, ..] => {
                self.raw.drain(..2);
                Encoding::Utf16Be
            }
            // No BOM: an ASCII character, then NUL, twice (`D\0a\0`).
            [a, 0, b, 0] if a.is_ascii_graphic() && b.is_ascii() && *b != 0 => Encoding::Utf16Le,
            [0, a, 0, b] if a.is_ascii_graphic() && b.is_ascii() && *b != 0 => Encoding::Utf16Be,
            _ => Encoding::Utf8,
        };
        Ok(encoding)
    }

    /// Decodes the next chunk of UTF-16 into `out`; false at the end.
    fn decode_chunk(&mut self, encoding: Encoding) -> io::Result<bool> {
        let want = self.raw.len() + CHUNK;
        self.fill_raw(want)?;
        if self.raw.is_empty() {
            return Ok(false);
        }
        let mut units: Vec<u16> = self
            .raw
            .chunks_exact(2)
            .map(|pair| {
                let pair = [pair[0], pair[1]];
                match encoding {
                    Encoding::Utf16Be => u16::from_be_bytes(pair),
                    _ => u16::from_le_bytes(pair),
                }
            })
            .collect();
        let mut consumed = units.len() * 2;
        // A high surrogate at the end waits for its pair, unless the input is over.
        if !self.eof && units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
            units.pop();
            consumed -= 2;
        }
        if self.eof && !self.raw.len().is_multiple_of(2) {
            // A lone last byte: not a character.
            consumed += 1;
            units.push(0xFFFD);
        }
        self.raw.drain(..consumed);
        self.out.clear();
        self.out_pos = 0;
        let mut text = String::with_capacity(units.len());
        for c in char::decode_utf16(units) {
            text.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        if self.tabs.is_none() {
            let first_line = text.split('\n').next().unwrap_or("");
            self.tabs = Some(first_line.contains('\t') && !first_line.contains(','));
        }
        if self.tabs == Some(true) {
            self.tabs_to_csv(&text);
        } else {
            self.out.extend_from_slice(text.as_bytes());
        }
        if self.eof && self.raw.is_empty() && self.in_field {
            self.out.push(b'"');
            self.in_field = false;
        }
        Ok(!self.out.is_empty() || !self.raw.is_empty() || !self.eof)
    }

    /// Tab-separated text as CSV: every field quoted, quotes doubled, CR dropped.
    fn tabs_to_csv(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\r' => {}
                '\n' => {
                    if self.in_field {
                        self.out.push(b'"');
                        self.in_field = false;
                    }
                    self.out.push(b'\n');
                }
                _ => {
                    if !self.in_field {
                        self.out.push(b'"');
                        self.in_field = true;
                    }
                    match c {
                        '\t' => self.out.extend_from_slice(b"\",\""),
                        '"' => self.out.extend_from_slice(b"\"\""),
                        '\0' => {}
                        c => {
                            let mut utf8 = [0u8; 4];
                            self.out
                                .extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
                        }
                    }
                }
            }
        }
    }
}

impl Read for Decoded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let encoding = match self.encoding {
            Some(encoding) => encoding,
            None => {
                let encoding = self.sniff()?;
                self.encoding = Some(encoding);
                encoding
            }
        };
        if encoding == Encoding::Utf8 {
            // The sniffed bytes first, then the input itself.
            if !self.raw.is_empty() {
                let n = self.raw.len().min(buf.len());
                buf.get_mut(..n)
                    .unwrap_or_default()
                    .copy_from_slice(self.raw.get(..n).unwrap_or_default());
                self.raw.drain(..n);
                return Ok(n);
            }
            if self.eof {
                return Ok(0);
            }
            return self.inner.read(buf);
        }
        while self.out_pos >= self.out.len() {
            if !self.decode_chunk(encoding)? {
                return Ok(0);
            }
        }
        let available = self.out.get(self.out_pos..).unwrap_or_default();
        let n = available.len().min(buf.len());
        buf.get_mut(..n)
            .unwrap_or_default()
            .copy_from_slice(available.get(..n).unwrap_or_default());
        self.out_pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        for unit in text.encode_utf16() {
            out.extend_from_slice(&unit.to_le_bytes());
        }
        out
    }

    fn decode(bytes: &[u8]) -> (String, Option<Encoding>) {
        let mut input = bytes;
        let mut decoded = Decoded::new(&mut input);
        let mut out = Vec::new();
        decoded.read_to_end(&mut out).expect("read");
        (String::from_utf8(out).expect("UTF-8"), decoded.encoding())
    }

    #[test]
    fn utf8_passes_through() {
        let text = "Date,Link\n2024-01-01,x\n";
        assert_eq!(
            decode(text.as_bytes()),
            (text.to_owned(), Some(Encoding::Utf8))
        );
        assert_eq!(decode(b"ab"), ("ab".to_owned(), Some(Encoding::Utf8)));
        assert_eq!(decode(b""), (String::new(), Some(Encoding::Utf8)));
    }

    #[test]
    fn utf16_csv_is_decoded_without_a_trailing_nul() {
        let text = "Date,Name\r\n2022-01-01,Zoë 😀\r\n";
        assert_eq!(
            decode(&utf16le(text, true)),
            (text.to_owned(), Some(Encoding::Utf16Le))
        );
        assert_eq!(decode(&utf16le(text, false)).0, text);
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&be), (text.to_owned(), Some(Encoding::Utf16Be)));
    }

    #[test]
    fn utf16_tab_separated_becomes_quoted_csv() {
        let text = "Date\tStatus\tNote\r\n2022-01-01\tOK\tsaid \"hi\", then\r\n\r\n2022-02-01\tOK";
        assert_eq!(
            decode(&utf16le(text, true)).0,
            "\"Date\",\"Status\",\"Note\"\n\"2022-01-01\",\"OK\",\"said \"\"hi\"\", then\"\n\n\"2022-02-01\",\"OK\""
        );
    }

    #[test]
    fn a_surrogate_pair_split_across_chunks_and_odd_bytes_survive() {
        let mut text = "a".repeat(CHUNK / 2);
        text.push('😀');
        let (decoded, _) = decode(&utf16le(&text, true));
        assert_eq!(decoded, text);
        let mut odd = utf16le("Name\n", true);
        odd.push(0x41);
        assert_eq!(decode(&odd).0, "Name\n\u{FFFD}");
    }
}
