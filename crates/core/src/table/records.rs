//! Per-slot records and the accessors the C ABI and the Rust API use.
//!
//! A record holds a row's code, name, packed metadata and message offset per language, side by
//! side, in its slot of `hash`. An accessor reads the `WINDOW` records from the code's home slot
//! and keeps the value of the one whose code matches, else the unknown code's answer, a constant
//! (its texts are at offset 0 of every language segment): one multiply, one load, no branch, for
//! any `i32`. What is read less often (summaries, retry delays) is in a per-row table.
// Indexing and panics here only run in const evaluation, where they are build errors.
#![allow(clippy::indexing_slicing, clippy::panic)]

use super::hash::{home_slot, CODE_HASH, SLOT_COUNT, WINDOW};
use super::strings::{
    fallback_index, label_index, message_index, summary_index, ACTION_BASE, BUILT, CATEGORY_BASE,
    NAME_BASE, TAG_BASE,
};
use super::{ACTION_COUNT, CODE_COUNT, LANGUAGE_COUNT};
use crate::catalog::{LANGUAGES, ROWS};
use crate::{Action, Audience, Category};

/// One code's record.
#[derive(Clone, Copy)]
struct Record {
    code: i32,
    /// Offset of the name in segment 0.
    name: u16,
    /// Category (bits 0–2), whether the audience is the user (bit 3), action (bits 4–7), catalog
    /// row + 1 (bits 8–15): 0 for unknown codes.
    meta: u16,
    /// Offsets of the message in each language's segment.
    messages: [u16; LANGUAGE_COUNT],
}

/// Records stored: every slot, and `WINDOW - 1` more so that a window never runs out.
const RECORD_COUNT: usize = SLOT_COUNT + WINDOW - 1;

/// The distinct retry delays in milliseconds; index 0 is "none stated".
const DELAY_COUNT: usize = {
    let mut n = 1;
    let mut r = 0;
    while r < CODE_COUNT {
        let ms = ROWS[r].retry_after_ms;
        let mut s = 0;
        let mut new = ms != 0;
        while s < r {
            new &= ROWS[s].retry_after_ms != ms;
            s += 1;
        }
        n += new as usize;
        r += 1;
    }
    n
};

const fn build_delays() -> [u32; DELAY_COUNT] {
    let mut out = [0; DELAY_COUNT];
    let mut n = 1;
    let mut r = 0;
    while r < CODE_COUNT {
        if delay_index(&out, n, ROWS[r].retry_after_ms) == n {
            out[n] = ROWS[r].retry_after_ms;
            n += 1;
        }
        r += 1;
    }
    out
}

/// The index of `ms` among the first `n` delays, or `n`.
const fn delay_index(delays: &[u32], n: usize, ms: u32) -> usize {
    let mut i = 0;
    while i < n {
        if delays[i] == ms {
            return i;
        }
        i += 1;
    }
    n
}

static DELAYS: [u32; DELAY_COUNT] = build_delays();

/// The record of catalog row `r`.
const fn record(r: usize) -> Record {
    if Category::ALL.len() > 1 << 3 || ACTION_COUNT > 1 << 4 || CODE_COUNT >= 1 << 8 {
        panic!("the packed row metadata needs wider fields");
    }
    let offsets = &BUILT.offsets;
    let mut messages = [0; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        messages[l] = offsets[message_index(r, l)];
        l += 1;
    }
    let row = &ROWS[r];
    Record {
        code: row.code,
        name: offsets[NAME_BASE + r],
        meta: row.category as u16
            | (matches!(row.audience, Audience::User) as u16) << 3
            | (row.action as u16) << 4
            | (r as u16 + 1) << 8,
        messages,
    }
}

const fn build_records() -> [Record; RECORD_COUNT] {
    // An empty slot holds a copy of row 0's record: only row 0's code can match it, and the copy
    // answers the same.
    let mut out = [record(0); RECORD_COUNT];
    let mut s = 0;
    while s < RECORD_COUNT {
        if let Some(r) = CODE_HASH.rows[s] {
            out[s] = record(r);
        }
        s += 1;
    }
    out
}

static RECORDS: [Record; RECORD_COUNT] = build_records();

/// What a row has besides its record.
#[derive(Clone, Copy)]
struct RowTexts {
    /// The summary offsets by language (the message's own offset when there is no remedy).
    summaries: [u16; LANGUAGE_COUNT],
    /// The index of the retry delay in `DELAYS`.
    delay: u8,
}

const fn build_row_texts() -> [RowTexts; CODE_COUNT] {
    if DELAY_COUNT > u8::MAX as usize {
        panic!("too many distinct retry delays for a u8 index");
    }
    let offsets = &BUILT.offsets;
    let mut out = [RowTexts {
        summaries: [0; LANGUAGE_COUNT],
        delay: 0,
    }; CODE_COUNT];
    let mut r = 0;
    while r < CODE_COUNT {
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            out[r].summaries[l] = offsets[summary_index(r, l)];
            l += 1;
        }
        out[r].delay = delay_index(&DELAYS, DELAY_COUNT, ROWS[r].retry_after_ms) as u8;
        r += 1;
    }
    out
}

static ROW_TEXTS: [RowTexts; CODE_COUNT] = build_row_texts();

const fn build_codes() -> [i32; CODE_COUNT] {
    let mut out = [0; CODE_COUNT];
    let mut r = 0;
    while r < CODE_COUNT {
        out[r] = ROWS[r].code;
        let mut s = 0;
        while s < r {
            if ROWS[s].code == ROWS[r].code {
                panic!("a code appears twice in the catalog");
            }
            if super::str_eq(ROWS[s].name, ROWS[r].name) {
                panic!("a name appears twice in the catalog");
            }
            s += 1;
        }
        r += 1;
    }
    out
}

/// Every known code, in catalog order.
static CODES: [i32; CODE_COUNT] = build_codes();

/// Offsets of a run of consecutive strings in segment 0 (which starts at 0).
const fn name_offsets<const N: usize>(first: usize) -> [u16; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = BUILT.offsets[first + i];
        i += 1;
    }
    out
}

/// Blob offsets of the category names, one byte each by category id (they are among the first
/// strings of segment 0): read with a shift, so a category name costs no load after the record's.
const CATEGORY_NAMES: u64 = {
    let offsets: [u16; Category::ALL.len()] = name_offsets(CATEGORY_BASE);
    assert!(
        offsets.len() <= 8,
        "at most eight categories fit in the packed offsets"
    );
    let mut packed = 0;
    let mut i = 0;
    while i < offsets.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        let offset = offsets[i];
        assert!(offset < 256, "a category name's offset fits in a byte");
        packed |= (offset as u64) << (8 * i);
        i += 1;
    }
    packed
};

/// Blob offsets of the action names, by action id.
static ACTION_NAMES: [u16; ACTION_COUNT] = name_offsets(ACTION_BASE);
/// Blob offsets of the language tags, by language id.
static TAGS: [u16; LANGUAGE_COUNT] = name_offsets(TAG_BASE);

/// Per language: where its segment starts in the blob, the length of its sentence separator, and
/// the offsets of its user fallback message and of each action's label.
struct LanguageTexts {
    start: u32,
    separator: u16,
    fallback: u16,
    labels: [u16; ACTION_COUNT],
}

const fn build_language_texts() -> [LanguageTexts; LANGUAGE_COUNT] {
    let offsets = &BUILT.offsets;
    let mut out = [const {
        LanguageTexts {
            start: 0,
            separator: 0,
            fallback: 0,
            labels: [0; ACTION_COUNT],
        }
    }; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[l].start = BUILT.segment_starts[1 + l];
        out[l].separator = LANGUAGES[l].separator.len() as u16;
        out[l].fallback = offsets[fallback_index(l)];
        let mut a = 0;
        while a < ACTION_COUNT {
            out[l].labels[a] = offsets[label_index(a, l)];
            a += 1;
        }
        l += 1;
    }
    out
}

static LANGUAGE_TEXTS: [LanguageTexts; LANGUAGE_COUNT] = build_language_texts();

// ---- lookups -------------------------------------------------------------------------------

/// `get` of the record of `code`, or 0 if there is none (every unknown answer is 0). The window's
/// records are all read; at most one has the code, so the values of the others are masked out by
/// conditional moves and the rest combined by OR: no branch, no chain of selects.
#[inline(always)]
fn lookup(code: i32, get: impl Fn(&Record) -> u16) -> u32 {
    let home = home_slot(code);
    let mut out = 0;
    let mut k = 0;
    while k < WINDOW {
        if let Some(record) = RECORDS.get(home + k) {
            // 32-bit values: no partial-register merges in the conditional moves.
            let value = u32::from(get(record));
            out |= core::hint::select_unpredictable(record.code == code, value, 0);
        }
        k += 1;
    }
    out
}

/// The per-row texts of `code`, if it is known.
#[inline(always)]
fn row_texts(code: i32) -> Option<&'static RowTexts> {
    let row_plus_one = (lookup(code, |r| r.meta) >> 8) as usize;
    ROW_TEXTS.get(row_plus_one.checked_sub(1)?)
}

/// Language `lang` clamped to the catalog (0, English, out of range) and its texts.
#[inline(always)]
fn language(lang: usize) -> (usize, &'static LanguageTexts) {
    match LANGUAGE_TEXTS.get(lang) {
        Some(texts) => (lang, texts),
        None => (0, &LANGUAGE_TEXTS[0]),
    }
}

/// Whether `code` is in the catalog.
#[inline(always)]
pub(crate) fn is_known(code: i32) -> bool {
    lookup(code, |_| 1) != 0
}

/// All known codes, in catalog order.
#[inline(always)]
pub(crate) fn codes() -> &'static [i32] {
    &CODES
}

/// The blob offset of the message of `code` in language `lang` (out of range: English).
#[inline(always)]
pub(crate) fn message(code: i32, lang: usize) -> usize {
    let (lang, texts) = language(lang);
    let offset = lookup(code, |r| r.messages.get(lang).copied().unwrap_or(0));
    texts.start as usize + offset as usize
}

/// The blob offset of the summary of `code` in language `lang`.
#[inline(always)]
pub(crate) fn summary(code: i32, lang: usize) -> usize {
    let (lang, texts) = language(lang);
    let offset = row_texts(code).and_then(|t| t.summaries.get(lang).copied());
    let offset = offset.unwrap_or(0);
    texts.start as usize + offset as usize
}

/// The blob offset of the remedy of `code` in language `lang`: the tail of the message after the
/// summary (stored just before the message) and the separator; `""` when there is none.
#[inline(always)]
pub(crate) fn remedy(code: i32, lang: usize) -> usize {
    let (lang, texts) = language(lang);
    let summary = row_texts(code).and_then(|t| t.summaries.get(lang).copied());
    let message = lookup(code, |r| r.messages.get(lang).copied().unwrap_or(0));
    let summary = u32::from(summary.unwrap_or(0));
    if summary == message {
        return 0;
    }
    let summary_len = (message - summary) as usize - 1;
    texts.start as usize + message as usize + summary_len + texts.separator as usize
}

/// The blob offset of the user fallback message in language `lang`.
#[inline(always)]
pub(crate) fn user_fallback(lang: usize) -> usize {
    let (_, texts) = language(lang);
    texts.start as usize + texts.fallback as usize
}

/// The blob offset of `action`'s label in language `lang` (`""` for actions without one).
#[inline(always)]
pub(crate) fn action_label(action: Action, lang: usize) -> usize {
    let (_, texts) = language(lang);
    match texts.labels.get(action as usize) {
        Some(&label) if action.has_label() => texts.start as usize + label as usize,
        _ => 0,
    }
}

/// The blob offset of the name of `code` (`""` for unknown codes).
#[inline(always)]
pub(crate) fn name(code: i32) -> usize {
    lookup(code, |r| r.name) as usize
}

#[inline(always)]
fn meta(code: i32) -> u32 {
    lookup(code, |r| r.meta)
}

/// The category of `code`.
#[inline(always)]
pub(crate) fn category(code: i32) -> Category {
    let id = (meta(code) & 0x7) as usize;
    Category::ALL.get(id).copied().unwrap_or(Category::Unknown)
}

/// The blob offset of the category name of `code`.
#[inline(always)]
pub(crate) fn category_name_of(code: i32) -> usize {
    let id = meta(code) & 0x7;
    (CATEGORY_NAMES >> (8 * id) & 0xff) as usize
}

/// The action of `code`.
#[inline(always)]
pub(crate) fn action(code: i32) -> Action {
    let id = (meta(code) >> 4 & 0xf) as usize;
    Action::ALL.get(id).copied().unwrap_or(Action::None)
}

/// The audience of `code`.
#[inline(always)]
pub(crate) fn audience(code: i32) -> Audience {
    if meta(code) >> 3 & 1 == 1 {
        Audience::User
    } else {
        Audience::Developer
    }
}

/// The retry delay of `code` in milliseconds (0: none stated).
#[inline(always)]
pub(crate) fn retry_after_ms(code: i32) -> u32 {
    let delay = row_texts(code).map_or(0, |t| usize::from(t.delay));
    DELAYS.get(delay).copied().unwrap_or(0)
}

/// The blob offset of an action's name.
#[inline(always)]
pub(crate) fn action_name(action: Action) -> usize {
    ACTION_NAMES.get(action as usize).copied().unwrap_or(0) as usize
}

/// The blob offset of language `lang`'s tag (English's out of range).
#[inline(always)]
pub(crate) fn tag(lang: usize) -> usize {
    TAGS.get(lang).or(TAGS.first()).copied().unwrap_or(0) as usize
}
