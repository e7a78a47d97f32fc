//! One BCP 47 or POSIX locale tag to its catalog language.
//!
//! Case-insensitive; `-` or `_` separate subtags; `.charset` and `@modifier` end the tag. The
//! primary subtag picks the languages sharing it; when several do (`zh`), an explicit script subtag
//! wins, then a region that writes Traditional Chinese, else the first declared. An empty,
//! unsupported or malformed primary subtag (including `C` and `POSIX`) means English (id 0).
//!
//! Each subtag is read once, byte by byte, and packed lowercased into an integer (see [`Packed`]);
//! the catalog's tags are packed the same way at compile time, so matching a subtag costs one
//! integer comparison per language, and reading stops as soon as the answer is known.

use crate::catalog::{LANGUAGES, LANGUAGE_COUNT};

/// Subtags longer than this are malformed (BCP 47 allows at most 8 characters).
const MAX_SUBTAG: usize = 8;

/// A subtag of 1 to [`MAX_SUBTAG`] bytes, lowercased, packed big-endian into a `u64`: distinct
/// subtags (which hold no NUL) pack to distinct nonzero values. [`NONE`] stands for an empty or
/// too long subtag, which matches nothing.
type Packed = u64;
const NONE: Packed = 0;

/// Packs `bytes`, lowercased; [`NONE`] if empty or longer than [`MAX_SUBTAG`].
const fn pack(mut bytes: &[u8]) -> Packed {
    if bytes.len() > MAX_SUBTAG {
        return NONE;
    }
    let mut packed = 0;
    while let [byte, rest @ ..] = bytes {
        packed = packed << 8 | byte.to_ascii_lowercase() as Packed;
        bytes = rest;
    }
    packed
}

/// Regions whose Chinese is written in the Traditional script when no script subtag says.
const TRADITIONAL_REGIONS: [Packed; 3] = [pack(b"tw"), pack(b"hk"), pack(b"mo")];
const TRADITIONAL_SCRIPT: Packed = pack(b"hant");

/// A catalog language's tag, packed: its primary subtag and its script (everything after the
/// first `-`, [`NONE`] if there is none), and whether it is the only language with that primary.
#[derive(Clone, Copy)]
struct PackedTag {
    primary: Packed,
    script: Packed,
    alone: bool,
}

// Indexing here only runs in const evaluation, where an out-of-range index is a build error.
#[allow(clippy::indexing_slicing)]
const fn pack_tags() -> [PackedTag; LANGUAGE_COUNT] {
    let mut out = [PackedTag {
        primary: NONE,
        script: NONE,
        alone: true,
    }; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        let (primary, script) = split_tag(LANGUAGES[l].tag.as_bytes());
        let mut i = 0;
        while i < primary.len() {
            // Input subtags are lowercased: a catalog primary that is not could never match.
            assert!(
                !primary[i].is_ascii_uppercase(),
                "a primary subtag must be lowercase"
            );
            i += 1;
        }
        out[l].primary = pack(primary);
        out[l].script = pack(script);
        assert!(
            out[l].primary != NONE,
            "a primary subtag must have 1 to 8 bytes"
        );
        let mut k = 0;
        while k < l {
            if out[k].primary == out[l].primary {
                (out[k].alone, out[l].alone) = (false, false);
            }
            k += 1;
        }
        l += 1;
    }
    out
}

/// A catalog tag split at its first `-`: (`"zh"`, `"Hant"`) for `"zh-Hant"`.
const fn split_tag(tag: &[u8]) -> (&[u8], &[u8]) {
    let mut i = 0;
    while i < tag.len() {
        if let Some((head, [b'-', rest @ ..])) = tag.split_at_checked(i) {
            return (head, rest);
        }
        i += 1;
    }
    (tag, &[])
}

/// Every catalog language's packed tag, by id.
const TAGS: [PackedTag; LANGUAGE_COUNT] = pack_tags();

/// Reads the next subtag, packed. Returns `None` at the end of the tag (NUL, `.`, `@`, or end of
/// input); never reads beyond that point.
#[inline(always)]
fn next_subtag(input: &mut impl Iterator<Item = u8>, ended: &mut bool) -> Option<Packed> {
    if *ended {
        return None;
    }
    let mut packed: Packed = 0;
    let mut len = 0usize;
    loop {
        let Some(byte) = input.next() else {
            *ended = true;
            break;
        };
        // Tags are mostly letters: one test takes them, lowercased, past the other cases.
        let lower = byte | 0x20;
        let stored = if lower.wrapping_sub(b'a') < 26 {
            lower
        } else {
            match byte {
                0 | b'.' | b'@' => {
                    *ended = true;
                    break;
                }
                b'-' | b'_' => break,
                _ => byte,
            }
        };
        packed = packed << 8 | stored as Packed;
        len += 1;
    }
    Some(if len <= MAX_SUBTAG { packed } else { NONE })
}

/// A catalog language a tag matches, and how far it is from the tag (ICU's distance: 0 for a
/// perfect match; below [`THRESHOLD`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub lang: i32,
    pub distance: u32,
}

/// Distances from this one up mean no match.
pub(crate) const THRESHOLD: u32 = 50;

/// The catalog language for a tag given as bytes, English (0) if none matches; stops at the first
/// NUL.
pub(crate) fn negotiate(input: impl Iterator<Item = u8>) -> i32 {
    matched(input).map_or(0, |m| m.lang)
}

/// The catalog language closest to a tag given as bytes, if any is close enough; stops at the
/// first NUL.
pub(crate) fn matched(input: impl Iterator<Item = u8>) -> Option<Match> {
    lang(input).map(|lang| Match { lang, distance: 0 })
}

fn lang(mut input: impl Iterator<Item = u8>) -> Option<i32> {
    let mut ended = false;
    let primary = next_subtag(&mut input, &mut ended).unwrap_or(NONE);
    let (first, tag) = (0..)
        .zip(TAGS.iter())
        .find(|(_, tag)| tag.primary == primary)?;
    if tag.alone {
        return Some(first);
    }
    let mut traditional_region = false;
    while let Some(subtag) = next_subtag(&mut input, &mut ended) {
        if let Some(id) = with_script(primary, subtag) {
            return Some(id);
        }
        traditional_region |= TRADITIONAL_REGIONS.contains(&subtag);
    }
    Some(if traditional_region {
        with_script(primary, TRADITIONAL_SCRIPT).unwrap_or(first)
    } else {
        first
    })
}

/// The language with this primary subtag and script, if the catalog has it.
#[inline(always)]
fn with_script(primary: Packed, script: Packed) -> Option<i32> {
    (0..).zip(TAGS.iter()).find_map(|(id, tag)| {
        (tag.primary == primary && tag.script != NONE && tag.script == script).then_some(id)
    })
}
