//! Compile-time construction of the lookup tables from the catalog rows.
//!
//! Sized for a library whose size is mostly its strings (see BENCHMARKS.md):
//! - Every string lives in one byte blob, NUL-terminated, and is addressed by a `u16` offset from
//!   the start of its segment: segment 0 holds the names, category names and language tags, and
//!   each language's messages form a segment of their own. So the tables hold no pointer (a
//!   shared library pays a relocation per pointer) and two bytes per string, while the blob as a
//!   whole may exceed 64 KiB; a segment may not (build error). Equal strings of a segment are
//!   stored once.
//! - A code finds its row through a perfect hash (see `SLOT_BITS`): a multiply and three loads,
//!   for any `i32` code, in about two bytes per code.
//!
//! All of this is computed by `const fn`s; a malformed catalog (duplicate code or name, a NUL
//! inside a text, an empty message, a row whose languages differ from the `languages` block) is a
//! build error.
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
/// compile error (``missing field `ja` in initializer of `Texts` ``).
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

/// Index of each string in `STRINGS`. Segment 0: the empty string (so that offset 0 reads as
/// `""`), the category names, the language tags, then each row's name (the unknown row last).
/// Segment `1 + l`: each row's message in language `l` (the unknown row last).
const CATEGORY_BASE: usize = 1;
const TAG_BASE: usize = CATEGORY_BASE + Category::ALL.len();
const NAME_BASE: usize = TAG_BASE + LANGUAGE_COUNT;
const MESSAGE_BASE: usize = NAME_BASE + ROW_SLOTS;
const STRING_COUNT: usize = MESSAGE_BASE + LANGUAGE_COUNT * ROW_SLOTS;
const SEGMENT_COUNT: usize = 1 + LANGUAGE_COUNT;

const fn message_index(row: usize, lang: usize) -> usize {
    MESSAGE_BASE + lang * ROW_SLOTS + row
}

/// The segment of string `i` and the index of that segment's first string.
const fn segment(i: usize) -> (usize, usize) {
    if i < MESSAGE_BASE {
        (0, 0)
    } else {
        let lang = (i - MESSAGE_BASE) / ROW_SLOTS;
        (1 + lang, message_index(0, lang))
    }
}

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
        out[NAME_BASE + r] = name;
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            if messages[l].is_empty() {
                panic!("a catalog message is empty");
            }
            out[message_index(r, l)] = messages[l];
            l += 1;
        }
        r += 1;
    }
    out
}

const STRINGS: [&str; STRING_COUNT] = all_strings();

/// The index of the first string of the same segment equal to string `i` (stored once).
const fn first_equal(i: usize) -> usize {
    let mut j = segment(i).1;
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

/// Total bytes of the stored strings, NULs included.
const BLOB_LEN: usize = blob_len();

/// The blob, where each segment starts in it, and each string's offset from its segment's start.
struct Blob {
    bytes: [u8; BLOB_LEN],
    segment_starts: [u32; SEGMENT_COUNT],
    offsets: [u16; STRING_COUNT],
}

const fn build_blob() -> Blob {
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
        let first = first_equal(i);
        if first < i {
            blob.offsets[i] = blob.offsets[first];
        } else {
            let offset = at - blob.segment_starts[seg] as usize;
            if offset > u16::MAX as usize {
                panic!("a blob segment (the names, or one language's messages) exceeds 64 KiB");
            }
            blob.offsets[i] = offset as u16;
            let bytes = STRINGS[i].as_bytes();
            let mut k = 0;
            while k < bytes.len() {
                if bytes[k] == 0 {
                    panic!("a catalog string contains a NUL byte");
                }
                blob.bytes[at + k] = bytes[k];
                k += 1;
            }
            at += bytes.len() + 1;
        }
        i += 1;
    }
    blob
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
/// Blob offsets of the language tags, by language id.
static TAGS: [u16; LANGUAGE_COUNT] = name_offsets(TAG_BASE);

const fn build_messages() -> [[u16; LANGUAGE_COUNT]; ROW_SLOTS] {
    let mut out = [[0; LANGUAGE_COUNT]; ROW_SLOTS];
    let mut r = 0;
    while r < ROW_SLOTS {
        let mut l = 0;
        while l < LANGUAGE_COUNT {
            out[r][l] = BUILT.offsets[message_index(r, l)];
            l += 1;
        }
        r += 1;
    }
    out
}

/// Each row's messages, by language id, as offsets from the start of that language's segment;
/// the unknown row last.
static MESSAGES: [[u16; LANGUAGE_COUNT]; ROW_SLOTS] = build_messages();

const fn build_message_starts() -> [u32; LANGUAGE_COUNT] {
    let mut out = [0; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        out[l] = BUILT.segment_starts[1 + l];
        l += 1;
    }
    out
}

/// Where each language's segment starts in the blob, by language id.
static MESSAGE_STARTS: [u32; LANGUAGE_COUNT] = build_message_starts();

const fn build_categories() -> [Category; ROW_SLOTS] {
    let mut out = [Category::Unknown; ROW_SLOTS];
    let mut r = 0;
    while r < CODE_COUNT {
        out[r] = ROWS[r].category;
        r += 1;
    }
    out
}

/// Each row's category; the unknown row last.
static CATEGORIES: [Category; ROW_SLOTS] = build_categories();

const fn build_retryable() -> [u8; ROW_SLOTS.div_ceil(8)] {
    let mut out = [0; ROW_SLOTS.div_ceil(8)];
    let mut r = 0;
    while r < CODE_COUNT {
        if ROWS[r].retryable {
            out[r / 8] |= 1 << (r % 8);
        }
        r += 1;
    }
    out
}

/// Bit `r % 8` of byte `r / 8`: whether row `r`'s documented remedy is to try again.
static RETRYABLE: [u8; ROW_SLOTS.div_ceil(8)] = build_retryable();

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

/// The blob offset of row `row`'s message in language `lang` (both in range, else the unknown
/// row's English message).
#[inline(always)]
pub(crate) fn message(row: usize, lang: usize) -> usize {
    let start = MESSAGE_STARTS.get(lang).copied().unwrap_or(0);
    let offset = MESSAGES
        .get(row)
        .and_then(|r| r.get(lang))
        .copied()
        .unwrap_or(0);
    start as usize + offset as usize
}

/// The blob offset of row `row`'s name (`""` out of range).
#[inline(always)]
pub(crate) fn name(row: usize) -> usize {
    NAMES.get(row).copied().unwrap_or(0) as usize
}

/// Row `row`'s category (unknown out of range).
#[inline(always)]
pub(crate) fn category(row: usize) -> Category {
    CATEGORIES.get(row).copied().unwrap_or(Category::Unknown)
}

/// Whether row `row`'s documented remedy is to try again (false out of range).
#[inline(always)]
pub(crate) fn retryable(row: usize) -> bool {
    RETRYABLE
        .get(row / 8)
        .is_some_and(|bits| bits >> (row % 8) & 1 == 1)
}

/// The blob offset of a category's name.
#[inline(always)]
pub(crate) fn category_name(category: Category) -> usize {
    CATEGORY_NAMES.get(category as usize).copied().unwrap_or(0) as usize
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
