//! Compile-time construction of the lookup tables from the catalog rows, sized for a library
//! whose size is mostly its strings and timed for a lookup of two dependent loads (BENCHMARKS.md):
//! - `strings`: every string once in one byte blob, addressed by `u16` offsets within segments
//!   (no pointers, so no relocations in the shared library);
//! - `hash`: a perfect hash from any `i32` code to a slot;
//! - `records`: per slot, the row's code, name, packed metadata and message offsets side by side,
//!   and the accessors the C ABI uses.
//!
//! All of this is computed by `const fn`s; a malformed catalog (duplicate code or name, a NUL
//! inside a text, an empty summary, a row whose languages differ from the `languages` block, a
//! missing action label) is a build error.
// Indexing and panics here only run in const evaluation, where they are build errors. Building the
// blob walks every byte of every string: some million steps of const evaluation, a second or two.
#![allow(clippy::indexing_slicing, clippy::panic, long_running_const_eval)]

mod hash;
mod records;
mod strings;

pub(crate) use crate::catalog::LANGUAGE_COUNT;
use crate::catalog::ROWS;
use crate::{Action, Audience, Category};
pub(crate) use records::*;
pub(crate) use strings::BLOB;

/// A summary and its remedy (`""` when there is none), in one language.
#[derive(Clone, Copy)]
pub(crate) struct Text {
    pub(crate) summary: &'static str,
    pub(crate) remedy: &'static str,
}

/// One catalog row as written in `catalog.rs`.
pub(crate) struct Row {
    pub(crate) code: i32,
    pub(crate) name: &'static str,
    pub(crate) category: Category,
    pub(crate) action: Action,
    pub(crate) audience: Audience,
    pub(crate) retry_after_ms: u32,
    pub(crate) texts: [Text; LANGUAGE_COUNT],
}

/// One language as declared in the `languages` block of `catalog.rs`.
pub(crate) struct LanguageRow {
    pub(crate) tag: &'static str,
    pub(crate) english_name: &'static str,
    /// What separates two sentences: between a summary and its remedy in a message.
    pub(crate) separator: &'static str,
}

/// Expands the catalog (see `catalog.rs`) into `LANGUAGES`, `UNKNOWN`, `USER_FALLBACK`,
/// `ACTION_LABELS` and `ROWS`. Each block's texts initialise a struct with one field per language,
/// so a missing or unknown language is a compile error (``missing field `ja` in initializer of
/// `Texts` ``).
macro_rules! catalog {
    (
        languages { $($lang:ident $tag:literal $english:literal $separator:literal,)+ }
        unknown { $($ulang:ident: $usummary:literal $($uremedy:literal)?,)+ }
        user_fallback { $($flang:ident: $fsummary:literal $($fremedy:literal)?,)+ }
        action_labels { $($laction:ident { $($llang:ident: $label:literal),+ $(,)? })+ }
        $($code:literal $name:ident $category:ident $action:ident $(($delay:literal))? $($audience:ident)?
            { $($rlang:ident: $summary:literal $($remedy:literal)?,)+ })+
    ) => {
        /// One text per language.
        struct Texts { $($lang: $crate::table::Text,)+ }
        /// One label per language.
        struct Labels { $($lang: &'static str,)+ }

        const fn texts(t: Texts) -> [$crate::table::Text; LANGUAGE_COUNT] {
            [$(t.$lang,)+]
        }

        const fn labels(l: Labels) -> [&'static str; LANGUAGE_COUNT] {
            [$(l.$lang,)+]
        }

        pub(crate) const LANGUAGE_COUNT: usize = [$(stringify!($lang),)+].len();
        pub(crate) const LANGUAGES: [$crate::table::LanguageRow; LANGUAGE_COUNT] = [$(
            $crate::table::LanguageRow { tag: $tag, english_name: $english, separator: $separator },
        )+];
        pub(crate) const UNKNOWN: [$crate::table::Text; LANGUAGE_COUNT] = texts(Texts { $(
            $ulang: $crate::table::Text { summary: $usummary, remedy: concat!($($uremedy)?) },
        )+ });
        pub(crate) const USER_FALLBACK: [$crate::table::Text; LANGUAGE_COUNT] = texts(Texts { $(
            $flang: $crate::table::Text { summary: $fsummary, remedy: concat!($($fremedy)?) },
        )+ });
        pub(crate) const ACTION_LABELS: [[&str; LANGUAGE_COUNT]; $crate::Action::ALL.len()] =
            $crate::table::action_labels(&[$(
                ($crate::Action::from_name(stringify!($laction)), labels(Labels { $($llang: $label,)+ })),
            )+]);
        pub(crate) const ROWS: &[$crate::table::Row] = &[$(
            $crate::table::Row {
                code: $code,
                name: stringify!($name),
                category: $crate::Category::$category,
                action: $crate::Action::from_name(stringify!($action)),
                audience: $crate::table::audience_flag(stringify!($($audience)?)),
                retry_after_ms: $crate::table::retry_delay(stringify!($action), 0 $(+ $delay)?),
                texts: texts(Texts { $(
                    $rlang: $crate::table::Text { summary: $summary, remedy: concat!($($remedy)?) },
                )+ }),
            },
        )+];
    };
}

pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `developer` after a row's action marks a developer-audience code; nothing else may stand there.
pub(crate) const fn audience_flag(flag: &str) -> Audience {
    if str_eq(flag, "developer") {
        Audience::Developer
    } else if flag.is_empty() {
        Audience::User
    } else {
        panic!("only `developer` may follow a row's action")
    }
}

/// A row's retry delay: only `retry(MS)` may state one.
pub(crate) const fn retry_delay(action: &str, ms: u32) -> u32 {
    if ms != 0 && !str_eq(action, "retry") {
        panic!("only `retry` takes a delay, as `retry(MS)`");
    }
    ms
}

/// The label table by action id; `none` and `fix_integration` must have no label, every other
/// action exactly one.
pub(crate) const fn action_labels(
    given: &[(Action, [&'static str; LANGUAGE_COUNT])],
) -> [[&'static str; LANGUAGE_COUNT]; Action::ALL.len()] {
    let mut out = [[""; LANGUAGE_COUNT]; Action::ALL.len()];
    let mut seen = [false; Action::ALL.len()];
    let mut i = 0;
    while i < given.len() {
        let (action, labels) = given[i];
        if seen[action as usize] {
            panic!("an action has two label rows");
        }
        if !action.has_label() {
            panic!("`none` and `fix_integration` have no label");
        }
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            if labels[l].is_empty() {
                panic!("an action label is empty");
            }
            l += 1;
        }
        seen[action as usize] = true;
        out[action as usize] = labels;
        i += 1;
    }
    let mut a = 0;
    while a < Action::ALL.len() {
        if Action::ALL[a].has_label() && !seen[a] {
            panic!("an action that asks the user to do something has no label");
        }
        a += 1;
    }
    out
}

/// Number of known codes.
pub(crate) const CODE_COUNT: usize = ROWS.len();
const ACTION_COUNT: usize = Action::ALL.len();
