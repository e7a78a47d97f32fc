//! Compile-time construction of the lookup tables from the catalog rows.
//!
//! Sized for a library whose size is mostly its strings (see BENCHMARKS.md):
//! - Every string lives in one byte blob, NUL-terminated, and is addressed by a `u16` offset from
//!   the start of its segment: segment 0 holds the names, category and action names and language
//!   tags, and each language's texts form a segment of their own. A remedy is the tail of its
//!   message and costs no bytes. So the tables hold no pointer (a
//!   shared library pays a relocation per pointer) and two bytes per string, while the blob as a
//!   whole may exceed 64 KiB; a segment may not (build error). Equal strings of a segment are
//!   stored once.
//! - A code finds its row through a perfect hash (see `SLOT_BITS`): a multiply and three loads,
//!   for any `i32` code, in about two bytes per code.
//!
//! All of this is computed by `const fn`s; a malformed catalog (duplicate code or name, a NUL
//! inside a text, an empty summary, a row whose languages differ from the `languages` block, a
//! missing action label) is a build error.
// Indexing and panics here only run in const evaluation, where they are build errors. Building the
// blob walks every byte of every string: some million steps of const evaluation, a second or two.
#![allow(clippy::indexing_slicing, clippy::panic, long_running_const_eval)]

pub(crate) use crate::catalog::LANGUAGE_COUNT;
use crate::catalog::{ACTION_LABELS, LANGUAGES, ROWS, UNKNOWN, USER_FALLBACK};
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
/// Row index that stands for every unknown code (the `unknown` texts, name "", category unknown).
pub(crate) const UNKNOWN_ROW: usize = CODE_COUNT;
const ROW_SLOTS: usize = CODE_COUNT + 1;
const ACTION_COUNT: usize = Action::ALL.len();

// ---- strings -------------------------------------------------------------------------------

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
/// unknown row last), the user fallback message, each action's label.
const CATEGORY_BASE: usize = 1;
const ACTION_BASE: usize = CATEGORY_BASE + Category::ALL.len();
const TAG_BASE: usize = ACTION_BASE + ACTION_COUNT;
const NAME_BASE: usize = TAG_BASE + LANGUAGE_COUNT;
const LANGUAGE_BASE: usize = NAME_BASE + ROW_SLOTS;
/// Strings per language segment.
const PER_LANGUAGE: usize = 2 * ROW_SLOTS + 1 + ACTION_COUNT;
const STRING_COUNT: usize = LANGUAGE_BASE + LANGUAGE_COUNT * PER_LANGUAGE;
const SEGMENT_COUNT: usize = 1 + LANGUAGE_COUNT;

const fn summary_index(row: usize, lang: usize) -> usize {
    LANGUAGE_BASE + lang * PER_LANGUAGE + 2 * row
}

const fn message_index(row: usize, lang: usize) -> usize {
    summary_index(row, lang) + 1
}

const fn fallback_index(lang: usize) -> usize {
    LANGUAGE_BASE + lang * PER_LANGUAGE + 2 * ROW_SLOTS
}

const fn label_index(action: usize, lang: usize) -> usize {
    fallback_index(lang) + 1 + action
}

/// The segment of string `i` and the index of that segment's first string.
const fn segment(i: usize) -> (usize, usize) {
    if i < LANGUAGE_BASE {
        (0, 0)
    } else {
        let lang = (i - LANGUAGE_BASE) / PER_LANGUAGE;
        (1 + lang, summary_index(0, lang))
    }
}

const fn row_text(row: usize, lang: usize) -> Text {
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

/// A cheap fingerprint of each string (its length and first bytes), so that the search for equal
/// strings compares all bytes only when the fingerprints match.
const fn build_hashes() -> [u64; STRING_COUNT] {
    let strings = &STRINGS;
    let mut out = [0; STRING_COUNT];
    let mut i = 0;
    while i < STRING_COUNT {
        let len = strings[i].len();
        let mut h = len as u64;
        let mut k = 0;
        while k < len && k < 6 {
            h = h << 8 | strings[i].byte(k) as u64;
            k += 1;
        }
        out[i] = h;
        i += 1;
    }
    out
}

const HASHES: [u64; STRING_COUNT] = build_hashes();

/// For each string, the index of the first string of the same segment equal to it (stored once).
/// A message without a remedy is its summary, the string just before it.
const fn build_first_equal() -> [usize; STRING_COUNT] {
    // Through references: indexing the constants themselves would copy them on every access.
    let (strings, hashes) = (&STRINGS, &HASHES);
    let mut out = [0; STRING_COUNT];
    let mut i = 0;
    while i < STRING_COUNT {
        out[i] = i;
        if i > 0 && strings[i - 1].eq(&strings[i]) {
            out[i] = out[i - 1];
        } else {
            let mut j = segment(i).1;
            while j < i {
                if hashes[j] == hashes[i] && out[j] == j && strings[j].eq(&strings[i]) {
                    out[i] = j;
                    break;
                }
                j += 1;
            }
        }
        i += 1;
    }
    out
}

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
struct Blob {
    bytes: [u8; BLOB_LEN],
    segment_starts: [u32; SEGMENT_COUNT],
    offsets: [u16; STRING_COUNT],
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

const BUILT: Blob = build_blob();

/// Every string the library returns, each followed by a NUL.
pub(crate) static BLOB: [u8; BLOB_LEN] = BUILT.bytes;

// ---- per-row tables ------------------------------------------------------------------------

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

/// Blob offsets of each row's name; the unknown row last.
static NAMES: [u16; ROW_SLOTS] = name_offsets(NAME_BASE);
/// Blob offsets of the category names, by category id.
static CATEGORY_NAMES: [u16; Category::ALL.len()] = name_offsets(CATEGORY_BASE);
/// Blob offsets of the action names, by action id.
static ACTION_NAMES: [u16; ACTION_COUNT] = name_offsets(ACTION_BASE);
/// Blob offsets of the language tags, by language id.
static TAGS: [u16; LANGUAGE_COUNT] = name_offsets(TAG_BASE);

/// Which text of a row a table holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Summary,
    Message,
    Remedy,
}

/// Offset of part `part` of row `r`'s text in language `l`, from the language segment's start.
/// A remedy is the tail of its message (after the summary and the separator), or the message's
/// terminating NUL (`""`) when there is none: it costs no bytes of its own.
const fn part_offset(offsets: &[u16; STRING_COUNT], r: usize, l: usize, part: Part) -> u16 {
    match part {
        Part::Summary => offsets[summary_index(r, l)],
        Part::Message => offsets[message_index(r, l)],
        Part::Remedy => {
            let text = row_text(r, l);
            let mut skip = text.summary.len();
            if !text.remedy.is_empty() {
                skip += LANGUAGES[l].separator.len();
            }
            offsets[message_index(r, l)] + skip as u16
        }
    }
}

const fn build_parts(part: Part) -> [[u16; LANGUAGE_COUNT]; ROW_SLOTS] {
    let offsets = &BUILT.offsets;
    let mut out = [[0; LANGUAGE_COUNT]; ROW_SLOTS];
    let mut r = 0;
    while r < ROW_SLOTS {
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            out[r][l] = part_offset(offsets, r, l, part);
            l += 1;
        }
        r += 1;
    }
    out
}

/// Each row's messages, summaries and remedies by language id, as offsets from the start of that
/// language's segment; the unknown row last.
static MESSAGES: [[u16; LANGUAGE_COUNT]; ROW_SLOTS] = build_parts(Part::Message);
static SUMMARIES: [[u16; LANGUAGE_COUNT]; ROW_SLOTS] = build_parts(Part::Summary);
static REMEDIES: [[u16; LANGUAGE_COUNT]; ROW_SLOTS] = build_parts(Part::Remedy);

const fn build_language_texts() -> [[u16; 1 + ACTION_COUNT]; LANGUAGE_COUNT] {
    let mut out = [[0; 1 + ACTION_COUNT]; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[l][0] = BUILT.offsets[fallback_index(l)];
        let mut a = 0;
        while a < ACTION_COUNT {
            out[l][1 + a] = BUILT.offsets[label_index(a, l)];
            a += 1;
        }
        l += 1;
    }
    out
}

/// Per language id: the user fallback message, then each action's label, as segment offsets.
static LANGUAGE_TEXTS: [[u16; 1 + ACTION_COUNT]; LANGUAGE_COUNT] = build_language_texts();

const fn build_segment_starts() -> [u32; LANGUAGE_COUNT] {
    let mut out = [0; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[l] = BUILT.segment_starts[1 + l];
        l += 1;
    }
    out
}

/// Where each language's segment starts in the blob, by language id.
static SEGMENT_STARTS: [u32; LANGUAGE_COUNT] = build_segment_starts();

/// The distinct retry delays in milliseconds; index 0 is "none stated".
const DELAY_COUNT: usize = {
    let mut n = 1;
    let mut r = 0;
    while r < CODE_COUNT {
        let mut known = ROWS[r].retry_after_ms == 0;
        let mut s = 0;
        while s < r {
            known |= ROWS[s].retry_after_ms == ROWS[r].retry_after_ms;
            s += 1;
        }
        if !known {
            n += 1;
        }
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

/// A row's category (bits 0–3), action (bits 4–7), audience (bit 8) and retry delay index (bits
/// 9–15) in one `u16`.
const fn build_meta() -> [u16; ROW_SLOTS] {
    if DELAY_COUNT > 1 << 7 || Category::ALL.len() > 1 << 4 || ACTION_COUNT > 1 << 4 {
        panic!("the packed row metadata needs wider fields");
    }
    let mut out = [(Audience::Developer as u16) << 8; ROW_SLOTS];
    let mut r = 0;
    while r < CODE_COUNT {
        let row = &ROWS[r];
        let delay = delay_index(&DELAYS, DELAY_COUNT, row.retry_after_ms);
        out[r] = row.category as u16
            | (row.action as u16) << 4
            | (row.audience as u16) << 8
            | (delay as u16) << 9;
        r += 1;
    }
    out
}

/// Each row's packed metadata (see `build_meta`); the unknown row last: category unknown, action
/// none, audience developer, no delay.
static META: [u16; ROW_SLOTS] = build_meta();

const fn build_keys() -> [i32; ROW_SLOTS] {
    let mut out = [0i32; ROW_SLOTS];
    let mut r = 0;
    while r < CODE_COUNT {
        out[r] = ROWS[r].code;
        let mut s = 0;
        while s < r {
            if ROWS[s].code == ROWS[r].code {
                panic!("a code appears twice in the catalog");
            }
            if str_eq(ROWS[s].name, ROWS[r].name) {
                panic!("a name appears twice in the catalog");
            }
            s += 1;
        }
        r += 1;
    }
    out
}

/// Each row's code, in catalog order: all known codes, then a placeholder for the unknown row
/// (whatever it holds, a code that lands on the unknown row stays unknown, see `row`).
static KEYS: [i32; ROW_SLOTS] = build_keys();

/// All known codes, in catalog order.
#[inline(always)]
pub(crate) fn codes() -> &'static [i32] {
    KEYS.split_at(CODE_COUNT).0
}

/// The blob offset of `offset` in language `lang`'s segment.
#[inline(always)]
fn in_language(lang: usize, offset: u16) -> usize {
    SEGMENT_STARTS.get(lang).copied().unwrap_or(0) as usize + offset as usize
}

/// The blob offset of part `table` of row `row` in language `lang` (both in range, else the
/// English segment's first string).
#[inline(always)]
fn part(table: &[[u16; LANGUAGE_COUNT]; ROW_SLOTS], row: usize, lang: usize) -> usize {
    let offset = table.get(row).and_then(|r| r.get(lang)).copied();
    in_language(lang, offset.unwrap_or(0))
}

/// The blob offset of row `row`'s message in language `lang`.
#[inline(always)]
pub(crate) fn message(row: usize, lang: usize) -> usize {
    part(&MESSAGES, row, lang)
}

/// The blob offset of row `row`'s summary in language `lang`.
#[inline(always)]
pub(crate) fn summary(row: usize, lang: usize) -> usize {
    part(&SUMMARIES, row, lang)
}

/// The blob offset of row `row`'s remedy in language `lang` (its message's NUL if none).
#[inline(always)]
pub(crate) fn remedy(row: usize, lang: usize) -> usize {
    part(&REMEDIES, row, lang)
}

/// The blob offset of the user fallback message in language `lang`.
#[inline(always)]
pub(crate) fn user_fallback(lang: usize) -> usize {
    let offset = LANGUAGE_TEXTS.get(lang).and_then(|t| t.first()).copied();
    in_language(lang, offset.unwrap_or(0))
}

/// The blob offset of action `action`'s label in language `lang` (`""`: the segment 0 empty
/// string, for actions without a label).
#[inline(always)]
pub(crate) fn action_label(action: Action, lang: usize) -> usize {
    if !action.has_label() {
        return 0;
    }
    let offset = LANGUAGE_TEXTS
        .get(lang)
        .and_then(|t| t.get(1 + action as usize))
        .copied();
    in_language(lang, offset.unwrap_or(0))
}

/// The blob offset of row `row`'s name (`""` out of range).
#[inline(always)]
pub(crate) fn name(row: usize) -> usize {
    NAMES.get(row).copied().unwrap_or(0) as usize
}

#[inline(always)]
fn meta(row: usize) -> u16 {
    META.get(row)
        .copied()
        .unwrap_or((Audience::Developer as u16) << 8)
}

/// Row `row`'s category (unknown out of range).
#[inline(always)]
pub(crate) fn category(row: usize) -> Category {
    Category::from_id(i32::from(meta(row) & 0xf))
}

/// Row `row`'s action (none out of range).
#[inline(always)]
pub(crate) fn action(row: usize) -> Action {
    Action::from_id(i32::from(meta(row) >> 4 & 0xf))
}

/// Row `row`'s audience (developer out of range).
#[inline(always)]
pub(crate) fn audience(row: usize) -> Audience {
    if meta(row) >> 8 & 1 == 0 {
        Audience::User
    } else {
        Audience::Developer
    }
}

/// Row `row`'s retry delay in milliseconds (0: none stated, or out of range).
#[inline(always)]
pub(crate) fn retry_after_ms(row: usize) -> u32 {
    DELAYS
        .get(usize::from(meta(row) >> 9))
        .copied()
        .unwrap_or(0)
}

/// The blob offset of a category's name.
#[inline(always)]
pub(crate) fn category_name(category: Category) -> usize {
    CATEGORY_NAMES.get(category as usize).copied().unwrap_or(0) as usize
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

// ---- code -> row ---------------------------------------------------------------------------

/// Codes map to rows through a perfect hash built at compile time ("hash and displace"): the top
/// bits of a code's hash pick one of `BUCKETS` buckets, the next bits a home slot; all codes of a
/// bucket move together by the bucket's displacement (XOR) into free slots of `SLOTS`, which
/// holds their rows. A code outside the catalog lands on some slot too, so the row found is
/// confirmed against `KEYS` (a slot with no code holds `UNKNOWN_ROW`).
///
/// Lookup is a multiply, three dependent loads (displacement, slot, key) and a compare, whatever
/// the code; the two tables take about two bytes per code; any `i32` may join the catalog.
const SLOT_BITS: u32 = {
    // At most 80% of the slots are taken, so a displacement is always quickly found.
    let mut bits = 2;
    while (1 << bits) * 4 < CODE_COUNT * 5 {
        bits += 1;
    }
    bits
};
const SLOT_COUNT: usize = 1 << SLOT_BITS;
const BUCKET_BITS: u32 = SLOT_BITS - 1;
const BUCKETS: usize = 1 << BUCKET_BITS;

/// Multiplicative hashing: the golden-ratio constant spreads every input bit into the top bits.
#[inline(always)]
const fn hash(code: i32, seed: u64) -> u64 {
    ((code as u32 as u64) ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A hash's bucket: its top `BUCKET_BITS` bits.
#[inline(always)]
const fn bucket(hash: u64) -> usize {
    (hash >> (64 - BUCKET_BITS)) as usize
}

/// A hash's home slot: the `SLOT_BITS` bits below its bucket's.
#[inline(always)]
const fn home_slot(hash: u64) -> usize {
    (hash >> (64 - BUCKET_BITS - SLOT_BITS)) as usize & (SLOT_COUNT - 1)
}

/// The hash seed, each bucket's displacement and each slot's row.
struct CodeHash {
    seed: u64,
    displacements: [u8; BUCKETS],
    slots: [u8; SLOT_COUNT],
}

/// Places every code with hash seed `seed`, biggest buckets first; `None` if two codes of one
/// bucket share a home slot or a bucket finds no displacement.
const fn place_codes(seed: u64) -> Option<CodeHash> {
    let mut table = CodeHash {
        seed,
        displacements: [0; BUCKETS],
        slots: [UNKNOWN_ROW as u8; SLOT_COUNT],
    };
    let mut buckets = [0; CODE_COUNT];
    let mut homes = [0; CODE_COUNT];
    let mut sizes = [0; BUCKETS];
    let mut largest = 0;
    let mut r = 0;
    while r < CODE_COUNT {
        let h = hash(ROWS[r].code, seed);
        (buckets[r], homes[r]) = (bucket(h), home_slot(h));
        sizes[buckets[r]] += 1;
        if sizes[buckets[r]] > largest {
            largest = sizes[buckets[r]];
        }
        r += 1;
    }
    let mut size = largest;
    while size > 0 {
        let mut b = 0;
        while b < BUCKETS {
            if sizes[b] == size {
                let mut members = [0; CODE_COUNT];
                let mut n = 0;
                let mut r = 0;
                while r < CODE_COUNT {
                    if buckets[r] == b {
                        members[n] = r;
                        n += 1;
                    }
                    r += 1;
                }
                // One displacement moves all members: they must not share a home slot.
                let mut i = 0;
                while i < n {
                    let mut j = 0;
                    while j < i {
                        if homes[members[j]] == homes[members[i]] {
                            return None;
                        }
                        j += 1;
                    }
                    i += 1;
                }
                let mut d = 0;
                let mut placed = false;
                while d < SLOT_COUNT && d <= u8::MAX as usize && !placed {
                    let mut fits = true;
                    let mut i = 0;
                    while i < n && fits {
                        fits = table.slots[homes[members[i]] ^ d] == UNKNOWN_ROW as u8;
                        i += 1;
                    }
                    if fits {
                        let mut i = 0;
                        while i < n {
                            table.slots[homes[members[i]] ^ d] = members[i] as u8;
                            i += 1;
                        }
                        table.displacements[b] = d as u8;
                        placed = true;
                    }
                    d += 1;
                }
                if !placed {
                    return None;
                }
            }
            b += 1;
        }
        size -= 1;
    }
    Some(table)
}

const fn build_code_hash() -> CodeHash {
    if ROW_SLOTS > u8::MAX as usize + 1 {
        panic!("the code hash stores rows as u8: widen SLOTS for more than 255 codes");
    }
    let mut seed: u64 = 0;
    while seed < 64 {
        if let Some(table) = place_codes(seed.wrapping_mul(0x2545_f491_4f6c_dd1d)) {
            return table;
        }
        seed += 1;
    }
    panic!("no hash seed places every code: give the code hash more slots")
}

const CODE_HASH: CodeHash = build_code_hash();
const SEED: u64 = CODE_HASH.seed;
static DISPLACEMENTS: [u8; BUCKETS] = CODE_HASH.displacements;
static SLOTS: [u8; SLOT_COUNT] = CODE_HASH.slots;

/// The row of `code`: its index in `ROWS`, or `UNKNOWN_ROW`. Branch-free, so a mix of known and
/// unknown codes costs no mispredictions.
#[inline(always)]
pub(crate) fn row(code: i32) -> usize {
    let h = hash(code, SEED);
    let displacement = DISPLACEMENTS.get(bucket(h)).copied().unwrap_or(0) as usize;
    let slot = SLOTS.get(home_slot(h) ^ displacement).copied().unwrap_or(0) as usize;
    // Slots hold rows up to UNKNOWN_ROW; saying so lets the compiler drop the bounds checks.
    let candidate = slot.min(UNKNOWN_ROW);
    if KEYS.get(candidate) == Some(&code) {
        candidate
    } else {
        UNKNOWN_ROW
    }
}
