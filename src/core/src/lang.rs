//! Language negotiation: a BCP 47 or POSIX locale tag to a catalog language id.
//!
//! Case-insensitive; `-` or `_` separate subtags; `.charset` and `@modifier` end the tag. The
//! primary subtag picks the languages sharing it; when several do (`zh`), an explicit script subtag
//! wins, then a region that writes Traditional Chinese, else the first declared. An empty,
//! unsupported or malformed primary subtag (including `C` and `POSIX`) means English (id 0).

use crate::catalog::LANGUAGES;

/// Subtags longer than this are malformed (BCP 47 allows at most 8 characters).
const MAX_SUBTAG: usize = 8;

/// Regions whose Chinese is written in the Traditional script when no script subtag says.
const TRADITIONAL_REGIONS: [&[u8]; 3] = [b"tw", b"hk", b"mo"];
const TRADITIONAL_SCRIPT: &[u8] = b"hant";

/// One subtag, lowercased; `len == MAX_SUBTAG + 1` marks one that was too long.
struct Subtag {
    bytes: [u8; MAX_SUBTAG],
    len: usize,
}

impl Subtag {
    fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }
}

/// Reads the next subtag. Returns `None` at the end of the tag (NUL, `.`, `@`, or end of input);
/// never reads beyond that point.
fn next_subtag(input: &mut impl Iterator<Item = u8>, ended: &mut bool) -> Option<Subtag> {
    if *ended {
        return None;
    }
    let mut subtag = Subtag {
        bytes: [0; MAX_SUBTAG],
        len: 0,
    };
    loop {
        match input.next() {
            None | Some(0 | b'.' | b'@') => {
                *ended = true;
                return Some(subtag);
            }
            Some(b'-' | b'_') => return Some(subtag),
            Some(byte) => {
                if let Some(slot) = subtag.bytes.get_mut(subtag.len) {
                    *slot = byte.to_ascii_lowercase();
                }
                subtag.len = (subtag.len + 1).min(MAX_SUBTAG + 1);
            }
        }
    }
}

/// The primary subtag of a catalog tag (`"zh"` of `"zh-Hant"`) and its script, if any.
fn split_tag(tag: &str) -> (&[u8], &[u8]) {
    let bytes = tag.as_bytes();
    match bytes.iter().position(|&b| b == b'-') {
        Some(dash) => (
            bytes.get(..dash).unwrap_or_default(),
            bytes.get(dash + 1..).unwrap_or_default(),
        ),
        None => (bytes, b""),
    }
}

/// The catalog language for a tag given as bytes; stops at the first NUL.
pub(crate) fn negotiate(mut input: impl Iterator<Item = u8>) -> i32 {
    let mut ended = false;
    let primary = match next_subtag(&mut input, &mut ended) {
        Some(p) if p.len <= MAX_SUBTAG => p,
        _ => return 0,
    };
    let mut first_match = None;
    let mut candidates = 0;
    for (id, language) in (0..).zip(LANGUAGES.iter()) {
        if split_tag(language.tag).0 == primary.as_bytes() {
            first_match.get_or_insert(id);
            candidates += 1;
        }
    }
    let Some(first) = first_match else { return 0 };
    if candidates == 1 {
        return first;
    }
    let mut traditional_region = false;
    while let Some(subtag) = next_subtag(&mut input, &mut ended) {
        if let Some(id) = with_script(primary.as_bytes(), subtag.as_bytes()) {
            return id;
        }
        traditional_region |= TRADITIONAL_REGIONS.contains(&subtag.as_bytes());
    }
    if traditional_region {
        with_script(primary.as_bytes(), TRADITIONAL_SCRIPT).unwrap_or(first)
    } else {
        first
    }
}

/// The language with this primary subtag and script (lowercase), if the catalog has it.
fn with_script(primary: &[u8], script: &[u8]) -> Option<i32> {
    (0..).zip(LANGUAGES.iter()).find_map(|(id, language)| {
        let (p, s) = split_tag(language.tag);
        (p == primary && !s.is_empty() && s.eq_ignore_ascii_case(script)).then_some(id)
    })
}
