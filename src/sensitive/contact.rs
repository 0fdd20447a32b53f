//! Tier 1, personal contact data, found in the raw bytes of a text (ASCII structure, no
//! decoding): e-mail addresses, telephone numbers valid for their country (the
//! `phonenumber` crate, Google's libphonenumber metadata), IBANs with a right mod-97 check.

use std::sync::OnceLock;

use phonenumber::country::Id;
use phonenumber::metadata::Database;

/// The telephone metadata of the regions in `phone-metadata.xml` (a subset of the crate's
/// own, see that file), loaded on the first candidate: the crate's full database costs
/// 100-300 ms to load, more than the whole analysis of a small export. `None` if it does not
/// load, which a test rules out: no number is then flagged rather than a panic.
fn database() -> Option<&'static Database> {
    static DATABASE: OnceLock<Option<Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| Database::parse(include_str!("phone-metadata.xml")).ok())
        .as_ref()
}

/// Digits a telephone number has at least (national significant number plus prefix).
const MIN_PHONE_DIGITS: usize = 9;
/// Digits a telephone number has at most (E.164).
const MAX_PHONE_DIGITS: usize = 15;
/// Candidates validated per text at most: validation runs the metadata's expressions for up
/// to ten regions, and a hostile field of thousands of invalid numbers must not cost seconds.
/// A real text gives one or two numbers.
const MAX_PHONE_VALIDATIONS: usize = 8;
/// Regions tried for a number written in national form with a leading 0, in order.
const TRUNK_ZERO_REGIONS: &[Id] = &[
    Id::FR,
    Id::GB,
    Id::BE,
    Id::CH,
    Id::DE,
    Id::NL,
    Id::IT,
    Id::ES,
    Id::IE,
    Id::AU,
];
/// Regions tried for ten digits without a leading 0 (North American numbering plan).
const NANP_REGIONS: &[Id] = &[Id::US, Id::CA];
/// Words that make the number after them a reference, not a telephone number.
const NOT_PHONE_CUES: &[&str] = &[
    "order", "invoice", "commande", "facture", "ticket", "tracking", "suivi", "ref", "isbn",
    "issn", "sku", "serial", "siret", "siren", "tva", "vat", "n°", "no.", "nr", "#", "id",
    "account", "compte", "policy", "contrat", "contract", "dossier", "case", "build", "version",
    "patent", "brevet",
];

/// Whether `text` holds an e-mail address (`local@domain.tld`, not a placeholder local part).
pub fn has_email(text: &[u8]) -> bool {
    memchr::memchr_iter(b'@', text).any(|at| is_email_at(text, at))
}

fn is_email_at(text: &[u8], at: usize) -> bool {
    let local_char = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let domain_char = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    let before = text.get(..at).unwrap_or_default();
    let local_len = before.iter().rev().take_while(|&&b| local_char(b)).count();
    let local = before.get(before.len() - local_len..).unwrap_or_default();
    let after = text.get(at + 1..).unwrap_or_default();
    let domain_len = after.iter().take_while(|&&b| domain_char(b)).count();
    let domain = after.get(..domain_len).unwrap_or_default();
    // A sentence's final dot is not part of the domain.
    let domain = domain.strip_suffix(b".").unwrap_or(domain);
    let local = local.strip_prefix(b".").unwrap_or(local);
    if local.is_empty() || domain.is_empty() || is_placeholder_local(local) {
        return false;
    }
    let mut labels = domain.split(|&b| b == b'.');
    let count = domain.split(|&b| b == b'.').count();
    let tld = domain.rsplit(|&b| b == b'.').next().unwrap_or_default();
    count >= 2
        && labels.all(|label| !label.is_empty())
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
}

/// Local parts that show a format, not an address ("name@company.com").
fn is_placeholder_local(local: &[u8]) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "name",
        "firstname",
        "lastname",
        "first.last",
        "firstname.lastname",
        "first.name",
        "name.surname",
        "prenom",
        "nom",
        "prenom.nom",
        "nom.prenom",
        "user",
        "username",
        "you",
        "your.name",
        "yourname",
        "email",
        "mail",
        "xxx",
        "x",
        "someone",
        "foo",
    ];
    PLACEHOLDERS
        .iter()
        .any(|p| p.as_bytes().eq_ignore_ascii_case(local))
}

/// Whether `text` holds a telephone number valid for its country. Candidates are runs of
/// digits with single separators (space, dot, hyphen, parentheses) and an optional leading
/// `+`; a run next to letters, a `%`, a code or a reference word is not one.
pub fn has_phone(text: &[u8]) -> bool {
    !find_phones(text, MAX_PHONE_VALIDATIONS, true).is_empty()
}

/// Candidates validated per excerpt at most when numbers are removed from it: an excerpt is
/// a few hundred bytes, so this bounds the cost the same way while finding every number a
/// real text holds.
const MAX_EXCERPT_PHONE_VALIDATIONS: usize = 32;

/// The byte ranges of the telephone numbers in `text` (the same rules as [`has_phone`]), in
/// order and not overlapping, for removing them from a quoted excerpt.
pub fn phone_ranges(text: &[u8]) -> Vec<(usize, usize)> {
    find_phones(text, MAX_EXCERPT_PHONE_VALIDATIONS, false)
}

/// Valid numbers found with at most `max_validations` candidates validated; the first only
/// when `first_only`.
fn find_phones(text: &[u8], max_validations: usize, first_only: bool) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    let mut digits = String::new();
    let mut validations = 0;
    while i < text.len() && validations < max_validations {
        let Some(&b) = text.get(i) else { break };
        let starts = b.is_ascii_digit()
            || (b == b'+' || b == b'(') && text.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        let end = run_end(text, start, &mut digits);
        i = end.max(start + 1);
        if (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits.len())
            && !starts_with_year(text, start)
            && standalone(text, start, end)
            && !after_cue(text, start)
        {
            validations += 1;
            if valid_phone(text.get(start) == Some(&b'+'), &digits) {
                found.push((start, end));
                if first_only {
                    break;
                }
            }
        }
    }
    found
}

/// The end of the candidate run starting at `start`; its digits go to `digits`.
fn run_end(text: &[u8], start: usize, digits: &mut String) -> usize {
    digits.clear();
    let mut i = start;
    let mut last_digit_end = start;
    let mut separator_run = 0;
    while let Some(&b) = text.get(i) {
        if b.is_ascii_digit() {
            digits.push(char::from(b));
            separator_run = 0;
            last_digit_end = i + 1;
        } else if (b == b'+' && i == start) || b == b'(' || b == b')' {
            // Part of the number's form.
        } else if matches!(b, b' ' | b'.' | b'-') {
            separator_run += 1;
            // ") " in "(212) 555" is one separator; two in a row end the number.
            if separator_run > 1 && text.get(i - 1) != Some(&b')') {
                break;
            }
        } else {
            break;
        }
        i += 1;
    }
    last_digit_end
}

/// Not part of a longer token: no letter, digit or joining sign right before or after, and
/// the previous word is not a code with digits in it ("1Z 999 AA1 01 2345 6784").
fn standalone(text: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).and_then(|i| text.get(i)).copied();
    let after = text.get(end).copied();
    let joined = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
    if joined(before) || joined(after) || matches!(after, Some(b'%' | b'@')) {
        return false;
    }
    // "INV-2023-…", "4C2-998-…", "2023/118/…": a joining sign with a token before it.
    if let Some(sign @ (b'-' | b'/' | b'.' | b'#')) = before {
        let previous = start.checked_sub(2).and_then(|i| text.get(i)).copied();
        if sign == b'#' || joined(previous) {
            return false;
        }
    }
    if let Some(b'/' | b',') = after
        && text.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    // The word before, across one space.
    if before == Some(b' ') {
        let head = text.get(..start.saturating_sub(1)).unwrap_or_default();
        let word = head.iter().rev().take_while(|b| !b.is_ascii_whitespace());
        let has_digit = word.clone().any(u8::is_ascii_digit);
        let has_letter = word.clone().any(u8::is_ascii_alphabetic);
        if has_digit && has_letter {
            return false;
        }
    }
    true
}

/// A run that starts like a date, `2024-03-15` or `2024.03.15`: a year then a sign.
fn starts_with_year(text: &[u8], start: usize) -> bool {
    match text.get(start..start + 5) {
        Some([a, b, c, d, sign]) => {
            matches!((a, b), (b'1', b'9') | (b'2', b'0'))
                && c.is_ascii_digit()
                && d.is_ascii_digit()
                && matches!(sign, b'-' | b'.' | b'/')
        }
        _ => false,
    }
}

/// A reference word ("order", "n°", "#"…) in the 24 bytes before the run.
fn after_cue(text: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(24);
    let window = String::from_utf8_lossy(text.get(from..start).unwrap_or_default()).to_lowercase();
    // The last words only: "call 06…" after "order shipped. Call" is a phone.
    let tail = window
        .rsplit(['.', '!', '?', ';', '\n'])
        .next()
        .unwrap_or("");
    NOT_PHONE_CUES.iter().any(|cue| {
        tail.match_indices(cue).any(|(at, _)| {
            let before_ok = at == 0
                || !tail[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after = tail[at + cue.len()..].chars().next();
            let after_ok = !cue.ends_with(|c: char| c.is_alphanumeric())
                || !after.is_some_and(char::is_alphanumeric);
            before_ok && after_ok
        })
    })
}

/// Whether the digits make a valid number: international (`+` or `00`), else national with
/// a trunk 0 in the regions tried, else North American.
fn valid_phone(plus: bool, digits: &str) -> bool {
    let Some(database) = database() else {
        return false;
    };
    let check = |region: Option<Id>, number: &str| {
        phonenumber::parse_with(database, region, number)
            .is_ok_and(|parsed| phonenumber::is_valid_with(database, &parsed))
    };
    if plus {
        return check(None, &format!("+{digits}"));
    }
    if let Some(international) = digits.strip_prefix("00") {
        return check(None, &format!("+{international}"));
    }
    if digits.starts_with('0') {
        return TRUNK_ZERO_REGIONS
            .iter()
            .any(|&region| check(Some(region), digits));
    }
    let national = match digits.len() {
        10 => digits,
        11 => match digits.strip_prefix('1') {
            Some(rest) => rest,
            None => return false,
        },
        _ => return false,
    };
    NANP_REGIONS
        .iter()
        .any(|&region| check(Some(region), national))
}

/// IBAN lengths per country (ISO 13616 registry, SEPA and neighbours).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AT", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"CH", 21),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"EE", 20),
    (b"ES", 24),
    (b"FI", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GI", 23),
    (b"GR", 27),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IS", 26),
    (b"IT", 27),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MT", 31),
    (b"NL", 18),
    (b"NO", 15),
    (b"PL", 28),
    (b"PT", 25),
    (b"RO", 24),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"MA", 28),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"AE", 23),
    (b"SA", 24),
];

/// Whether `text` holds an IBAN of a listed country with right check digits, written in one
/// block or in groups of four.
pub fn has_iban(text: &[u8]) -> bool {
    let mut at = 0;
    while let Some(&b) = text.get(at) {
        if b.is_ascii_uppercase() && iban_at(text, at).is_some() {
            return true;
        }
        at += 1;
    }
    false
}

/// The byte ranges of the IBANs in `text` (the same rules as [`has_iban`]), in order and not
/// overlapping, for removing them from a quoted excerpt.
pub fn iban_ranges(text: &[u8]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(&b) = text.get(at) {
        match iban_at(text, at).filter(|_| b.is_ascii_uppercase()) {
            Some(end) => {
                found.push((at, end));
                at = end;
            }
            None => at += 1,
        }
    }
    found
}

/// Where the IBAN starting at `start` ends, if one does.
fn iban_at(text: &[u8], start: usize) -> Option<usize> {
    let (Some(c1), Some(c2), Some(d1), Some(d2)) = (
        text.get(start),
        text.get(start + 1),
        text.get(start + 2),
        text.get(start + 3),
    ) else {
        return None;
    };
    if !(c2.is_ascii_uppercase() && d1.is_ascii_digit() && d2.is_ascii_digit()) {
        return None;
    }
    if start > 0 && text.get(start - 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let &(_, length) = IBAN_LENGTHS.iter().find(|(code, _)| **code == [*c1, *c2])?;
    // Collect `length` characters, skipping single spaces between groups.
    let mut chars = Vec::with_capacity(length);
    let mut i = start;
    while chars.len() < length {
        match text.get(i) {
            Some(&b) if b.is_ascii_alphanumeric() => chars.push(b.to_ascii_uppercase()),
            Some(b' ') if text.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) => {}
            _ => return None,
        }
        i += 1;
    }
    if text.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    (mod97(&chars) == 1).then_some(i)
}

/// ISO 7064 mod 97-10 of an IBAN: the first four characters moved to the end, letters as
/// 10-35.
fn mod97(chars: &[u8]) -> u32 {
    let (head, tail) = chars.split_at(4.min(chars.len()));
    tail.iter().chain(head).fold(0u32, |rest, &c| {
        if c.is_ascii_digit() {
            (rest * 10 + u32::from(c - b'0')) % 97
        } else {
            (rest * 100 + u32::from(c - b'A') + 10) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_ranges_cover_each_iban_whole() {
        let text = "Virement : FR76 3000 6000 0112 3456 7890 189, merci. DE89370400440532013000";
        let ranges = iban_ranges(text.as_bytes());
        let found: Vec<&str> = ranges.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(
            found,
            [
                "FR76 3000 6000 0112 3456 7890 189",
                "DE89370400440532013000"
            ]
        );
        assert!(iban_ranges(b"FR76 3000 6000 0112 3456 7890 188").is_empty());
    }

    #[test]
    fn emails() {
        for (text, expected) in [
            ("write to ana.sousa@example.org.", true),
            ("x+tag@sub.example.co.uk", true),
            ("use name@company.com for service accounts", false),
            ("prenom.nom@entreprise.fr", false),
            ("support@ is a shared box", false),
            ("@handle on the other site", false),
            ("a@b", false),
            ("me@host.c0m", false),
        ] {
            assert_eq!(has_email(text.as_bytes()), expected, "{text}");
        }
    }

    #[test]
    fn phone_ranges_cover_each_number_whole() {
        let text = "Call +33 6 12 34 56 78 or (212) 555-0187, not order 0612345678.";
        let ranges: Vec<&str> = phone_ranges(text.as_bytes())
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect();
        assert_eq!(ranges, ["+33 6 12 34 56 78", "(212) 555-0187"]);
        assert!(phone_ranges(b"version 10.2.1.4, 2024-03-15").is_empty());
    }

    #[test]
    fn phones() {
        for (text, expected) in [
            ("call 06 12 34 56 78", true),
            ("+33 1 42 68 53 00", true),
            ("0033 6 98 76 54 32", true),
            ("06.23.45.67.89", true),
            ("+44 20 7946 0958", true),
            ("(212) 555-0187", true),
            ("(212) 455-0187", true),
            ("Order 0612345678 shipped", false),
            ("facture n° 06 12 34 56 78", false),
            ("2024-03-15 14:30", false),
            ("version 10.2.1.4", false),
            ("up 23.5% to 0612345678%", false),
            ("INV-2023-004519", false),
            ("978-3-16-148410-0", false),
            ("1 250 000 clients", false),
            ("1Z 999 AA1 01 2345 6784", false),
            ("12/06/2024 and 06.12.2023", false),
            ("6A12345678901", false),
        ] {
            assert_eq!(has_phone(text.as_bytes()), expected, "{text}");
        }
    }

    #[test]
    fn a_field_of_invalid_numbers_is_validated_a_bounded_number_of_times() {
        // Nine digits after a trunk 0: tried in every region, valid in none.
        let hostile = "012 345 678, ".repeat(5000);
        let started = std::time::Instant::now();
        let _ = has_phone(hostile.as_bytes());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn the_metadata_subset_loads_with_every_region_tried() {
        let database = database().expect("phone-metadata.xml loads");
        for region in TRUNK_ZERO_REGIONS.iter().chain(NANP_REGIONS) {
            assert!(database.by_id(region.as_ref()).is_some(), "{region:?}");
        }
    }

    #[test]
    fn ibans() {
        for (text, expected) in [
            ("to GB82 WEST 1234 5698 7654 32, ref", true),
            ("FR7630006000011234567890189", true),
            ("FR76 3000 6000 0112 3456 7890 189.", true),
            ("BE68 5390 0754 7034 avant le 30", true),
            ("FR76 3000 6000 0112 3456 7890 188", false),
            ("GB00 WEST 1234 5698 7654 32", false),
            ("IBAN format: two letters, FR76", false),
            ("XFR7630006000011234567890189", false),
        ] {
            assert_eq!(has_iban(text.as_bytes()), expected, "{text}");
        }
    }
}
