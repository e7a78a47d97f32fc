//! Subtags: read once, byte by byte (each byte classified by one table load), lowercased and
//! packed into an integer, so comparing a subtag with a table entry is one integer comparison.

/// A subtag of 1 to 4 bytes, lowercased, packed big-endian: distinct subtags (which hold no NUL)
/// pack to distinct nonzero values. [`NONE`] stands for no subtag, [`LONG`] for one of 5 or more
/// bytes, which equals no table entry.
pub(crate) type Subtag = u32;
pub(crate) const NONE: Subtag = 0;
pub(crate) const LONG: Subtag = u32::MAX;

/// Subtags longer than this end the tag's reading as malformed (BCP 47 allows 8).
const MAX_LEN: usize = 8;

/// Packs a word of 1 to 8 ASCII letters, lowercased, as [`Read::word`] holds it. Always inlined,
/// so that a call with a literal folds to a constant, without the checks' panic paths.
#[inline(always)]
pub(crate) const fn word(s: &str) -> u64 {
    let mut bytes = s.as_bytes();
    assert!(
        !bytes.is_empty() && bytes.len() <= MAX_LEN,
        "a word has 1 to 8 bytes"
    );
    let mut packed = 0;
    while let [byte, rest @ ..] = bytes {
        packed = packed << 8 | byte.to_ascii_lowercase() as u64;
        bytes = rest;
    }
    packed
}

/// Packs a table entry (1 to 4 ASCII letters or digits, any case). Always inlined, as [`word`].
#[inline(always)]
pub(crate) const fn pack(s: &str) -> Subtag {
    let mut bytes = s.as_bytes();
    assert!(
        !bytes.is_empty() && bytes.len() <= 4,
        "a table subtag has 1 to 4 bytes"
    );
    let mut packed = 0;
    while let [byte, rest @ ..] = bytes {
        assert!(
            byte.is_ascii_alphanumeric(),
            "a table subtag is ASCII letters or digits"
        );
        packed = packed << 8 | byte.to_ascii_lowercase() as Subtag;
        bytes = rest;
    }
    packed
}

/// What a byte is in a tag, by one load: its lowercase if it is an ASCII letter (`a` and up),
/// else [`SEPARATOR`], [`END`] or [`OTHER`].
#[inline(always)]
pub fn class(byte: u8) -> u8 {
    CLASSES.get(usize::from(byte)).copied().unwrap_or(OTHER)
}

/// A tag's bytes read in place, as the quick pass reads them: each byte's class by one load,
/// where the end of the tag (its NUL too, whose class is [`END`]) needs no test of its own.
pub trait Reader: Iterator<Item = u8> + Clone {
    /// The class of the byte at the cursor; [`END`] past the last byte.
    fn class(&self) -> u8;
    /// Moves past the byte at the cursor, unless its class is [`END`].
    fn step(&mut self);
}

impl Reader for core::str::Bytes<'_> {
    #[inline(always)]
    fn class(&self) -> u8 {
        self.clone().next().map_or(END, class)
    }

    #[inline(always)]
    fn step(&mut self) {
        if Reader::class(self) != END {
            self.next();
        }
    }
}

/// `-` and `_`.
pub(crate) const SEPARATOR: u8 = 1;
/// Where a tag cannot continue, so it ends before its subtags are judged: NUL, `.` (before a
/// POSIX charset), `@` (before a POSIX modifier), and what follows a tag in a list, a header or a
/// line (ASCII whitespace, CR and LF included, `,`, `:`, `;`).
pub const END: u8 = 2;
/// Digits and every other byte.
pub(crate) const OTHER: u8 = 0;

// A reader stays on a NUL.
const _: () = assert!(CLASSES[0] == END);

static CLASSES: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        #[allow(clippy::indexing_slicing)] // const evaluation only
        {
            classes[byte] = match b {
                b'A'..=b'Z' | b'a'..=b'z' => b.to_ascii_lowercase(),
                b'-' | b'_' => SEPARATOR,
                0 | b'.' | b'@' | b',' | b':' | b';' => END,
                _ if b.is_ascii_whitespace() => END,
                _ => OTHER,
            };
        }
        byte += 1;
    }
    classes
};

/// What a subtag is made of, as BCP 47 tells its kinds apart.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Only ASCII letters.
    Letters,
    /// Only ASCII digits.
    Digits,
    /// Anything else (mixed, other bytes, empty).
    Other,
}

/// One subtag as read: packed, its last 8 bytes packed the same way ([`word`]), its length in
/// bytes and its kind.
#[derive(Clone, Copy)]
pub(crate) struct Read {
    pub packed: Subtag,
    pub word: u64,
    pub len: usize,
    pub kind: Kind,
}

impl Read {
    /// Whether it is `len` letters.
    pub fn letters(&self, len: core::ops::RangeInclusive<usize>) -> bool {
        self.kind == Kind::Letters && len.contains(&self.len)
    }
}

/// The subtags of a tag: `-` or `_` separate them; an [`END`] byte ends the tag, and nothing after
/// it is read.
pub(crate) struct Subtags<I> {
    input: I,
    ended: bool,
}

impl<I: Iterator<Item = u8>> Subtags<I> {
    pub fn new(input: I) -> Self {
        Subtags {
            input,
            ended: false,
        }
    }
}

impl<I: Iterator<Item = u8>> Iterator for Subtags<I> {
    type Item = Read;

    #[inline(always)]
    fn next(&mut self) -> Option<Read> {
        if self.ended {
            return None;
        }
        let (mut packed, mut len) = (0u64, 0usize);
        let (mut letters, mut digits) = (true, true);
        loop {
            let Some(byte) = self.input.next() else {
                self.ended = true;
                break;
            };
            // Tags are mostly letters: one load takes them, lowercased, past the other cases.
            let class = class(byte);
            let stored = if class >= b'a' {
                digits = false;
                class
            } else {
                match (class, byte) {
                    (END, _) => {
                        self.ended = true;
                        break;
                    }
                    (SEPARATOR, _) => break,
                    (_, b'0'..=b'9') => {
                        letters = false;
                        byte
                    }
                    _ => {
                        (letters, digits) = (false, false);
                        byte
                    }
                }
            };
            packed = packed.wrapping_shl(8) | u64::from(stored);
            len = len.saturating_add(1);
        }
        let kind = match (len, letters, digits) {
            (0, _, _) => Kind::Other,
            (_, true, _) => Kind::Letters,
            (_, _, true) => Kind::Digits,
            _ => Kind::Other,
        };
        let short = match len {
            0 => NONE,
            1..=4 => packed as Subtag,
            _ => LONG,
        };
        Some(Read {
            packed: short,
            word: packed,
            len,
            kind,
        })
    }
}
