//! The lookup tables and their accessors. The build script (`build/`) compiles the catalog into
//! the tables (`crate::catalog`), sized for a library whose size is mostly its strings and timed
//! for a lookup of two dependent loads (BENCHMARKS.md):
//! - the blob: every string once, addressed by offsets within segments (the names; each
//!   language's texts), so no pointers and no relocations in the shared library;
//! - `hash`: any `i32` code to a home slot, its record there or in the next `WINDOW - 1` slots;
//! - a record per slot: the row's code, name, packed metadata (`meta`) and message offset per
//!   language side by side; what is read less often (summaries, retry delays) is per row.
//!
//! Offsets and `meta` are `Word`s: `u16` while the catalog fits (a 32-byte record), else `u32`.

mod hash;
mod lookup;
mod meta;

use crate::catalog::{Word, LANGUAGE_COUNT};
pub(crate) use lookup::*;

/// One code's record, in its slot.
#[derive(Clone, Copy)]
pub(crate) struct Record {
    pub(crate) code: i32,
    /// Offset of the name in segment 0.
    pub(crate) name: Word,
    /// Category, audience, action and row number (`meta.rs`).
    pub(crate) meta: Word,
    /// Offsets of the message in each language's segment.
    pub(crate) messages: [Word; LANGUAGE_COUNT],
}

/// What a row has besides its record.
#[derive(Clone, Copy)]
pub(crate) struct RowTexts {
    /// The summary offsets by language (the message's own offset when there is no remedy).
    pub(crate) summaries: [Word; LANGUAGE_COUNT],
    /// The index of the retry delay in `DELAYS`.
    pub(crate) delay: u8,
}

/// Per language: where its segment starts in the blob, the length of its sentence separator, and
/// the offsets of its user fallback message and of each action's label (0: none).
pub(crate) struct LanguageTexts {
    pub(crate) start: u32,
    pub(crate) separator: u16,
    pub(crate) fallback: Word,
    pub(crate) labels: [Word; crate::Action::ALL.len()],
}
