//! Hostile and broken inputs through the binary: every case builds its input here,
//! runs the tool under measurement (`support::resources`), and asserts the exit code, the
//! message, and that the run stayed under 200 MB and 10 s. Zip bombs and huge CSV files are
//! hand-made deflate streams, so a 10 GB file costs the test a few MB, never 10 GB.
#![cfg(target_os = "linux")]

use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::support::report::{file_entry, warnings};
use crate::support::resources::{Measured, run_measured};
use crate::support::sample_export::{SampleFile, complete_files, zip_bytes};

// ---------------------------------------------------------------------------------------------
// Running the tool

/// A scratch folder that is also the tool's working folder (the default HTML report and any
/// stray write would land here, never in the source tree).
struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        fs::write(&path, bytes).expect("write input");
        path
    }

    /// Runs the tool on `args` (no HTML unless the args ask), asserting the resource bounds.
    fn run(&self, what: &str, args: &[&std::ffi::OsStr]) -> Measured {
        let measured = run_measured(self.dir.path(), args);
        measured.assert_bounded(what);
        measured
    }

    /// Runs on one input with `--json -` and extra flags; returns the run and the JSON (if any).
    fn json(&self, what: &str, input: &Path, extra: &[&str]) -> (Measured, Option<Value>) {
        let mut args: Vec<&std::ffi::OsStr> = vec![input.as_os_str()];
        args.extend(
            ["--json", "-", "--no-html", "--quiet"]
                .iter()
                .chain(extra)
                .map(std::ffi::OsStr::new),
        );
        let measured = self.run(what, &args);
        let json = serde_json::from_str(&measured.stdout).ok();
        (measured, json)
    }

    /// Runs on one input with the table (no HTML); returns the run.
    fn table(&self, what: &str, input: &Path, extra: &[&str]) -> Measured {
        let mut args: Vec<&std::ffi::OsStr> = vec![input.as_os_str()];
        args.extend(
            ["--no-html", "--quiet", "--width", "120"]
                .iter()
                .chain(extra)
                .map(std::ffi::OsStr::new),
        );
        self.run(what, &args)
    }

    /// Names of the files in the scratch folder, sorted (to find leftovers).
    fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(self.dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// Asserts an exit-2 run printed exactly `expected` as its one stderr line.
fn assert_fails_with(run: &Measured, expected: &str) {
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_eq!(run.stderr, format!("linkedin-exposure: {expected}\n"));
    assert_eq!(run.stdout, "");
}

/// (path, reason) of every problem in the JSON report.
fn problems(json: &Value) -> Vec<(String, String)> {
    json["problems"]
        .as_array()
        .expect("problems array")
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap_or_default().to_owned(),
                p["reason"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn file_paths(json: &Value) -> Vec<String> {
    let mut paths: Vec<String> = json["files"]
        .as_array()
        .expect("files array")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_owned())
        .collect();
    paths.sort();
    paths
}

fn category_records(json: &Value, id: &str) -> Option<u64> {
    json["categories"]
        .as_array()?
        .iter()
        .find(|c| c["id"] == id)?
        .get("records")?
        .as_u64()
}

// ---------------------------------------------------------------------------------------------
// Building zips

fn sample_zip() -> Vec<u8> {
    zip_bytes(&complete_files())
}

/// A few real export files (Profile, Skills, Shares) plus `extra` entries, deflated.
fn small_export(extra: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let base: Vec<SampleFile> = complete_files()
        .into_iter()
        .filter(|f| ["Profile.csv", "Skills.csv"].contains(&f.path))
        .collect();
    for file in &base {
        writer.start_file(file.path, options).expect("entry");
        writer.write_all(&file.content).expect("data");
    }
    for (name, data) in extra {
        writer.start_file(*name, options).expect("entry");
        writer.write_all(data).expect("data");
    }
    writer.finish().expect("finish").into_inner()
}

/// Calls `patch` on the local (false) and central (true) header of the entry named `name`,
/// with the slice starting at the header's signature.
fn patch_headers(zip: &mut [u8], name: &[u8], patch: impl Fn(&mut [u8], bool)) {
    let mut found = 0;
    for at in 0..zip.len().saturating_sub(46) {
        let (central, name_at, len_at) = match &zip[at..at + 4] {
            b"PK\x03\x04" => (false, at + 30, at + 26),
            b"PK\x01\x02" => (true, at + 46, at + 28),
            _ => continue,
        };
        let name_len = usize::from(u16::from_le_bytes([zip[len_at], zip[len_at + 1]]));
        if zip.get(name_at..name_at + name_len) == Some(name) {
            patch(&mut zip[at..], central);
            found += 1;
        }
    }
    assert_eq!(found, 2, "local and central header of {name:?}");
}

/// Deflate bits, least significant first, through a 64-bit accumulator (fast enough in a
/// debug build for tens of millions of codes).
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    used: u32,
}

impl Bits {
    fn put(&mut self, value: u64, count: u32) {
        self.acc |= value << self.used;
        self.used += count;
        while self.used >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.used -= 8;
        }
    }

    fn align(&mut self) {
        if self.used > 0 {
            self.put(0, 8 - self.used);
        }
    }

    /// A stored block (at most 65,535 bytes).
    fn stored(&mut self, bytes: &[u8], last: bool) {
        let len = u16::try_from(bytes.len()).expect("stored block fits");
        self.put(u64::from(last), 1);
        self.put(0, 2);
        self.align();
        self.out.extend_from_slice(&len.to_le_bytes());
        self.out.extend_from_slice(&(!len).to_le_bytes());
        self.out.extend_from_slice(bytes);
    }

    fn finish(mut self) -> Vec<u8> {
        self.align();
        self.out
    }
}

/// Distance code, extra-bit count and extra value for a match distance (RFC 1951 §3.2.5).
fn distance_code(distance: u64) -> (u64, u32, u64) {
    let mut base = 1u64;
    for code in 0..30u64 {
        let extra = if code < 4 { 0 } else { (code / 2 - 1) as u32 };
        if distance < base + (1 << extra) {
            return (code, extra, distance - base);
        }
        base += 1 << extra;
    }
    panic!("distance {distance} too large")
}

/// One dynamic-Huffman block made only of `matches` copies of (length 258, `distance`): it
/// repeats the last `distance` bytes, 258 at a time, at up to 1,032 times per compressed
/// byte. The literal/length tree holds end-of-block and length 258 (one bit each), the
/// distance tree the one code used.
fn repeat_block(bits: &mut Bits, distance: u64, matches: u64, last: bool) {
    let (dcode, extra_bits, extra) = distance_code(distance);
    bits.put(u64::from(last), 1);
    bits.put(2, 2); // dynamic Huffman
    bits.put(29, 5); // 286 literal/length codes
    bits.put(dcode, 5); // dcode + 1 distance codes
    bits.put(14, 4); // 18 code-length codes
    // Code-length codes in the format's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
    // 0, 1, 17 and 18 get two bits each (canonical codes 00, 01, 10, 11).
    for length in [0, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] {
        bits.put(length, 3);
    }
    // Huffman codes go most significant bit first; these are two bits long.
    let code = |bits: &mut Bits, code: u64| bits.put(((code & 1) << 1) | (code >> 1), 2);
    let zeros = |bits: &mut Bits, mut run: u64| {
        while run > 0 {
            if run >= 11 {
                let n = run.min(138);
                code(bits, 0b11);
                bits.put(n - 11, 7);
                run -= n;
            } else if run >= 3 {
                code(bits, 0b10);
                bits.put(run - 3, 3);
                run = 0;
            } else {
                code(bits, 0b00);
                run -= 1;
            }
        }
    };
    zeros(bits, 256); // literals: none
    code(bits, 0b01); // end of block: 1 bit
    zeros(bits, 28); // lengths 257..=284
    code(bits, 0b01); // length 258: 1 bit
    zeros(bits, dcode);
    code(bits, 0b01); // the distance code: 1 bit
    // Canonical: end of block → 0, length 258 → 1; the distance code → 0.
    let one_match = 1 | (extra << 2);
    for _ in 0..matches {
        bits.put(one_match, 2 + extra_bits);
    }
    bits.put(0, 1);
}

/// CRC-32 of small data, bit by bit (large repeated data goes through `crc32_combine`).
fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut crc = !crc;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xEDB8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `crc32(a ‖ b)` from `crc32(a)`, `crc32(b)` and `b`'s length (zlib's `crc32_combine`), so
/// the CRC of gigabytes of repeated bytes costs microseconds.
fn crc32_combine(crc1: u32, crc2: u32, mut len2: u64) -> u32 {
    fn times(matrix: &[u32; 32], mut vector: u32) -> u32 {
        let mut sum = 0;
        let mut i = 0;
        while vector != 0 {
            if vector & 1 == 1 {
                sum ^= matrix[i];
            }
            vector >>= 1;
            i += 1;
        }
        sum
    }
    fn square(matrix: &[u32; 32]) -> [u32; 32] {
        let mut out = [0; 32];
        for (n, row) in out.iter_mut().enumerate() {
            *row = times(matrix, matrix[n]);
        }
        out
    }
    if len2 == 0 {
        return crc1;
    }
    // The operator for one zero bit, then two, then four.
    let mut odd = [0u32; 32];
    odd[0] = 0xEDB8_8320;
    for (n, row) in odd.iter_mut().enumerate().skip(1) {
        *row = 1 << (n - 1);
    }
    let mut even = square(&odd);
    odd = square(&even);
    let mut crc = crc1;
    loop {
        even = square(&odd);
        if len2 & 1 == 1 {
            crc = times(&even, crc);
        }
        len2 >>= 1;
        if len2 == 0 {
            break;
        }
        odd = square(&even);
        if len2 & 1 == 1 {
            crc = times(&odd, crc);
        }
        len2 >>= 1;
        if len2 == 0 {
            break;
        }
    }
    crc ^ crc2
}

/// `head`, then `head`'s last `period` bytes repeated for `258 × matches` more bytes (a whole
/// number of periods), then `tail`: the content of a huge entry, described rather than held.
struct Repeating<'a> {
    head: &'a [u8],
    period: u64,
    matches: u64,
    tail: &'a [u8],
}

impl Repeating<'_> {
    fn size(&self) -> u64 {
        self.head.len() as u64 + 258 * self.matches + self.tail.len() as u64
    }

    fn crc(&self) -> u32 {
        let repeats = 258 * self.matches / self.period;
        assert_eq!(repeats * self.period, 258 * self.matches, "whole periods");
        let unit = &self.head[self.head.len() - self.period as usize..];
        // Doubling: the CRC of 2^k units from that of 2^(k-1).
        let (mut crc, mut power_crc, mut power_len, mut n) =
            (0u32, crc32(0, unit), self.period, repeats);
        while n > 0 {
            if n & 1 == 1 {
                crc = crc32_combine(crc, power_crc, power_len);
            }
            power_crc = crc32_combine(power_crc, power_crc, power_len);
            power_len *= 2;
            n >>= 1;
        }
        let crc = crc32_combine(crc32(0, self.head), crc, 258 * self.matches);
        crc32_combine(crc, crc32(0, self.tail), self.tail.len() as u64)
    }

    /// Deflate data: `head` stored, the repetition as copies, `tail` stored (head and tail
    /// at most 65,535 bytes each).
    fn deflate(&self) -> Vec<u8> {
        let mut bits = Bits::default();
        bits.stored(self.head, false);
        repeat_block(&mut bits, self.period, self.matches, false);
        bits.stored(self.tail, true);
        bits.finish()
    }

    fn entry(&self, name: &str) -> RawEntry {
        RawEntry::new(name, 8, self.deflate(), self.size(), self.crc())
    }
}

/// One entry of a hand-made zip.
struct RawEntry {
    name: Vec<u8>,
    /// 0 stored, 8 deflate, anything else to test refusals.
    method: u16,
    flags: u16,
    crc: u32,
    /// Compressed bytes (empty with `shares_data_of`).
    data: Vec<u8>,
    /// Uncompressed size as declared (zip64 fields past 4 GiB).
    size: u64,
    /// Point this entry's directory record at an earlier entry's local header (overlap).
    shares_data_of: Option<usize>,
}

impl RawEntry {
    fn new(name: &str, method: u16, data: Vec<u8>, size: u64, crc: u32) -> RawEntry {
        RawEntry {
            name: name.as_bytes().to_vec(),
            method,
            flags: 0,
            crc,
            data,
            size,
            shares_data_of: None,
        }
    }

    fn stored(name: &str, content: &[u8]) -> RawEntry {
        RawEntry::new(
            name,
            0,
            content.to_vec(),
            content.len() as u64,
            crc32(0, content),
        )
    }
}

/// Writes a zip by hand: local headers and data, then the central directory (zip64 size
/// fields when an entry's size needs them), then the end record.
fn raw_zip(entries: &[RawEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    let header = |out: &mut Vec<u8>, entry: &RawEntry, central: Option<u64>| {
        let compressed = entry.data.len() as u64;
        let zip64 = entry.size >= 0xFFFF_FFFF || compressed >= 0xFFFF_FFFF;
        let size32 = |v: u64| if zip64 { u32::MAX } else { v as u32 };
        if central.is_some() {
            out.extend_from_slice(b"PK\x01\x02");
            out.extend_from_slice(&(0x0300u16 | 45).to_le_bytes()); // made by: Unix
        } else {
            out.extend_from_slice(b"PK\x03\x04");
        }
        out.extend_from_slice(&(if zip64 { 45u16 } else { 20 }).to_le_bytes());
        out.extend_from_slice(&entry.flags.to_le_bytes());
        out.extend_from_slice(&entry.method.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // time
        out.extend_from_slice(&0x5B7Cu16.to_le_bytes()); // 2025-11-28
        out.extend_from_slice(&entry.crc.to_le_bytes());
        out.extend_from_slice(&size32(compressed).to_le_bytes());
        out.extend_from_slice(&size32(entry.size).to_le_bytes());
        out.extend_from_slice(&(entry.name.len() as u16).to_le_bytes());
        out.extend_from_slice(&(if zip64 { 20u16 } else { 0 }).to_le_bytes());
        if let Some(offset) = central {
            out.extend_from_slice(&0u16.to_le_bytes()); // comment length
            out.extend_from_slice(&0u16.to_le_bytes()); // disk
            out.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
            out.extend_from_slice(&(0o100_644u32 << 16).to_le_bytes()); // regular file
            out.extend_from_slice(&(offset as u32).to_le_bytes());
        }
        out.extend_from_slice(&entry.name);
        if zip64 {
            out.extend_from_slice(&1u16.to_le_bytes());
            out.extend_from_slice(&16u16.to_le_bytes());
            out.extend_from_slice(&entry.size.to_le_bytes());
            out.extend_from_slice(&compressed.to_le_bytes());
        }
    };
    for entry in entries {
        match entry.shares_data_of {
            Some(index) => offsets.push(offsets[index]),
            None => {
                offsets.push(out.len() as u64);
                header(&mut out, entry, None);
                out.extend_from_slice(&entry.data);
            }
        }
    }
    let cd_start = out.len();
    for (entry, offset) in entries.iter().zip(&offsets) {
        match entry.shares_data_of {
            // The shared entry's sizes, so the directory agrees with the data it points to.
            Some(index) => {
                let source = &entries[index];
                let alias = RawEntry {
                    name: entry.name.clone(),
                    method: source.method,
                    flags: source.flags,
                    crc: source.crc,
                    data: source.data.clone(),
                    size: source.size,
                    shares_data_of: None,
                };
                header(&mut out, &alias, Some(*offset));
            }
            None => header(&mut out, entry, Some(*offset)),
        }
    }
    let cd_size = out.len() - cd_start;
    let count = u16::try_from(entries.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(cd_size as u32).to_le_bytes());
    out.extend_from_slice(&(cd_start as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const SHARES_HEADER: &[u8] = b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n";

// ---------------------------------------------------------------------------------------------
// Not a zip

#[test]
fn an_empty_file_is_refused_with_a_hint() {
    let case = Case::new();
    let input = case.write("Complete_LinkedInDataExport_12-27-2025.zip", b"");
    let run = case.table("empty file", &input, &[]);
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" is empty: download your LinkedIn data export again",
            input.display()
        ),
    );
}

#[test]
fn a_pdf_and_a_text_file_are_not_exports() {
    let case = Case::new();
    for (name, bytes, what) in [
        (
            "export.zip",
            &b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"[..],
            "a PDF",
        ),
        (
            "export.txt",
            b"Thank you for requesting a copy of your LinkedIn data.\n",
            "a text or CSV file",
        ),
    ] {
        let input = case.write(name, bytes);
        let run = case.table(name, &input, &[]);
        assert_fails_with(
            &run,
            &format!(
                "\"{}\" is {what}, not a LinkedIn data export: point to the whole .zip you downloaded or to the folder you extracted it to",
                input.display()
            ),
        );
    }
}

#[test]
fn a_zip_renamed_csv_is_analysed_as_a_zip() {
    let case = Case::new();
    let input = case.write("Connections.csv", &sample_zip());
    let (run, json) = case.json("zip named .csv", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(json["inputs"][0]["kind"], "zip");
    assert_eq!(category_records(&json, "posts"), Some(11));
}

// ---------------------------------------------------------------------------------------------
// Incomplete downloads

#[test]
fn partial_download_names_ask_to_download_again() {
    let case = Case::new();
    let zip = sample_zip();
    for name in [
        "Complete_LinkedInDataExport_12-27-2025.zip.crdownload",
        "Complete_LinkedInDataExport_12-27-2025.zip.part",
    ] {
        let input = case.write(name, &zip);
        let run = case.table(name, &input, &[]);
        assert_fails_with(
            &run,
            &format!(
                "\"{}\" is an incomplete download: download the archive again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data)",
                input.display()
            ),
        );
    }
}

#[test]
fn a_truncated_zip_asks_to_download_again() {
    let case = Case::new();
    let zip = sample_zip();
    for (name, cut) in [
        ("half.zip", zip.len() / 2),
        ("almost.zip", zip.len() - 10),
        ("start.zip", 100),
    ] {
        let input = case.write(name, &zip[..cut]);
        let run = case.table(name, &input, &[]);
        assert_fails_with(
            &run,
            &format!(
                "\"{}\" is an incomplete download: download the archive again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data)",
                input.display()
            ),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Zip damage

#[test]
fn a_missing_central_directory_is_an_incomplete_download() {
    let case = Case::new();
    let zip = sample_zip();
    let cd = zip
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("central directory");
    // Entries intact, the directory and end record gone: what a cut-short download leaves.
    let input = case.write("no-directory.zip", &zip[..cd]);
    let run = case.table("no central directory", &input, &[]);
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" is an incomplete download: download the archive again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data)",
            input.display()
        ),
    );
}

#[test]
fn a_zeroed_central_directory_is_a_damaged_zip() {
    let case = Case::new();
    let mut zip = sample_zip();
    let cd = zip
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("central directory");
    let eocd = zip.len() - 22;
    zip[cd..eocd].fill(0);
    let input = case.write("zeroed.zip", &zip);
    let run = case.table("zeroed central directory", &input, &[]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let prefix = format!(
        "linkedin-exposure: \"{}\" is a damaged zip archive (",
        input.display()
    );
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
    assert!(
        run.stderr.ends_with("): download it again from LinkedIn\n"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1);
}

#[test]
fn a_bad_crc_in_one_entry_leaves_the_rest_analysed() {
    let case = Case::new();
    // Skills.csv stored (not deflated), so one flipped byte is a clean CRC mismatch.
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for file in complete_files() {
        let method = if file.path == "Skills.csv" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(file.path, options).expect("entry");
        writer.write_all(&file.content).expect("data");
    }
    let mut zip = writer.finish().expect("finish").into_inner();
    let skills = complete_files()
        .into_iter()
        .find(|f| f.path == "Skills.csv")
        .expect("Skills.csv")
        .content;
    let at = zip
        .windows(skills.len())
        .position(|w| w == skills.as_slice())
        .expect("stored data");
    zip[at + skills.len() - 3] ^= 0x20;
    let input = case.write("crc.zip", &zip);
    let (run, json) = case.json("bad CRC", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [(
            "Skills.csv".to_owned(),
            "the data is damaged (Invalid checksum); download the archive again".to_owned()
        )]
    );
    // Everything else is counted as usual; the damaged file is not.
    assert_eq!(category_records(&json, "skills"), None);
    assert_eq!(category_records(&json, "posts"), Some(11));
    assert_eq!(category_records(&json, "comments"), Some(10));

    // The table lists it under "Not read".
    let run = case.table("bad CRC, table", &input, &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stdout.contains(&format!(
            "Not read (left out of the figures):\n  Skills.csv: the data is damaged (Invalid checksum); download the archive again ({})\n",
            // The shareable table names the input by its file name, never its folder.
            input.file_name().map(|name| name.to_string_lossy()).unwrap_or_default()
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn an_encrypted_entry_and_an_unsupported_method_are_listed() {
    let case = Case::new();
    let mut zip = small_export(&[
        (
            "Comments.csv",
            b"Date,Link,Message\n2024-01-01 10:00:00,x,hi\n",
        ),
        ("Shares.csv", b"Date,ShareLink,ShareCommentary\n"),
    ]);
    // General purpose bit 0: encrypted.
    patch_headers(&mut zip, b"Comments.csv", |h, central| {
        h[if central { 8 } else { 6 }] |= 1
    });
    // Method 14: LZMA.
    patch_headers(&mut zip, b"Shares.csv", |h, central| {
        h[if central { 10 } else { 8 }] = 14
    });
    let input = case.write("locked.zip", &zip);
    let (run, json) = case.json("encrypted and LZMA entries", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [
            (
                "Comments.csv".to_owned(),
                "encrypted (password-protected); LinkedIn exports are not".to_owned()
            ),
            (
                "Shares.csv".to_owned(),
                "compressed with an unsupported method (Unsupported(14)); only stored and deflate are read"
                    .to_owned()
            ),
        ]
    );
    assert_eq!(category_records(&json, "skills"), Some(13));
}

// ---------------------------------------------------------------------------------------------
// Zip bombs

/// Bytes of zeros as one deflated entry, `MiB` mebibytes uncompressed.
fn zeros_entry(name: &str, mib: u64) -> RawEntry {
    let size = mib << 20;
    // One zero stored, then distance-1 copies, then the remainder stored.
    let matches = (size - 1) / 258;
    let rest = vec![0; (size - 1 - 258 * matches) as usize];
    let zeros = Repeating {
        head: &[0],
        period: 1,
        matches,
        tail: &rest,
    };
    assert_eq!(zeros.size(), size);
    zeros.entry(name)
}

#[test]
fn one_highly_compressed_entry_is_stopped_by_the_ratio() {
    let case = Case::new();
    // 64 MiB of zeros in 64 KB: 1,032 times smaller, past the 1,000 default.
    let bomb = zeros_entry("Shares.csv", 64);
    assert!(bomb.data.len() * 1000 < 64 << 20, "{}", bomb.data.len());
    let zip = raw_zip(&[RawEntry::stored("Skills.csv", b"Name\nRust\nSQL\n"), bomb]);
    let input = case.write("bomb.zip", &zip);
    let (run, json) = case.json("one highly compressed entry", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [(
            "Shares.csv".to_owned(),
            "stopped: it inflates more than 1000× its compressed size, like a zip bomb (raise --max-ratio if the file is genuine)".to_owned()
        )]
    );
    assert_eq!(category_records(&json, "skills"), Some(2));
}

#[test]
fn overlapping_entries_sharing_one_bomb_are_not_read_again() {
    let case = Case::new();
    // One 48 MiB entry of zeros, under the ratio limit thanks to a raised --max-ratio, then 300
    // directory records pointing at the same data: 14 GiB if each were inflated.
    let mut entries = vec![
        RawEntry::stored("Skills.csv", b"Name\nRust\nSQL\n"),
        zeros_entry("Shares.csv", 48),
    ];
    for i in 0..300 {
        let mut alias = RawEntry::stored(&format!("Shares_{i}.csv"), b"");
        alias.shares_data_of = Some(1);
        entries.push(alias);
    }
    let input = case.write("overlap.zip", &raw_zip(&entries));
    let (run, json) = case.json(
        "overlapping entries",
        &input,
        &["--max-ratio", "2000", "--max-entry-bytes", "1GiB"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    let problems = problems(&json);
    assert_eq!(problems.len(), 300, "{:?}", problems.first());
    let unexpected = problems.iter().find(|(path, reason)| {
        !path.starts_with("Shares_")
            || reason != "its data overlaps another entry's, a zip-bomb trick; not read"
    });
    assert_eq!(unexpected, None);
    assert_eq!(category_records(&json, "skills"), Some(2));
}

/// A zip of `count` stored entries named by `name`, each holding `content`.
fn many_entries(count: usize, name: impl Fn(usize) -> String, content: &[u8]) -> Vec<u8> {
    let crc = crc32(0, content);
    let entries: Vec<RawEntry> = (0..count)
        .map(|i| RawEntry::new(&name(i), 0, content.to_vec(), content.len() as u64, crc))
        .collect();
    zip_of_many(&entries)
}

/// [`raw_zip`], with a zip64 end record past 65,535 entries.
fn zip_of_many(entries: &[RawEntry]) -> Vec<u8> {
    let count = entries.len();
    let mut zip = raw_zip(entries);
    // Past 65,535 entries the 16-bit counts saturate: point a zip64 end record at the
    // directory, as zip64 writers do.
    if count > 0xFFFF {
        let eocd = zip.len() - 22;
        let cd_size = u32::from_le_bytes(zip[eocd + 12..eocd + 16].try_into().expect("4"));
        let cd_start = u32::from_le_bytes(zip[eocd + 16..eocd + 20].try_into().expect("4"));
        let mut tail = Vec::new();
        let record_at = eocd as u64;
        tail.extend_from_slice(b"PK\x06\x06");
        tail.extend_from_slice(&44u64.to_le_bytes());
        tail.extend_from_slice(&45u16.to_le_bytes());
        tail.extend_from_slice(&45u16.to_le_bytes());
        tail.extend_from_slice(&0u32.to_le_bytes());
        tail.extend_from_slice(&0u32.to_le_bytes());
        tail.extend_from_slice(&(count as u64).to_le_bytes());
        tail.extend_from_slice(&(count as u64).to_le_bytes());
        tail.extend_from_slice(&u64::from(cd_size).to_le_bytes());
        tail.extend_from_slice(&u64::from(cd_start).to_le_bytes());
        tail.extend_from_slice(b"PK\x06\x07");
        tail.extend_from_slice(&0u32.to_le_bytes());
        tail.extend_from_slice(&record_at.to_le_bytes());
        tail.extend_from_slice(&1u32.to_le_bytes());
        tail.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        tail.extend_from_slice(&u16::MAX.to_le_bytes());
        tail.extend_from_slice(&u16::MAX.to_le_bytes());
        tail.extend_from_slice(&cd_size.to_le_bytes());
        tail.extend_from_slice(&cd_start.to_le_bytes());
        tail.extend_from_slice(&0u16.to_le_bytes());
        zip.truncate(eocd);
        zip.extend_from_slice(&tail);
    }
    zip
}

#[test]
fn more_entries_than_the_limit_are_refused_before_listing() {
    let case = Case::new();
    let zip = many_entries(200_001, |i| format!("f/{i}.txt"), b"x");
    let input = case.write("many.zip", &zip);
    let run = case.table("200,001 entries", &input, &[]);
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" has more than 200,000 entries, far more than a LinkedIn export: check the path, or raise --max-entries if it is genuine",
            input.display()
        ),
    );
}

#[test]
fn two_hundred_thousand_tiny_entries_stay_bounded() {
    let case = Case::new();
    // The default limit allows exactly 200,000; every one a numbered part of a known file,
    // so every one is opened, parsed and counted.
    let zip = many_entries(
        200_000,
        |i| format!("Reactions_{i}.csv"),
        b"Date,Type,Link\n2024-01-01 10:00:00,LIKE,https://www.linkedin.com/feed/update/1\n",
    );
    let input = case.write("tiny.zip", &zip);
    let (run, json) = case.json("200,000 tiny entries", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "reactions"), Some(200_000));
}

#[test]
fn tiny_entries_claiming_to_be_huge_cost_no_more() {
    // Headers may declare any size: here each of 100,000 one-line entries claims 8 MiB, past
    // the size at which large entries are inflated and parsed on two threads. Only the
    // compressed bytes really present may decide that.
    let content =
        b"Date,Type,Link\n2024-01-01 10:00:00,LIKE,https://www.linkedin.com/feed/update/1\n";
    let mut bits = Bits::default();
    bits.stored(content, true);
    let data = bits.finish();
    let crc = crc32(0, content);
    let entries: Vec<RawEntry> = (0..100_000)
        .map(|i| RawEntry::new(&format!("Reactions_{i}.csv"), 8, data.clone(), 8 << 20, crc))
        .collect();
    let case = Case::new();
    let input = case.write("claims.zip", &zip_of_many(&entries));
    let (run, json) = case.json("100,000 entries claiming 8 MiB each", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    // Within the usual bounds: trusting the headers cost ten times the work (a thread and
    // its chunk buffers per entry).
    assert_eq!(category_records(&json, "reactions"), Some(100_000));
}

// ---------------------------------------------------------------------------------------------
// Hostile names

#[test]
fn hostile_names_are_never_paths_on_disk_and_shown_sanitised() {
    let case = Case::new();
    let csv = b"Name\nRust\n";
    let mut entries = vec![
        RawEntry::stored("../../etc/passwd", b"root:x:0:0::/root:/bin/sh\n"),
        RawEntry::stored("../../../tmp/Skills.csv", csv),
        RawEntry::stored("/abs/Evil One.csv", b"A,B\n1,2\n"),
        RawEntry::stored(
            "Jobs\\Saved Jobs.csv",
            b"Saved Date,Job Url,Job Title,Company Name\n",
        ),
        RawEntry::stored("ctl\u{1b}[2J\u{202e}name\u{7}.csv", b"Col\x1b[31m\n1\n"),
        RawEntry::stored("dup.csv", b"A\n1\n"),
        RawEntry::stored("./dup.csv", b"A\n2\n"),
    ];
    // A non-UTF-8 name without the UTF-8 flag (read as CP437), and one with it (lossy).
    let mut cp437 = RawEntry::stored("x", b"A\n1\n");
    cp437.name = b"caf\x82-\xFF.csv".to_vec();
    entries.push(cp437);
    let mut lossy = RawEntry::stored("x", b"A\n1\n");
    lossy.name = b"bad-\xFF\xFE.csv".to_vec();
    lossy.flags = 0x0800;
    entries.push(lossy);
    let input = case.write("names.zip", &raw_zip(&entries));

    let (run, json) = case.json("hostile names", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    // Logical paths only: no `..`, no leading `/`, backslashes as separators.
    assert_eq!(file_paths(&json), ["Jobs/Saved Jobs.csv", "tmp/Skills.csv"]);
    let mut unrecognised: Vec<&str> = json["unrecognised"]
        .as_array()
        .expect("unrecognised")
        .iter()
        .map(|u| u["path"].as_str().unwrap_or_default())
        .collect();
    unrecognised.sort();
    assert_eq!(
        unrecognised,
        [
            "abs/Evil One.csv",
            "bad-\u{FFFD}\u{FFFD}.csv",
            "café-\u{a0}.csv",
            "ctl\u{1b}[2J\u{202e}name\u{7}.csv",
            "dup.csv",
        ]
    );
    assert_eq!(
        problems(&json),
        [(
            "dup.csv".to_owned(),
            "another entry has the same path; the first one is used".to_owned()
        )]
    );
    // Nothing was written anywhere: the working folder holds the input only.
    assert_eq!(case.listing(), ["names.zip"]);

    // In the table, control and bidi characters are gone.
    let run = case.table("hostile names, table", &input, &[]);
    assert_eq!(run.code, Some(1));
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{202e}'), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{7}'), "{}", run.stdout);
    assert!(run.stdout.contains("ctl[2Jname.csv"), "{}", run.stdout);
    assert!(run.stdout.contains("abs/Evil One.csv"), "{}", run.stdout);
    assert!(!run.stdout.contains(".."), "{}", run.stdout);
}

#[test]
fn huge_names_are_refused_before_they_cost_memory() {
    let case = Case::new();
    // 520 entries named by 65,000-byte paths of 32,500 folders: a 34 MB table of contents
    // (parsed whole into memory) and 17 million path components if split.
    let name = |i: usize| format!("{}{i:03}.csv", "d/".repeat(32_498));
    let entries: Vec<RawEntry> = (0..520)
        .map(|i| RawEntry::stored(&name(i), b"a\n"))
        .collect();
    let input = case.write("names.zip", &raw_zip(&entries));
    let run = case.table("520 names of 65 KB", &input, &[]);
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" is a zip this tool cannot read (its table of contents takes 34 MB, more than 200000 entries would; raise --max-entries if it is genuine): extract it with your system's archive tool and point to the extracted folder",
            input.display()
        ),
    );

    // A few such names in a real export: listed as not read, the rest analysed.
    let long = "x".repeat(5000) + ".csv";
    let zip = small_export(&[(long.as_str(), b"A\n1\n")]);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("one 5 KB name", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [(
            format!("{}…", "x".repeat(60)),
            "a name of 5004 bytes, not a LinkedIn file; not read".to_owned()
        )]
    );
    assert_eq!(category_records(&json, "skills"), Some(13));
}

// ---------------------------------------------------------------------------------------------
// Hostile CSV

#[test]
fn invalid_utf8_and_nul_bytes_are_read_with_a_warning() {
    let case = Case::new();
    // In a Date-first file a line that does not start with a date continues the previous
    // record (the early-2024 unquoted messages), NUL bytes or not.
    let shares = b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
        2024-03-01 10:00:00,https://x/1,caf\xE9 au lait \xFF\xFE,,,MEMBER_NETWORK\n\
        2024-03-02 10:00:00,https://x/2,nul\x00inside the text,,,MEMBER_NETWORK\n\
        \x00\x00\x00,\x00,\x00\n";
    let skills = b"Name\nRu\x00st\n\x00\n\xC3\x28\n";
    let zip = small_export(&[("Shares.csv", shares), ("Skills_1.csv", skills)]);
    let input = case.write("bytes.zip", &zip);
    let (run, json) = case.json("invalid UTF-8 and NUL", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "posts"), Some(2));
    assert_eq!(
        warnings(&json, "Shares.csv"),
        [
            ("invalid_utf8".to_owned(), "1".to_owned()),
            ("joined_lines".to_owned(), "1".to_owned())
        ]
    );
    // 13 skills in Skills.csv, 3 more here (a NUL is a character, not a blank).
    assert_eq!(category_records(&json, "skills"), Some(16));
    assert_eq!(
        warnings(&json, "Skills_1.csv"),
        [("invalid_utf8".to_owned(), "1".to_owned())]
    );
}

#[test]
fn a_200_mb_field_is_cut_at_the_field_limit() {
    let case = Case::new();
    let mut head = SHARES_HEADER.to_vec();
    head.extend_from_slice(b"2024-03-01 10:00:00,https://x/1,\"");
    head.push(b'a');
    let field = Repeating {
        head: &head,
        period: 1,
        matches: 200_000_000 / 258 + 1,
        tail: b" end\",,,PUBLIC\n2024-03-02 10:00:00,https://x/2,short post,,,PUBLIC\n",
    };
    assert!(field.size() > 200_000_000);
    let zip = raw_zip(&[
        RawEntry::stored("Skills.csv", b"Name\nRust\n"),
        field.entry("Shares.csv"),
    ]);
    let input = case.write("field.zip", &zip);
    // 1,032 times smaller, the entry would trip the ratio limit first: raise it.
    let (run, json) = case.json("200 MB field", &input, &["--max-ratio", "2000"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "posts"), Some(2));
    assert_eq!(
        warnings(&json, "Shares.csv"),
        [("truncated_field".to_owned(), "1".to_owned())]
    );
}

#[test]
fn a_header_of_a_million_columns_keeps_the_first_ten_thousand() {
    let case = Case::new();
    // "ab,cd,ab,cd,…": period 6, 43 periods a copy, 86 columns; 11,628 copies ≈ a million
    // columns in 2.9 MB that deflate 688 times (the 6-byte distance costs an extra bit).
    let matches = 11_628u64;
    let header = Repeating {
        head: b"Name,ab,cd,",
        period: 6,
        matches,
        tail: b"ab\nRust\nSQL\n",
    };
    let zip = raw_zip(&[header.entry("Skills.csv")]);
    let input = case.write("columns.zip", &zip);
    let (run, json) = case.json("a million columns", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "skills"), Some(2));
    // Name, ab, cd; 86 a copy; the last ab.
    let columns = 3 + 86 * matches + 1;
    assert_eq!(columns, 1_000_012);
    // Each unexpected name once, however often it repeats.
    assert_eq!(
        warnings(&json, "Skills.csv"),
        [
            ("unexpected_column".to_owned(), "ab".to_owned()),
            ("unexpected_column".to_owned(), "cd".to_owned()),
            ("dropped_columns".to_owned(), (columns - 10_000).to_string())
        ]
    );
}

#[test]
fn an_unterminated_quote_at_the_end_is_one_last_field() {
    let case = Case::new();
    let shares = b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
        2024-03-01 10:00:00,https://x/1,first post,,,PUBLIC\n\
        2024-03-02 10:00:00,https://x/2,\"never closed, the rest of the file\nis in here";
    let input = case.write("quote.zip", &small_export(&[("Shares.csv", shares)]));
    let (run, json) = case.json("unterminated quote", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "posts"), Some(2));
}

#[test]
fn a_10_gb_file_of_one_repeated_line_stops_at_the_record_limit() {
    let case = Case::new();
    // 43 bytes a line: 258 = 6 lines, so every copy repeats whole lines.
    let line = b"2024-03-01 10:00:00,https://x/,hi,,,PUBLIC\n";
    assert_eq!(line.len(), 43);
    let mut head = SHARES_HEADER.to_vec();
    head.extend_from_slice(line);
    let file = Repeating {
        head: &head,
        period: 43,
        matches: 10_000_000_000 / 258 + 1,
        tail: b"",
    };
    let entry = file.entry("Shares.csv");
    assert!(file.size() > 10_000_000_000, "{}", file.size());
    // About 344 times smaller: under the ratio limit, and 4 GiB under the entry limit would
    // be 100 million rows; the record limit stops it after 10 million, with default limits.
    assert!(entry.data.len() < 30_000_000, "{}", entry.data.len());
    let zip = raw_zip(&[RawEntry::stored("Skills.csv", b"Name\nRust\n"), entry]);
    let input = case.write("ten-gb.zip", &zip);
    let (run, json) = case.json("10 GB of one line", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [(
            "Shares.csv".to_owned(),
            "stopped: the file has more than 10000000 records (raise --max-records if genuine)"
                .to_owned()
        )]
    );
    assert_eq!(category_records(&json, "skills"), Some(1));
}

#[test]
fn the_record_limit_is_per_file_and_raised_by_its_flag() {
    let case = Case::new();
    let languages = b"Name,Proficiency\nFrench,Native\nEnglish,Full\nGerman,Basic\n";
    let input = case.write(
        "records.zip",
        &small_export(&[("Languages.csv", languages)]),
    );
    let (run, json) = case.json(
        "three languages, two allowed",
        &input,
        &["--max-records", "2"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    // Each file is stopped on its own (the sample's Skills.csv has more than two as well).
    let stopped = "stopped: the file has more than 2 records (raise --max-records if genuine)";
    assert_eq!(
        problems(&json),
        [
            ("Languages.csv".to_owned(), stopped.to_owned()),
            ("Skills.csv".to_owned(), stopped.to_owned())
        ]
    );
    let (run, json) = case.json(
        "three languages, three allowed",
        &input,
        &["--max-records", "3"],
    );
    let json = json.expect("JSON report");
    let stopped: Vec<String> = problems(&json).into_iter().map(|(path, _)| path).collect();
    assert_eq!(stopped, ["Skills.csv"], "{}", run.stderr);
    assert_eq!(file_entry(&json, "Languages.csv")["records"], 3);
}

#[test]
fn a_10_gb_file_of_one_character_lines_stops_at_the_record_limit() {
    let case = Case::new();
    // Five billion rows of two bytes: per-row work, not bytes, is what this file multiplies.
    let file = Repeating {
        head: b"Name\nx\n",
        period: 2,
        matches: 10_000_000_000 / 258 + 1,
        tail: b"",
    };
    let zip = raw_zip(&[file.entry("Skills.csv")]);
    let input = case.write("one-character-lines.zip", &zip);
    // 1,032 times smaller, the entry trips the ratio limit after its first MiB: raise it,
    // so that the per-row work is what is bounded.
    let (run, json) = case.json(
        "10 GB of one-character lines",
        &input,
        &["--max-ratio", "2000"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        problems(&json.expect("JSON report")),
        [(
            "Skills.csv".to_owned(),
            "stopped: the file has more than 10000000 records (raise --max-records if genuine)"
                .to_owned()
        )]
    );
}

#[test]
fn five_million_continuation_lines_join_in_linear_time() {
    let case = Case::new();
    // An early-2024 unquoted message of five million lines: each line is
    // appended to the comment; copying the growing comment once per line took minutes for
    // half a million.
    let head = b"Date,Link,Message\n2024-03-01 10:00:00,https://x/,start\nhello world\n";
    let file = Repeating {
        head,
        period: 12,
        matches: 2 * 116_279,
        tail: b"",
    };
    let lines = 1 + 258 * file.matches / 12;
    assert_eq!(lines, 4_999_998);
    let zip = raw_zip(&[file.entry("Comments.csv")]);
    let input = case.write("continuations.zip", &zip);
    // 60 MB joined: past the 16 MiB field limit, raised so that every line is kept.
    let (run, json) = case.json(
        "five million continuation lines",
        &input,
        &["--max-field-bytes", "64MiB"],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "comments"), Some(1));
    let comments = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|category| category["id"] == "comments")
        .expect("comments");
    assert_eq!(comments["words"], 1 + 2 * lines);
    assert_eq!(
        warnings(&json, "Comments.csv"),
        [("joined_lines".to_owned(), lines.to_string())]
    );
}

// ---------------------------------------------------------------------------------------------
// Folders

fn export_folder(case: &Case) -> PathBuf {
    let root = case.path("export");
    for file in complete_files() {
        let path = root.join(file.path);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, &file.content).expect("write");
    }
    root
}

#[test]
fn a_symlink_pointing_outside_the_folder_is_not_followed() {
    let case = Case::new();
    let root = export_folder(&case);
    let secret = case.write("secret.csv", b"Name\nsecret\n");
    std::os::unix::fs::symlink(&secret, root.join("Skills_2.csv")).expect("symlink");
    std::os::unix::fs::symlink("/", root.join("Everything")).expect("symlink");
    let (run, json) = case.json("symlink out of the folder", &root, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(
        problems(&json),
        [
            (
                "Everything".to_owned(),
                "symbolic link not followed".to_owned()
            ),
            (
                "Skills_2.csv".to_owned(),
                "symbolic link not followed".to_owned()
            )
        ]
    );
    assert_eq!(category_records(&json, "skills"), Some(13));
}

#[test]
fn an_unreadable_file_is_listed_when_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let case = Case::new();
    let root = export_folder(&case);
    let locked = root.join("Comments.csv");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let readable = fs::read(&locked).is_ok();
    let (run, json) = case.json("unreadable file", &root, &[]);
    let json = json.expect("JSON report");
    if readable {
        // Root ignores file modes: the file is read like any other.
        eprintln!(
            "note: running with privileges that ignore chmod 000; unreadable-file assertion skipped"
        );
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        return;
    }
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let problems = problems(&json);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "Comments.csv");
    assert!(
        problems[0].1.starts_with("cannot be read: "),
        "{problems:?}"
    );
}

#[test]
fn a_folder_without_linkedin_files_is_refused() {
    let case = Case::new();
    let root = case.path("holiday photos");
    fs::create_dir(&root).expect("mkdir");
    fs::write(root.join("IMG_0001.jpg"), b"\xFF\xD8\xFF\xE0").expect("write");
    fs::write(root.join("notes.txt"), b"hello").expect("write");
    let run = case.table("folder without LinkedIn files", &root, &[]);
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" holds no LinkedIn export file: point to the zip you downloaded from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data), or to the folder it was extracted to",
            root.display()
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Outputs

#[test]
fn an_output_under_a_regular_file_fails_cleanly() {
    let case = Case::new();
    let input = case.write("export.zip", &sample_zip());
    // A parent that is a regular file cannot hold anything, even for root (chmod would not).
    let blocker = case.write("not-a-folder", b"x");
    for flag in ["--json", "--html"] {
        let target = blocker.join("report.out");
        let mut args: Vec<&std::ffi::OsStr> = vec![input.as_os_str(), flag.as_ref()];
        args.push(target.as_os_str());
        if flag == "--json" {
            args.push("--no-html".as_ref());
        }
        args.push("--quiet".as_ref());
        let run = case.run(flag, &args);
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert_eq!(
            run.stderr,
            format!(
                "linkedin-exposure: cannot write \"{}\" (Not a directory (os error 20)): give {flag} a path in a folder you can write to\n",
                target.display()
            )
        );
    }
    assert_eq!(case.listing(), ["export.zip", "not-a-folder"]);
    // /proc refuses new files: the same clean failure, nothing left behind.
    let run = case.run(
        "/proc",
        &[
            input.as_os_str(),
            "--json".as_ref(),
            "/proc/linkedin-exposure.json".as_ref(),
            "--no-html".as_ref(),
        ],
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("linkedin-exposure: cannot write \"/proc/linkedin-exposure.json\" ("),
        "{}",
        run.stderr
    );
}

#[test]
fn an_output_equal_to_an_input_is_refused() {
    let case = Case::new();
    let zip = sample_zip();
    let input = case.write("export.zip", &zip);
    for flag in ["--json", "--html", "--items", "--letter"] {
        // Also through another spelling of the same path.
        let same = case.path(".").join("export.zip");
        let mut args = vec![input.as_os_str(), flag.as_ref(), same.as_os_str()];
        if flag != "--html" {
            args.push("--no-html".as_ref());
        }
        let run = case.run(flag, &args);
        assert_eq!(run.code, Some(2), "{flag}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            format!(
                "linkedin-exposure: \"{}\" is one of your inputs: give {flag} another path so that your export is not overwritten\n",
                same.display()
            )
        );
        assert_eq!(
            fs::read(&input).expect("input"),
            zip,
            "{flag}: input untouched"
        );
    }
    assert_eq!(case.listing(), ["export.zip"]);
}

#[test]
fn a_full_disk_fails_cleanly() {
    let case = Case::new();
    let input = case.write("export.zip", &sample_zip());
    for flag in ["--json", "--html"] {
        let mut args: Vec<&std::ffi::OsStr> = vec![input.as_os_str(), flag.as_ref()];
        args.push("/dev/full".as_ref());
        if flag == "--json" {
            args.push("--no-html".as_ref());
        }
        let run = case.run(flag, &args);
        assert_eq!(run.code, Some(2), "{flag}: {}", run.stderr);
        assert!(
            run.stderr.ends_with(
                &format!("linkedin-exposure: cannot write \"/dev/full\" (No space left on device (os error 28)): give {flag} a path in a folder you can write to\n")
            ),
            "{flag}: {}",
            run.stderr
        );
    }
    assert_eq!(case.listing(), ["export.zip"]);
}

// ---------------------------------------------------------------------------------------------
// Fuzzing regressions

/// The csv_dialect fuzz target's checks (fuzz/fuzz_targets/csv_dialect.rs), on one input.
fn csv_dialect_harness(data: &[u8]) {
    use linkedin_exposure::csv_dialect::{CsvReader, ReaderLimits, Record};
    let [a, b, rest @ ..] = data else {
        return;
    };
    let limits = ReaderLimits {
        max_field_bytes: usize::from(a & 0x3F) * 16,
        max_columns: usize::from(a >> 6) * 8 + 1,
        ..ReaderLimits::default()
    };
    let chunk = usize::from(*b).max(1) * if b & 1 == 1 { 1 } else { 97 };
    let mut input = rest;
    let reader = std::io::Read::take(&mut input, u64::MAX);
    // Short reads of `chunk` bytes, like the target's reader.
    struct Chunked<R>(R, usize);
    impl<R: std::io::Read> std::io::Read for Chunked<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.1);
            self.0.read(&mut buf[..n])
        }
    }
    let Ok(mut csv) = CsvReader::new(Chunked(reader, chunk), limits) else {
        return;
    };
    assert!(csv.header().len() <= limits.max_columns);
    let mut record = Record::default();
    let mut records = 0u64;
    while let Ok(true) = csv.read_record(&mut record) {
        records += 1;
        assert!(record.len() <= limits.max_columns);
        assert!(record.iter().all(|f| f.len() <= limits.max_field_bytes));
        assert!(records <= rest.len() as u64 + 1);
    }
    assert_eq!(csv.stats().records, records);
}

/// Every input a fuzz target stopped on (crash, timeout) is kept in fuzz/regressions/TARGET/
/// and replayed here: through the target's own checks for the readers, through the binary,
/// measured, for whole archives.
#[test]
fn fuzz_regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let inputs = |target: &str| -> Vec<(String, Vec<u8>)> {
        let mut inputs: Vec<(String, Vec<u8>)> = fs::read_dir(root.join(target))
            .map(|dir| {
                dir.flatten()
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            fs::read(e.path()).expect("regression input"),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        inputs.sort();
        inputs
    };
    let csv = inputs("csv_dialect");
    assert!(!csv.is_empty(), "the csv_dialect timeout is kept");
    for (_, data) in &csv {
        csv_dialect_harness(data);
    }
    for (_, data) in inputs("dates") {
        let text = String::from_utf8_lossy(&data);
        for line in text.split('\n') {
            let _ = linkedin_exposure::dates::parse(line);
            let _ = linkedin_exposure::dates::parse_birth_date(line);
            let _ = linkedin_exposure::dates::date_from_archive_name(line);
        }
    }
    let case = Case::new();
    for (name, data) in inputs("archive") {
        let input = case.write("Complete_LinkedInDataExport_12-27-2025.zip", &data);
        let run = case.table(&name, &input, &[]);
        assert!(matches!(run.code, Some(0..=2)), "{name}: {run:?}");
    }
}

// Second round: private text, date shapes, unreadable entries, directory records, duplicates,
// UTF-16, new files; the cases live in tests/hostile/input.rs.
mod input;

// ---------------------------------------------------------------------------------------------
// Memory at any thread count, CPU within the defaults

/// `head` then its last 64 bytes (`unit`, with no comma, quote or line break) repeated to
/// about `bytes`, then `tail`: one line of a huge field, deflated about 340 times (a
/// 64-byte distance costs 6 bits a copy), under the ratio limit.
fn long_line<'a>(head: &'a [u8], bytes: u64, tail: &'a [u8]) -> Repeating<'a> {
    Repeating {
        head,
        period: 64,
        matches: bytes / 258 / 32 * 32,
        tail,
    }
}

/// Runs with `RAYON_NUM_THREADS=threads`, asserting the bounds.
fn json_with_threads(case: &Case, what: &str, input: &Path, threads: &str) -> (Measured, Value) {
    let args: Vec<&std::ffi::OsStr> = [input.as_os_str()]
        .into_iter()
        .chain(["--json", "-", "--no-html", "--quiet"].map(std::ffi::OsStr::new))
        .collect();
    let run = crate::support::resources::run_measured_with(
        case.dir.path(),
        &args,
        &[("RAYON_NUM_THREADS", threads)],
    );
    run.assert_bounded(&format!("{what}, {threads} threads"));
    let json = serde_json::from_str(&run.stdout).expect("JSON report");
    (run, json)
}

const UNIT: &[u8; 64] = b"lorem ipsum dolor sit amet consectetur adipiscing elit sed do ei";

#[test]
fn long_lines_on_many_threads_share_one_memory_budget() {
    let case = Case::new();
    // Sixteen files, each one line of a 40 MB field (cut at 16 MiB): quoted in half of them,
    // an unquoted continuation line joined to the post before it in the other half. Each
    // costs a thread tens of MB: 1 GB on 16 threads before the budget. Every file differs.
    let heads: Vec<Vec<u8>> = (0..16)
        .map(|i| {
            let mut head = SHARES_HEADER.to_vec();
            if i % 2 == 0 {
                head.extend_from_slice(format!("2024-03-01 10:00:00,https://x/{i},\"").as_bytes());
            } else {
                head.extend_from_slice(
                    format!("2024-03-01 10:00:00,https://x/{i},start,,,PUBLIC\n").as_bytes(),
                );
            }
            head.extend_from_slice(UNIT);
            head
        })
        .collect();
    let mut entries = vec![RawEntry::stored("Skills.csv", b"Name\nRust\n")];
    for (i, head) in heads.iter().enumerate() {
        let tail: &[u8] = if i % 2 == 0 {
            b" end\",,,PUBLIC\n"
        } else {
            b"\n2024-03-02 10:00:00,https://x/2,b,,,PUBLIC\n"
        };
        entries.push(long_line(head, 40_000_000, tail).entry(&format!("part{i:02}/Shares.csv")));
    }
    let zip = raw_zip(&entries);
    assert!(zip.len() < 4_000_000, "{}", zip.len());
    let input = case.write("long-lines.zip", &zip);
    for threads in ["8", "16"] {
        let (run, json) = json_with_threads(&case, "16 lines of 40 MB", &input, threads);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        // One post per quoted file, two per joined one.
        assert_eq!(category_records(&json, "posts"), Some(8 + 16));
        assert_eq!(
            warnings(&json, "part00/Shares.csv"),
            [("truncated_field".to_owned(), "1".to_owned())]
        );
    }
}

/// A zip of `count` article pages of about `bytes` each, each its own title and body: one
/// 64-byte paragraph repeated.
fn articles_zip(count: usize, bytes: u64) -> Vec<u8> {
    let heads: Vec<Vec<u8>> = (0..count)
        .map(|i| {
            format!(
                "<html><head><title>T{i}</title></head><body><h1>Title {i}</h1>\
<p class=\"created\">Created on 2024-03-01 10:00</p>\
<p class=\"published\">Published on 2024-03-02 10:00</p>\n\
<p>data lorem ipsum linked words of an article body {i:06}.</p>\n"
            )
            .into_bytes()
        })
        .collect();
    let mut entries = vec![RawEntry::stored("Skills.csv", b"Name\nRust\n")];
    for (i, head) in heads.iter().enumerate() {
        let page = long_line(head, bytes, b"</body></html>");
        entries.push(page.entry(&format!("Articles/Articles/article-{i:03}.html")));
    }
    raw_zip(&entries)
}

#[test]
fn large_articles_on_many_threads_share_one_memory_budget() {
    let case = Case::new();
    // Fifteen pages of 8 MB (under the 8 MiB page cap, 120 MB under the 128 MiB of pages):
    // parsing one costs several times its size.
    let input = case.write("articles.zip", &articles_zip(15, 8_000_000));
    for threads in ["8", "16"] {
        let (run, json) = json_with_threads(&case, "15 articles of 8 MB", &input, threads);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(category_records(&json, "articles"), Some(15));
    }
}

#[test]
fn hundreds_of_large_articles_stop_at_the_article_limit() {
    let case = Case::new();
    // 300 pages of 8 MB: 2.4 GB of HTML, 30 s of CPU before the limit on article pages.
    let input = case.write("many-articles.zip", &articles_zip(300, 8_000_000));
    let (run, json) = case.json("300 articles of 8 MB", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    // 128 MiB hold 16 pages of 8 MB: the 17th crosses the limit.
    assert_eq!(category_records(&json, "articles"), Some(16));
    let problems = problems(&json);
    assert_eq!(problems.len(), 300 - 16);
    assert!(problems.iter().all(|(_, reason)| reason
        == "not read: the article pages before it exceed 134217728 bytes (raise --max-article-bytes if genuine)"));
}

#[test]
fn four_single_line_entries_of_4_gib_end_within_the_time_bound() {
    let case = Case::new();
    // "hi hi hi…" on one line, 4 GiB an entry, four entries (16 GiB, the old total limit):
    // 25 s of CPU then. A 6-byte distance costs 3 bits a copy: 688 times smaller, under
    // the ratio limit.
    let heads: Vec<Vec<u8>> = (0..4)
        .map(|i| {
            let mut head = SHARES_HEADER.to_vec();
            head.extend_from_slice(format!("2024-03-01 10:00:00,https://x/{i},hi hi ").as_bytes());
            head
        })
        .collect();
    let entries: Vec<RawEntry> = heads
        .iter()
        .enumerate()
        .map(|(i, head)| {
            Repeating {
                head,
                period: 6,
                matches: (4u64 << 30) / 258 / 3 * 3,
                tail: b"\n",
            }
            .entry(&format!("part{i}/Shares.csv"))
        })
        .collect();
    let input = case.write("four-lines.zip", &raw_zip(&entries));
    let (run, json) = case.json("four lines of 4 GiB", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let json = json.expect("JSON report");
    let reasons: Vec<String> = problems(&json).into_iter().map(|(_, r)| r).collect();
    // Entries read side by side stop at the entry limit or, together, at the total limit.
    let total =
        "stopped: all inputs together exceed 1610612736 bytes (raise --max-total-bytes if genuine)";
    let entry = "stopped: the entry exceeds 1073741824 bytes (raise --max-entry-bytes if genuine)";
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert!(
        reasons.iter().all(|r| r == total || r == entry),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r == total), "{reasons:?}");
}

#[test]
fn a_bomb_padded_to_dodge_the_ratio_is_stopped_after_its_first_mib() {
    let case = Case::new();
    // 1 GiB of zeros deflated 1,032 times (1 MB), then 2 MB of junk after the stream: 350
    // times the whole entry's compressed size, but 1,032 times what the inflater consumed.
    let mut bomb = zeros_entry("Shares.csv", 1024);
    bomb.data.extend(std::iter::repeat_n(0x5A, 2_000_000));
    let zip = raw_zip(&[RawEntry::stored("Skills.csv", b"Name\nRust\n"), bomb]);
    let input = case.write("padded.zip", &zip);
    let (run, json) = case.json("padded bomb", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        problems(&json.expect("JSON report")),
        [(
            "Shares.csv".to_owned(),
            "stopped: it inflates more than 1000× its compressed size, like a zip bomb (raise --max-ratio if the file is genuine)".to_owned()
        )]
    );
    // Stopped early: far less than the second a gigabyte costs.
    assert!(run.cpu.as_secs_f64() < 0.5, "{:?}", run.cpu);
}

#[test]
fn content_costlier_per_byte_stops_at_the_cpu_bound() {
    let case = Case::new();
    // Rows of 500 one-letter columns in a Date-first file, whose extra columns are joined
    // back into the message: the costliest shape per byte measured (about 13 s of CPU per
    // GiB on the 2-core machine). Two entries of 1 GiB, each row its own (a row under 256
    // bytes would be counted from the repeat cache): without the CPU limit, 20 s.
    let heads: Vec<Vec<u8>> = (0..2)
        .map(|i| {
            let mut head = SHARES_HEADER.to_vec();
            let mut row = format!("2024-03-01 10:00:00,https://x/{i},").into_bytes();
            while row.len() < 1031 {
                row.extend_from_slice(b"a,");
            }
            row.truncate(1031);
            row.push(b'\n');
            assert_eq!(row.len(), 1032);
            head.extend_from_slice(&row);
            head
        })
        .collect();
    let entries: Vec<RawEntry> = heads
        .iter()
        .enumerate()
        .map(|(i, head)| {
            Repeating {
                head,
                period: 1032,
                matches: (1u64 << 30) / 258 / 4 * 4 - 8,
                tail: b"",
            }
            .entry(&format!("part{i}/Shares.csv"))
        })
        .collect();
    let input = case.write("columns.zip", &raw_zip(&entries));
    let (run, json) = case.json("2 GiB of 500-column rows", &input, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let reasons: Vec<String> = problems(&json.expect("JSON report"))
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    // Whichever comes first on this machine: the CPU bound, or the total bytes.
    let cpu = "stopped: the analysis used 8 s of CPU time, more than any real export needs (raise --max-cpu-seconds if genuine)";
    let total =
        "stopped: all inputs together exceed 1610612736 bytes (raise --max-total-bytes if genuine)";
    assert!(!reasons.is_empty());
    assert!(
        reasons.iter().all(|r| r == cpu || r == total),
        "{reasons:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Output paths

#[test]
fn no_output_lands_inside_an_input_folder() {
    let case = Case::new();
    let folder = export_folder(&case);
    let profile = folder.join("Profile.csv");
    let before = fs::read(&profile).expect("profile");
    // Directly, and through a link outside the folder that points into it.
    let link = case.path("innocent.json");
    std::os::unix::fs::symlink(&profile, &link).expect("symlink");
    let new_file = folder.join("report.html");
    for (flag, target) in [
        ("--json", &profile),
        ("--html", &new_file),
        ("--items", &link),
    ] {
        let mut args = vec![folder.as_os_str(), flag.as_ref(), target.as_os_str()];
        if flag != "--html" {
            args.push("--no-html".as_ref());
        }
        let run = case.run(flag, &args);
        assert_fails_with(
            &run,
            &format!(
                "\"{}\" is inside your export \"{}\": give {flag} a path outside it, so that your export stays as LinkedIn made it",
                target.display(),
                folder.display()
            ),
        );
    }
    assert_eq!(fs::read(&profile).expect("profile"), before);
    assert!(!new_file.exists());
}

#[test]
fn a_fifo_or_a_folder_at_an_output_path_is_refused_at_once() {
    let case = Case::new();
    let input = case.write("export.zip", &sample_zip());
    let fifo = case.path("report.fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    for flag in ["--json", "--html", "--letter"] {
        let run = case.run(flag, &[input.as_os_str(), flag.as_ref(), fifo.as_os_str()]);
        assert_fails_with(
            &run,
            &format!(
                "\"{}\" is not a regular file (a pipe, a socket or a device): give {flag} the path of a file",
                fifo.display()
            ),
        );
    }
    let folder = case.path("reports");
    fs::create_dir(&folder).expect("folder");
    let run = case.run(
        "folder",
        &[input.as_os_str(), "--html".as_ref(), folder.as_os_str()],
    );
    assert_fails_with(
        &run,
        &format!(
            "\"{}\" is a folder: give --html the path of a file in it, such as report.html",
            folder.display()
        ),
    );
    // At the default report's path: refused too, once the name is known, not waited on.
    let (_, json) = case.json("export date", &input, &[]);
    let date = json.expect("JSON")["export_date"]
        .as_str()
        .expect("export date")
        .to_owned();
    let default = case.path(&format!("linkedin-ai-exposure-{date}.html"));
    fs::rename(&fifo, &default).expect("move the FIFO");
    let run = case.table("default report path", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let run = case.run(
        "default report path",
        &[input.as_os_str(), "--quiet".as_ref()],
    );
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.ends_with(&format!(
            "linkedin-exposure: \"linkedin-ai-exposure-{date}.html\" is not a regular file (a pipe, a socket or a device): give --html the path of a file\n"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn the_same_path_for_two_outputs_is_refused() {
    let case = Case::new();
    let input = case.write("export.zip", &sample_zip());
    for (first, second) in [("--json", "--html"), ("--letter", "--items")] {
        let target = case.path("out.txt");
        let spelled = case.path(".").join("out.txt");
        let run = case.run(
            first,
            &[
                input.as_os_str(),
                first.as_ref(),
                target.as_os_str(),
                second.as_ref(),
                spelled.as_os_str(),
            ],
        );
        assert_fails_with(
            &run,
            &format!(
                "{first} and {second} both name \"{}\": give each output its own path",
                spelled.display()
            ),
        );
    }
    assert_eq!(case.listing(), ["export.zip"]);
}

#[test]
fn output_paths_are_checked_before_the_analysis() {
    let case = Case::new();
    // An input that takes seconds to read: the refusal must not wait for it.
    let mut head = SHARES_HEADER.to_vec();
    head.extend_from_slice(b"2024-03-01 10:00:00,https://x/1,hi hi ");
    let line = Repeating {
        head: &head,
        period: 6,
        matches: (1u64 << 30) / 258 / 3 * 3,
        tail: b"\n",
    };
    let input = case.write("slow.zip", &raw_zip(&[line.entry("Shares.csv")]));
    let missing = case.path("no-such-folder").join("report.json");
    let run = case.run(
        "missing folder",
        &[input.as_os_str(), "--json".as_ref(), missing.as_os_str()],
    );
    assert_fails_with(
        &run,
        &format!(
            "cannot write \"{}\" (No such file or directory (os error 2)): give --json a path in a folder you can write to",
            missing.display()
        ),
    );
    assert!(run.cpu.as_secs_f64() < 0.5, "{:?}", run.cpu);
    assert_eq!(case.listing(), ["slow.zip"]);
}
