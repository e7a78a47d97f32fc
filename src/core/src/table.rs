//! Compile-time construction of the lookup tables from the catalog rows.
//!
//! Every string lives once in one NUL-separated byte blob and is addressed by a `u32` offset, so
//! the shared library carries no pointer (and no relocation) per string. Code lookup is a two-level
//! page table: no search, no hashing, two loads. All of this is computed by `const fn`s; a
//! malformed catalog (duplicate code or name, a code outside the supported ranges, a NUL inside a
//! text, a row whose languages differ from the `languages` block) is a build error.
// Indexing and panics here only run in const evaluation, where they are build errors.
#![allow(clippy::indexing_slicing, clippy::panic)]

pub(crate) use crate::catalog::LANGUAGE_COUNT;
use crate::catalog::{LANGUAGES, ROWS, UNKNOWN};
use crate::Category;

/// One catalog row as written in `catalog.rs`.
pub(crate) struct Row {
    pub(crate) code: i32,
    pub(crate) name: &'static str,
    pub(crate) category: Category,
    pub(crate) retryable: bool,
    pub(crate) messages: [&'static str; LANGUAGE_COUNT],
}

/// One language as declared in the `languages` block of `catalog.rs`.
pub(crate) struct LanguageRow {
    pub(crate) tag: &'static str,
    pub(crate) english_name: &'static str,
}

/// Expands the catalog (see `catalog.rs`) into `LANGUAGES`, `UNKNOWN` and `ROWS`. Each row's
/// texts initialise a struct with one field per language, so a missing or unknown language is a
/// compile error that points at the row.
macro_rules! catalog {
    (
        languages { $($lang:ident $tag:literal $english:literal,)+ }
        unknown { $($ulang:ident: $utext:literal,)+ }
        $($code:literal $name:ident $category:ident $($flag:ident)? { $($rlang:ident: $text:literal,)+ })+
    ) => {
        /// One text per language.
        struct Texts { $($lang: &'static str,)+ }

        const fn texts(t: Texts) -> [&'static str; LANGUAGE_COUNT] {
            [$(t.$lang,)+]
        }

        pub(crate) const LANGUAGE_COUNT: usize = [$(stringify!($lang),)+].len();
        pub(crate) const LANGUAGES: [$crate::table::LanguageRow; LANGUAGE_COUNT] = [$(
            $crate::table::LanguageRow { tag: $tag, english_name: $english },
        )+];
        pub(crate) const UNKNOWN: [&str; LANGUAGE_COUNT] = texts(Texts { $($ulang: $utext,)+ });
        pub(crate) const ROWS: &[$crate::table::Row] = &[$(
            $crate::table::Row {
                code: $code,
                name: stringify!($name),
                category: $crate::Category::$category,
                retryable: $crate::table::retryable_flag(stringify!($($flag)?)),
                messages: texts(Texts { $($rlang: $text,)+ }),
            },
        )+];
    };
}

const fn str_eq(a: &str, b: &str) -> bool {
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

/// `retryable` after the category marks a code whose remedy is to try again; nothing else may stand there.
pub(crate) const fn retryable_flag(flag: &str) -> bool {
    if str_eq(flag, "retryable") {
        true
    } else if flag.is_empty() {
        false
    } else {
        panic!("only `retryable` may follow a row's category")
    }
}

/// Number of known codes.
pub(crate) const CODE_COUNT: usize = ROWS.len();
/// Row index that stands for every unknown code (the `unknown` texts, name "", category unknown).
pub(crate) const UNKNOWN_ROW: usize = CODE_COUNT;
const ROW_SLOTS: usize = CODE_COUNT + 1;

// ---- strings -------------------------------------------------------------------------------

/// Index of each string in `all_strings()`: the empty name, category names, language tags, then
/// per row (the unknown row last) its name and its messages.
const EMPTY: usize = 0;
const CATEGORY_BASE: usize = 1;
const TAG_BASE: usize = CATEGORY_BASE + Category::ALL.len();
const ROW_BASE: usize = TAG_BASE + LANGUAGE_COUNT;
const ROW_STRIDE: usize = 1 + LANGUAGE_COUNT;
const STRING_COUNT: usize = ROW_BASE + ROW_SLOTS * ROW_STRIDE;

const fn all_strings() -> [&'static str; STRING_COUNT] {
    let mut out = [""; STRING_COUNT];
    let mut i = 0;
    while i < Category::ALL.len() {
        out[CATEGORY_BASE + i] = Category::ALL[i].as_str();
        i += 1;
    }
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[TAG_BASE + l] = LANGUAGES[l].tag;
        l += 1;
    }
    let mut r = 0;
    while r < ROW_SLOTS {
        let (name, messages) = if r == UNKNOWN_ROW {
            ("", &UNKNOWN)
        } else {
            (ROWS[r].name, &ROWS[r].messages)
        };
        out[ROW_BASE + r * ROW_STRIDE] = name;
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            let text = messages[l];
            if text.is_empty() {
                panic!("a catalog message is empty");
            }
            out[ROW_BASE + r * ROW_STRIDE + 1 + l] = text;
            l += 1;
        }
        r += 1;
    }
    out
}

const STRINGS: [&str; STRING_COUNT] = all_strings();

/// The index of the first string equal to string `i` (strings are stored once).
const fn first_equal(i: usize) -> usize {
    let mut j = 0;
    while j < i {
        if str_eq(STRINGS[j], STRINGS[i]) {
            return j;
        }
        j += 1;
    }
    i
}

const fn blob_len() -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < STRING_COUNT {
        if first_equal(i) == i {
            len += STRINGS[i].len() + 1;
        }
        i += 1;
    }
    len
}

/// Total bytes of the distinct strings, NULs included.
pub(crate) const BLOB_LEN: usize = blob_len();

const fn build_blob() -> ([u8; BLOB_LEN], [u32; STRING_COUNT]) {
    let mut blob = [0u8; BLOB_LEN];
    let mut offsets = [0u32; STRING_COUNT];
    let mut at = 0;
    let mut i = 0;
    while i < STRING_COUNT {
        let first = first_equal(i);
        if first < i {
            offsets[i] = offsets[first];
        } else {
            let bytes = STRINGS[i].as_bytes();
            let mut k = 0;
            while k < bytes.len() {
                if bytes[k] == 0 {
                    panic!("a catalog string contains a NUL byte");
                }
                blob[at + k] = bytes[k];
                k += 1;
            }
            offsets[i] = at as u32;
            at += bytes.len() + 1;
        }
        i += 1;
    }
    (blob, offsets)
}

const BUILT: ([u8; BLOB_LEN], [u32; STRING_COUNT]) = build_blob();
const OFFSETS: [u32; STRING_COUNT] = BUILT.1;

/// Every string the library returns, each once, each followed by a NUL.
pub(crate) static BLOB: [u8; BLOB_LEN] = BUILT.0;

/// The blob offset of the empty string (the name of an unknown code).
pub(crate) const EMPTY_OFFSET: u32 = OFFSETS[EMPTY];

// ---- per-row tables ------------------------------------------------------------------------

/// Everything about one row but its messages, packed for the lookup paths.
#[derive(Clone, Copy)]
pub(crate) struct RowInfo {
    /// Blob offset of the name.
    pub(crate) name: u32,
    /// The category, as its C id.
    pub(crate) category: Category,
    /// Whether the documented remedy is to try again.
    pub(crate) retryable: bool,
}

const fn build_rows() -> [RowInfo; ROW_SLOTS] {
    let unknown = RowInfo {
        name: EMPTY_OFFSET,
        category: Category::Unknown,
        retryable: false,
    };
    let mut out = [unknown; ROW_SLOTS];
    let mut r = 0;
    while r < CODE_COUNT {
        out[r] = RowInfo {
            name: OFFSETS[ROW_BASE + r * ROW_STRIDE],
            category: ROWS[r].category,
            retryable: ROWS[r].retryable,
        };
        r += 1;
    }
    out
}

/// Name, category and retryability per row; the unknown row last.
pub(crate) static ROW_INFO: [RowInfo; ROW_SLOTS] = build_rows();

const fn build_messages() -> [[u32; LANGUAGE_COUNT]; ROW_SLOTS] {
    let mut out = [[0u32; LANGUAGE_COUNT]; ROW_SLOTS];
    let mut r = 0;
    while r < ROW_SLOTS {
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            out[r][l] = OFFSETS[ROW_BASE + r * ROW_STRIDE + 1 + l];
            l += 1;
        }
        r += 1;
    }
    out
}

/// Blob offsets of each row's messages, by language id; the unknown row last.
pub(crate) static MESSAGES: [[u32; LANGUAGE_COUNT]; ROW_SLOTS] = build_messages();

const fn build_category_names() -> [u32; Category::ALL.len()] {
    let mut out = [0u32; Category::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = OFFSETS[CATEGORY_BASE + i];
        i += 1;
    }
    out
}

/// Blob offsets of the category names, by category id.
pub(crate) static CATEGORY_NAMES: [u32; Category::ALL.len()] = build_category_names();

const fn build_tags() -> [u32; LANGUAGE_COUNT] {
    let mut out = [0u32; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[l] = OFFSETS[TAG_BASE + l];
        l += 1;
    }
    out
}

/// Blob offsets of the language tags, by language id.
pub(crate) static TAGS: [u32; LANGUAGE_COUNT] = build_tags();

const fn build_codes() -> [i32; CODE_COUNT] {
    let mut out = [0i32; CODE_COUNT];
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

/// All known codes, in catalog order.
pub(crate) static CODES: [i32; CODE_COUNT] = build_codes();

// ---- code -> row ---------------------------------------------------------------------------

/// Codes are looked up in two windows of `WINDOW` consecutive values: client codes
/// `0, -1, … -(WINDOW-1)` and server codes `SERVER_BASE … SERVER_BASE+WINDOW-1`. A key numbers
/// both windows together; every other code maps to `OUTSIDE`.
const WINDOW: u32 = 4096;
const SERVER_BASE: i32 = 100_000;
const PAGE: usize = 16;
const OUTSIDE: u32 = 2 * WINDOW;
const DIRECTORY_LEN: usize = OUTSIDE as usize / PAGE + 1;

/// The lookup key of a code: `0..2*WINDOW` inside the windows, `OUTSIDE` elsewhere.
#[inline(always)]
pub(crate) const fn key(code: i32) -> u32 {
    let client = (code as u32).wrapping_neg();
    if client < WINDOW {
        return client;
    }
    let server = (code as u32).wrapping_sub(SERVER_BASE as u32);
    if server < WINDOW {
        WINDOW + server
    } else {
        OUTSIDE
    }
}

const fn page_count() -> usize {
    // Page 0 is all-unknown; every directory slot holding a code gets a page of its own.
    let mut pages = 1;
    let mut d = 0;
    while d < DIRECTORY_LEN {
        let mut r = 0;
        while r < CODE_COUNT {
            if key(ROWS[r].code) as usize / PAGE == d {
                pages += 1;
                break;
            }
            r += 1;
        }
        d += 1;
    }
    pages
}

const PAGE_COUNT: usize = page_count();

const fn build_pages() -> ([u8; DIRECTORY_LEN], [[u8; PAGE]; PAGE_COUNT]) {
    if ROW_SLOTS > u8::MAX as usize + 1 {
        panic!("the page table stores row indexes as u8");
    }
    let mut directory = [0u8; DIRECTORY_LEN];
    let mut pages = [[UNKNOWN_ROW as u8; PAGE]; PAGE_COUNT];
    let mut next = 1;
    let mut r = 0;
    while r < CODE_COUNT {
        let k = key(ROWS[r].code);
        if k == OUTSIDE {
            panic!("a catalog code lies outside 0..=-4095 and 100000..=104095");
        }
        let d = k as usize / PAGE;
        if directory[d] == 0 {
            directory[d] = next as u8;
            next += 1;
        }
        pages[directory[d] as usize][k as usize % PAGE] = r as u8;
        r += 1;
    }
    (directory, pages)
}

const PAGE_TABLE: ([u8; DIRECTORY_LEN], [[u8; PAGE]; PAGE_COUNT]) = build_pages();
static DIRECTORY: [u8; DIRECTORY_LEN] = PAGE_TABLE.0;
static PAGES: [[u8; PAGE]; PAGE_COUNT] = PAGE_TABLE.1;

/// The row of `code`: its index in `ROWS`, or `UNKNOWN_ROW`.
#[inline(always)]
pub(crate) fn row(code: i32) -> usize {
    let k = key(code) as usize;
    let page = DIRECTORY.get(k / PAGE).copied().unwrap_or(0) as usize;
    match PAGES.get(page).and_then(|p| p.get(k % PAGE)) {
        Some(&r) => r as usize,
        None => UNKNOWN_ROW,
    }
}
