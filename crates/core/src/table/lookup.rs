//! The accessors the C ABI and the Rust API use: each reads the `WINDOW` records from a code's
//! home slot and keeps the value of the one whose code matches, else the unknown code's answer, a
//! constant (its texts are at offset 0 of every language segment): one multiply, one load, no
//! branch, for any `i32`.

use super::hash::home;
use super::meta::{ACTION_MASK, ACTION_SHIFT, CATEGORY_MASK, ROW_SHIFT, USER_SHIFT};
use super::{LanguageTexts, Record, RowTexts};
use crate::catalog::{
    Word, ACTION_NAMES, CATEGORY_NAMES, CODES, DELAYS, LANGUAGE_TEXTS, MULTIPLIER, RECORDS,
    ROW_TEXTS, SLOT_BITS, TAGS, WINDOW,
};
use crate::{Action, Audience, Category};

/// `get` of the record of `code`, or 0 if there is none (every unknown answer is 0). The window's
/// records are all read; at most one has the code, so the values of the others are masked out by
/// conditional moves and the rest combined by OR: no branch, no chain of selects.
#[inline(always)]
fn lookup(code: i32, get: impl Fn(&Record) -> Word) -> u32 {
    let home = home(code, MULTIPLIER, SLOT_BITS);
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
    let row_plus_one = (lookup(code, |r| r.meta) >> ROW_SHIFT) as usize;
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
    let id = (meta(code) & CATEGORY_MASK) as usize;
    Category::ALL.get(id).copied().unwrap_or(Category::Unknown)
}

/// The blob offset of the category name of `code`.
#[inline(always)]
pub(crate) fn category_name_of(code: i32) -> usize {
    let id = meta(code) & CATEGORY_MASK;
    (CATEGORY_NAMES >> (8 * id) & 0xff) as usize
}

/// The action of `code`.
#[inline(always)]
pub(crate) fn action(code: i32) -> Action {
    let id = (meta(code) >> ACTION_SHIFT & ACTION_MASK) as usize;
    Action::ALL.get(id).copied().unwrap_or(Action::None)
}

/// The audience of `code`.
#[inline(always)]
pub(crate) fn audience(code: i32) -> Audience {
    if meta(code) >> USER_SHIFT & 1 == 1 {
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
