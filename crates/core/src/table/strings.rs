//! The blob: every string the library returns, NUL-terminated, each stored once, addressed by a
//! `u16` offset from the start of its segment. Segment 0 holds the names, category and action
//! names and language tags; each language's texts form a segment of their own, so the blob as a
//! whole may exceed 64 KiB while a segment may not (build error).
//!
//! A summary with a remedy is stored right before its message (`summary\0summary remedy\0`): the
//! remedy is the message's tail, found from the two offsets, and costs no bytes or table.
// Indexing and panics here only run in const evaluation, where they are build errors. Building the
// blob walks every byte of every string: some million steps of const evaluation, a second or two.
#![allow(clippy::indexing_slicing, clippy::panic, long_running_const_eval)]

use super::{Text, ACTION_COUNT, CODE_COUNT, LANGUAGE_COUNT};
use crate::catalog::{ACTION_LABELS, LANGUAGES, ROWS, UNKNOWN, USER_FALLBACK};
use crate::{Action, Category};

/// Row index that stands for every unknown code (the `unknown` texts, name "", category unknown).
pub(super) const UNKNOWN_ROW: usize = CODE_COUNT;
pub(super) const ROW_SLOTS: usize = CODE_COUNT + 1;

/// A stored string: `head`, `separator` and `tail` concatenated (a message is a summary, the
/// language's separator and a remedy; every other string is its `head` alone).
#[derive(Clone, Copy)]
struct Piece {
    head: &'static str,
    separator: &'static str,
    tail: &'static str,
}

impl Piece {
    const fn of(s: &'static str) -> Piece {
        Piece {
            head: s,
            separator: "",
            tail: "",
        }
    }

    const fn message(text: Text, separator: &'static str) -> Piece {
        Piece {
            head: text.summary,
            separator: if text.remedy.is_empty() {
                ""
            } else {
                separator
            },
            tail: text.remedy,
        }
    }

    const fn len(&self) -> usize {
        self.head.len() + self.separator.len() + self.tail.len()
    }

    const fn byte(&self, i: usize) -> u8 {
        let (h, s) = (self.head.len(), self.separator.len());
        if i < h {
            self.head.as_bytes()[i]
        } else if i < h + s {
            self.separator.as_bytes()[i - h]
        } else {
            self.tail.as_bytes()[i - h - s]
        }
    }

    const fn eq(&self, other: &Piece) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self.byte(i) != other.byte(i) {
                return false;
            }
            i += 1;
        }
        true
    }
}

/// Index of each string in `STRINGS`. Segment 0: the empty string (so that offset 0 reads as
/// `""`), the category names, the action names, the language tags, then each row's name (the
/// unknown row last). Segment `1 + l`, language `l`'s texts: each row's summary and message (the
/// unknown row first, see `position`), the user fallback message, each action's label.
pub(super) const CATEGORY_BASE: usize = 1;
pub(super) const ACTION_BASE: usize = CATEGORY_BASE + Category::ALL.len();
pub(super) const TAG_BASE: usize = ACTION_BASE + ACTION_COUNT;
pub(super) const NAME_BASE: usize = TAG_BASE + LANGUAGE_COUNT;
const LANGUAGE_BASE: usize = NAME_BASE + ROW_SLOTS;
/// Strings per language segment.
const PER_LANGUAGE: usize = 2 * ROW_SLOTS + 1 + ACTION_COUNT;
const STRING_COUNT: usize = LANGUAGE_BASE + LANGUAGE_COUNT * PER_LANGUAGE;
const SEGMENT_COUNT: usize = 1 + LANGUAGE_COUNT;

/// A row's position in each language segment: the unknown row first (so that its texts are at
/// offset 0 of every language), then the catalog rows in order.
const fn position(row: usize) -> usize {
    if row == UNKNOWN_ROW {
        0
    } else {
        row + 1
    }
}

/// The row at `position` of a language segment.
const fn row_at(position: usize) -> usize {
    if position == 0 {
        UNKNOWN_ROW
    } else {
        position - 1
    }
}

pub(super) const fn summary_index(row: usize, lang: usize) -> usize {
    LANGUAGE_BASE + lang * PER_LANGUAGE + 2 * position(row)
}

pub(super) const fn message_index(row: usize, lang: usize) -> usize {
    summary_index(row, lang) + 1
}

pub(super) const fn fallback_index(lang: usize) -> usize {
    LANGUAGE_BASE + lang * PER_LANGUAGE + 2 * ROW_SLOTS
}

pub(super) const fn label_index(action: usize, lang: usize) -> usize {
    fallback_index(lang) + 1 + action
}

/// Whether string `i` is the summary or the message of a text with a remedy.
const fn has_remedy(i: usize) -> bool {
    if i < LANGUAGE_BASE {
        return false;
    }
    let within = (i - LANGUAGE_BASE) % PER_LANGUAGE;
    within < 2 * ROW_SLOTS
        && !row_text(row_at(within / 2), (i - LANGUAGE_BASE) / PER_LANGUAGE)
            .remedy
            .is_empty()
}

/// The segment of string `i` and the index of that segment's first string.
const fn segment(i: usize) -> (usize, usize) {
    if i < LANGUAGE_BASE {
        (0, 0)
    } else {
        let lang = (i - LANGUAGE_BASE) / PER_LANGUAGE;
        (1 + lang, LANGUAGE_BASE + lang * PER_LANGUAGE)
    }
}

pub(super) const fn row_text(row: usize, lang: usize) -> Text {
    if row == UNKNOWN_ROW {
        UNKNOWN[lang]
    } else {
        ROWS[row].texts[lang]
    }
}

const fn all_strings() -> [Piece; STRING_COUNT] {
    let mut out = [Piece::of(""); STRING_COUNT];
    let mut i = 0;
    while i < Category::ALL.len() {
        out[CATEGORY_BASE + i] = Piece::of(Category::ALL[i].as_str());
        i += 1;
    }
    let mut a = 0;
    while a < ACTION_COUNT {
        out[ACTION_BASE + a] = Piece::of(Action::ALL[a].as_str());
        a += 1;
    }
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[TAG_BASE + l] = Piece::of(LANGUAGES[l].tag);
        out[fallback_index(l)] = Piece::message(USER_FALLBACK[l], LANGUAGES[l].separator);
        let mut a = 0;
        while a < ACTION_COUNT {
            out[label_index(a, l)] = Piece::of(ACTION_LABELS[a][l]);
            a += 1;
        }
        l += 1;
    }
    let mut r = 0;
    while r < ROW_SLOTS {
        out[NAME_BASE + r] = Piece::of(if r == UNKNOWN_ROW { "" } else { ROWS[r].name });
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            let text = row_text(r, l);
            if text.summary.is_empty() {
                panic!("a catalog summary is empty");
            }
            out[summary_index(r, l)] = Piece::of(text.summary);
            out[message_index(r, l)] = Piece::message(text, LANGUAGES[l].separator);
            l += 1;
        }
        r += 1;
    }
    out
}

// Only read during const evaluation: it never reaches the library.
#[allow(clippy::large_const_arrays)]
const STRINGS: [Piece; STRING_COUNT] = all_strings();

/// FNV-1a over `bytes`, continuing from `h`.
const fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    let mut k = 0;
    while k < bytes.len() {
        h = (h ^ bytes[k] as u64).wrapping_mul(0x100_0000_01b3);
        k += 1;
    }
    h
}

/// A hash of each string's bytes and its segment, so that equal strings of a segment meet in
/// `build_first_equal`'s table.
const fn build_hashes() -> [u64; STRING_COUNT] {
    let strings = &STRINGS;
    let mut out = [0; STRING_COUNT];
    let mut i = 0;
    while i < STRING_COUNT {
        let p = &strings[i];
        let h = fnv(
            0xcbf2_9ce4_8422_2325 ^ segment(i).0 as u64,
            p.head.as_bytes(),
        );
        out[i] = fnv(fnv(h, p.separator.as_bytes()), p.tail.as_bytes());
        i += 1;
    }
    out
}

// Only read during const evaluation, as STRINGS.
#[allow(clippy::large_const_arrays)]
const HASHES: [u64; STRING_COUNT] = build_hashes();

/// Slots of the open-addressing table that finds equal strings: a power of two, at least twice the
/// strings.
const DEDUPE_SLOTS: usize = (2 * STRING_COUNT).next_power_of_two();

/// For each string, the index of the first string of the same segment equal to it (stored once),
/// found through a hash table in one pass. The summary and message of a text with a remedy are
/// stored as a pair, summary right before message, and shared only as a pair: with an equal pair.
const fn build_first_equal() -> [usize; STRING_COUNT] {
    // Through references: indexing the constants themselves would copy them on every access.
    let (strings, hashes) = (&STRINGS, &HASHES);
    let mut out = [0; STRING_COUNT];
    // Each slot holds a string index + 1 (a pair's: its summary's); 0 is empty.
    let mut table = [0usize; DEDUPE_SLOTS];
    let mut i = 0;
    while i < STRING_COUNT {
        // A pair is i (the summary) and i + 1 (the message), keyed by both hashes.
        let pair = has_remedy(i);
        out[i] = i;
        if pair {
            out[i + 1] = i + 1;
        }
        let hash = if pair {
            hashes[i] ^ hashes[i + 1].rotate_left(1)
        } else {
            hashes[i]
        };
        let mut slot = hash as usize & (DEDUPE_SLOTS - 1);
        loop {
            let held = table[slot];
            if held == 0 {
                table[slot] = i + 1;
                break;
            }
            let j = held - 1;
            let same = segment(j).0 == segment(i).0
                && has_remedy(j) == pair
                && strings[j].eq(&strings[i])
                && (!pair || strings[j + 1].eq(&strings[i + 1]));
            if same {
                out[i] = j;
                if pair {
                    out[i + 1] = j + 1;
                }
                break;
            }
            slot = (slot + 1) & (DEDUPE_SLOTS - 1);
        }
        i += if pair { 2 } else { 1 };
    }
    out
}

#[allow(clippy::large_const_arrays)]
const FIRST_EQUAL: [usize; STRING_COUNT] = build_first_equal();

const fn blob_len() -> usize {
    let (strings, first_equal) = (&STRINGS, &FIRST_EQUAL);
    let mut len = 0;
    let mut i = 0;
    while i < STRING_COUNT {
        if first_equal[i] == i {
            len += strings[i].len() + 1;
        }
        i += 1;
    }
    len
}

/// Total bytes of the stored strings, NULs included.
const BLOB_LEN: usize = blob_len();

/// The blob, where each segment starts in it, and each string's offset from its segment's start.
pub(super) struct Blob {
    bytes: [u8; BLOB_LEN],
    pub(super) segment_starts: [u32; SEGMENT_COUNT],
    pub(super) offsets: [u16; STRING_COUNT],
}

const fn build_blob() -> Blob {
    let (strings, first_equal) = (&STRINGS, &FIRST_EQUAL);
    let mut blob = Blob {
        bytes: [0; BLOB_LEN],
        segment_starts: [0; SEGMENT_COUNT],
        offsets: [0; STRING_COUNT],
    };
    let mut at = 0;
    let mut i = 0;
    while i < STRING_COUNT {
        let (seg, first_of_segment) = segment(i);
        if i == first_of_segment {
            blob.segment_starts[seg] = at as u32;
        }
        let first = first_equal[i];
        if first < i {
            blob.offsets[i] = blob.offsets[first];
        } else {
            let offset = at - blob.segment_starts[seg] as usize;
            if offset > u16::MAX as usize {
                panic!("a blob segment (the names, or one language's texts) exceeds 64 KiB");
            }
            blob.offsets[i] = offset as u16;
            let piece = strings[i];
            at = copy(&mut blob.bytes, at, piece.head);
            at = copy(&mut blob.bytes, at, piece.separator);
            at = copy(&mut blob.bytes, at, piece.tail) + 1;
        }
        i += 1;
    }
    blob
}

/// Copies `s` into `bytes` at `at`; returns where it ends.
const fn copy(bytes: &mut [u8; BLOB_LEN], at: usize, s: &str) -> usize {
    let s = s.as_bytes();
    let mut k = 0;
    while k < s.len() {
        if s[k] == 0 {
            panic!("a catalog string contains a NUL byte");
        }
        bytes[at + k] = s[k];
        k += 1;
    }
    at + s.len()
}

pub(super) const BUILT: Blob = build_blob();

/// Every string the library returns, each followed by a NUL.
pub(crate) static BLOB: [u8; BLOB_LEN] = BUILT.bytes;
