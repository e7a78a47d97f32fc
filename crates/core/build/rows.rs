//! The catalog's rows as `src/catalog.rs` writes them, and the `catalog!` macro that reads them.
//! Everything here is checked at compile time of the build script: a missing or unknown language,
//! an unknown action, a delay on an action other than `retry`, a missing action label.
#![allow(clippy::indexing_slicing, clippy::panic)] // const evaluation only: build errors

pub(crate) use crate::catalog::LANGUAGE_COUNT;
use crate::kinds::str_eq;
use crate::{Action, Audience, Category};

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
        struct Texts { $($lang: $crate::rows::Text,)+ }
        /// One label per language.
        struct Labels { $($lang: &'static str,)+ }

        const fn texts(t: Texts) -> [$crate::rows::Text; LANGUAGE_COUNT] {
            [$(t.$lang,)+]
        }

        const fn labels(l: Labels) -> [&'static str; LANGUAGE_COUNT] {
            [$(l.$lang,)+]
        }

        pub(crate) const LANGUAGE_COUNT: usize = [$(stringify!($lang),)+].len();
        pub(crate) const LANGUAGES: [$crate::rows::LanguageRow; LANGUAGE_COUNT] = [$(
            $crate::rows::LanguageRow { tag: $tag, english_name: $english, separator: $separator },
        )+];
        pub(crate) const UNKNOWN: [$crate::rows::Text; LANGUAGE_COUNT] = texts(Texts { $(
            $ulang: $crate::rows::Text { summary: $usummary, remedy: concat!($($uremedy)?) },
        )+ });
        pub(crate) const USER_FALLBACK: [$crate::rows::Text; LANGUAGE_COUNT] = texts(Texts { $(
            $flang: $crate::rows::Text { summary: $fsummary, remedy: concat!($($fremedy)?) },
        )+ });
        pub(crate) const ACTION_LABELS: [[&str; LANGUAGE_COUNT]; $crate::Action::ALL.len()] =
            $crate::rows::action_labels(&[$(
                ($crate::Action::from_name(stringify!($laction)), labels(Labels { $($llang: $label,)+ })),
            )+]);
        pub(crate) const ROWS: &[$crate::rows::Row] = &[$(
            $crate::rows::Row {
                code: $code,
                name: stringify!($name),
                category: $crate::Category::$category,
                action: $crate::Action::from_name(stringify!($action)),
                audience: $crate::rows::audience_flag(stringify!($($audience)?)),
                retry_after_ms: $crate::rows::retry_delay(stringify!($action), 0 $(+ $delay)?),
                texts: texts(Texts { $(
                    $rlang: $crate::rows::Text { summary: $summary, remedy: concat!($($remedy)?) },
                )+ }),
            },
        )+];
    };
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
