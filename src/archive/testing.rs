//! Builders shared by the archive tests: zips in memory, hand-made deflate streams,
//! header patching.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

pub(super) use super::detect::EOCD_LEN;
pub(super) use super::{ArchiveLimits, EntryError, Input, InputError, InputKind, ReadBudget};

pub(super) fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

pub(super) fn stored() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Stored)
}

/// A zip in memory; names ending in `/` become directory entries.
pub(super) fn zip_bytes(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        if name.ends_with('/') {
            writer.add_directory(*name, deflated()).unwrap();
        } else {
            writer.start_file(*name, deflated()).unwrap();
            writer.write_all(data).unwrap();
        }
    }
    writer.finish().unwrap().into_inner()
}

pub(super) fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub(super) fn budget() -> Arc<ReadBudget> {
    ReadBudget::new(ArchiveLimits::default())
}

pub(super) fn open(path: &Path) -> Input {
    Input::open_path(path, budget()).unwrap()
}

pub(super) fn paths(input: &Input) -> Vec<&str> {
    input.entries().iter().map(|e| e.path.as_str()).collect()
}

pub(super) fn read_all(input: &Input, index: usize) -> Result<Vec<u8>, EntryError> {
    input.read_entry(index, |r| {
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok(out)
    })
}

/// Calls `patch` on every local (false) and central (true) header of entry `name`, the
/// slice starting at the header's signature.
pub(super) fn patch_headers(zip: &mut [u8], name: &[u8], patch: impl Fn(&mut [u8], bool)) {
    let mut found = 0;
    for at in 0..zip.len().saturating_sub(4) {
        let (central, name_at) = match &zip[at..at + 4] {
            b"PK\x03\x04" => (false, at + 30),
            b"PK\x01\x02" => (true, at + 46),
            _ => continue,
        };
        let len_at = if central { at + 28 } else { at + 26 };
        let name_len = usize::from(u16::from_le_bytes([zip[len_at], zip[len_at + 1]]));
        if zip.get(name_at..name_at + name_len) == Some(name) {
            patch(&mut zip[at..], central);
            found += 1;
        }
    }
    assert_eq!(found, 2, "local and central header of {name:?}");
}

pub(super) fn input_error(path: &Path) -> InputError {
    Input::open_path(path, budget()).unwrap_err()
}

/// Offsets of the central directory and of the end record of a zip without comment.
pub(super) fn directory(zip: &[u8]) -> (usize, usize) {
    let eocd = zip.len() - EOCD_LEN;
    let cd = u32::from_le_bytes(zip[eocd + 16..eocd + 20].try_into().unwrap());
    (cd as usize, eocd)
}

/// Deflate bits, least significant first; Huffman codes are given most significant first.
#[derive(Default)]
pub(super) struct Bits {
    out: Vec<u8>,
    used: u32,
}

impl Bits {
    fn value(&mut self, value: u32, count: u32) {
        for i in 0..count {
            if self.used.is_multiple_of(8) {
                self.out.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            *self.out.last_mut().unwrap() |= bit << (self.used % 8);
            self.used += 1;
        }
    }

    fn code(&mut self, code: &str) {
        for c in code.chars() {
            self.value(u32::from(c == '1'), 1);
        }
    }
}

/// One dynamic-Huffman deflate block of `1 + 258 × matches` zeros: a literal 0, then
/// (length 258, distance 1) pairs of two bits each, about 1032× — deflate's maximum.
/// Built by hand because compressing 50 MB in a debug build takes seconds.
pub(super) fn deflated_zeros(matches: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.value(1, 1); // final block
    bits.value(2, 2); // dynamic Huffman
    bits.value(29, 5); // 286 literal/length codes
    bits.value(0, 5); // 1 distance code
    bits.value(14, 4); // 18 code-length codes
    // Code-length code lengths in the format's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
    // symbol 18 (zero run) gets 1 bit, symbols 1 and 2 get 2 bits.
    for length in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        bits.value(length, 3);
    }
    // Canonical codes: 18 → 0, 1 → 10, 2 → 11. Literal 0 and end-of-block get 2 bits,
    // length 258 (symbol 285) 1 bit, the single distance code 1 bit.
    let zero_run = |bits: &mut Bits, run: u32| {
        bits.code("0");
        bits.value(run - 11, 7);
    };
    bits.code("11"); // literal 0: 2
    zero_run(&mut bits, 138); // literals 1..=138
    zero_run(&mut bits, 117); // literals 139..=255
    bits.code("11"); // end of block: 2
    zero_run(&mut bits, 28); // lengths 257..=284 unused
    bits.code("10"); // symbol 285: 1
    bits.code("10"); // distance 1: 1
    // Canonical data codes: 285 → 0, literal 0 → 10, end of block → 11; distance → 0.
    bits.code("10");
    for _ in 0..matches {
        bits.code("00");
    }
    bits.code("11");
    bits.out
}

pub(super) fn crc32(mut crc: u32, data: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    crc = !crc;
    for &b in data {
        crc = table[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// A one-entry zip around already deflated data.
pub(super) fn zip_around(name: &str, deflated: &[u8], size: u64, crc: u32) -> Vec<u8> {
    let name = name.as_bytes();
    let fields = |out: &mut Vec<u8>| {
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&8u16.to_le_bytes()); // deflate
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&0x21u16.to_le_bytes()); // 1980-01-01
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&(deflated.len() as u32).to_le_bytes());
        out.extend_from_slice(&(size as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra length
    };
    let mut out = b"PK\x03\x04".to_vec();
    fields(&mut out);
    out.extend_from_slice(name);
    out.extend_from_slice(deflated);
    let cd_offset = out.len() as u32;
    out.extend_from_slice(b"PK\x01\x02");
    out.extend_from_slice(&20u16.to_le_bytes()); // made by
    fields(&mut out);
    out.extend_from_slice(&[0; 12]); // comment length, disk, attributes, …
    out.extend_from_slice(&0u32.to_le_bytes()); // … local header offset
    out.extend_from_slice(name);
    let cd_size = out.len() as u32 - cd_offset;
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}
