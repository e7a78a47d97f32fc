//! A preference list to the best catalog language, as ICU's `LocaleMatcher` picks it
//! (`getBestMatchForListString`, default English, demotion by region distance).
//!
//! The list: entries separated by `,`, `:` or whitespace (HTTP `Accept-Language`, POSIX
//! `LANGUAGE`, `navigator.languages.join()`, `LocaleList.toLanguageTags()`); an entry is a tag,
//! optionally followed by `;q=WEIGHT` (0 to 1, three decimals, a fourth rounding up; spaces allowed
//! around `;`, `q` and `=`). Like ICU: entries are tried in order of falling weight, first listed
//! first among equals; `q=0` drops an entry; an entry repeated later in the list counts only at
//! its last place; `*` and unknown tags match nothing. Unlike ICU, which rejects the whole list, a
//! malformed entry (an empty tag, a bad weight, other parameters) is skipped. Only the first
//! [`MAX_ENTRIES`] entries are read.
//!
//! Choosing: each entry in turn offers its closest language and distance (see
//! [`super::tag::matched`]); an offer replaces the best so far only if its distance is lower than
//! the best distance minus [`DEMOTION`] for every entry since. So an exact match ends the search,
//! an English earlier in the list beats a Chinese later, and after ten entries nothing changes.

use super::tag::{matched, THRESHOLD};

/// Entries after this many, well-formed or not, are ignored.
const MAX_ENTRIES: usize = 32;

/// What each further entry costs (ICU's default demotion per desired locale: the distance between
/// two regions of one language).
const DEMOTION: u32 = 5;

/// The weight of an entry without `;q=`, in thousandths.
const WEIGHT_ONE: u32 = 1000;

/// One entry: where its tag starts, its length (not 0) and its weight in thousandths.
struct Entry<I> {
    start: I,
    len: usize,
    weight: u32,
}

impl<I: Iterator<Item = u8> + Clone> Entry<I> {
    /// The tag's bytes, as the same type the full parser reads a lone tag with.
    fn tag(&self) -> core::iter::Take<I> {
        self.start.clone().take(self.len)
    }
}

/// A position in the list, with one byte of lookahead (by rereading it from a clone).
#[derive(Clone)]
struct Cursor<I>(I);

impl<I: Iterator<Item = u8> + Clone> Cursor<I> {
    fn peek(&self) -> Option<u8> {
        self.0.clone().next()
    }

    /// Takes the next byte if `accept` accepts it.
    fn next_if(&mut self, accept: impl Fn(u8) -> bool) -> Option<u8> {
        let byte = self.peek().filter(|&b| accept(b))?;
        self.0.next();
        Some(byte)
    }
}

/// The best catalog language for a preference list given as bytes (which hold no NUL), English
/// (0) if no entry matches one. Allocation-free: it rereads the list (cloning the input) once per
/// weight level and, for each entry it tries, once more to see whether it is repeated.
pub(crate) fn negotiate_list<I: Iterator<Item = u8> + Clone>(list: I) -> i32 {
    let entries = || Entries(Cursor(list.clone())).take(MAX_ENTRIES);
    let (mut best, mut best_distance) = (0, THRESHOLD);
    // Weight levels from the highest down; within one, the listed order.
    let mut above = WEIGHT_ONE + 1;
    loop {
        let mut level = 0;
        for entry in entries().flatten() {
            if entry.weight < above && entry.weight > level {
                level = entry.weight;
            }
        }
        if level == 0 {
            return best;
        }
        let mut rest = entries();
        while let Some(entry) = rest.next() {
            let Some(entry) = entry.filter(|e| e.weight == level) else {
                continue;
            };
            // A repeated entry counts at its last place only.
            if rest.clone().flatten().any(|later| same_tag(&later, &entry)) {
                continue;
            }
            if let Some(m) = matched(entry.tag()) {
                if m.distance < best_distance {
                    (best, best_distance) = (m.lang, m.distance);
                }
            }
            if best_distance <= DEMOTION {
                return best;
            }
            best_distance -= DEMOTION;
        }
        above = level;
    }
}

/// Whether two entries' tags are equal but for case and `-` versus `_`.
fn same_tag<I: Iterator<Item = u8> + Clone>(a: &Entry<I>, b: &Entry<I>) -> bool {
    let normal = |byte: u8| match byte {
        b'_' => b'-',
        _ => byte.to_ascii_lowercase(),
    };
    a.len == b.len && a.tag().map(normal).eq(b.tag().map(normal))
}

fn is_separator(byte: u8) -> bool {
    byte == b',' || byte == b':' || byte.is_ascii_whitespace()
}

fn skip_spaces<I: Iterator<Item = u8> + Clone>(input: &mut Cursor<I>) {
    while input.next_if(|b| b.is_ascii_whitespace()).is_some() {}
}

/// The entries of a list, in order: `Some` for a well-formed one, `None` for a malformed one.
#[derive(Clone)]
struct Entries<I>(Cursor<I>);

impl<I: Iterator<Item = u8> + Clone> Iterator for Entries<I> {
    type Item = Option<Entry<I>>;

    // One copy for the three passes that read entries (the list is not on a hot path).
    #[inline(never)]
    fn next(&mut self) -> Option<Option<Entry<I>>> {
        let input = &mut self.0;
        while input.next_if(is_separator).is_some() {}
        input.peek()?;
        let start = input.0.clone();
        let mut len = 0usize;
        while input.next_if(|b| !is_separator(b) && b != b';').is_some() {
            len = len.saturating_add(1);
        }
        let after_tag = input.clone();
        skip_spaces(input);
        let weight = if input.next_if(|b| b == b';').is_some() {
            parse_weight(input).filter(|_| input.peek().is_none_or(is_separator))
        } else {
            *input = after_tag;
            Some(WEIGHT_ONE)
        };
        // A malformed entry ends at the next separator.
        while input.next_if(|b| !is_separator(b)).is_some() {}
        Some(
            weight
                .filter(|_| len > 0)
                .map(|weight| Entry { start, len, weight }),
        )
    }
}

/// Parses `q=WEIGHT` after an entry's `;` as ICU does: `0` or `1`, optionally `.` and digits, the
/// fourth decimal rounding up, at most 1; spaces are allowed around `q` and `=`. Returns the
/// weight in thousandths.
fn parse_weight<I: Iterator<Item = u8> + Clone>(input: &mut Cursor<I>) -> Option<u32> {
    skip_spaces(input);
    input.next_if(|b| b == b'q' || b == b'Q')?;
    skip_spaces(input);
    input.next_if(|b| b == b'=')?;
    skip_spaces(input);
    let unit = input.next_if(|b| b == b'0' || b == b'1')?;
    let mut weight = u32::from(unit - b'0') * WEIGHT_ONE;
    if input.next_if(|b| b == b'.').is_some() {
        // Thousandths: three decimals count, the fourth rounds up, later ones are ignored.
        let mut place = 100;
        let mut decimals = 0u32;
        while let Some(digit) = input.next_if(|b| b.is_ascii_digit()) {
            let digit = u32::from(digit - b'0');
            decimals = decimals.saturating_add(1);
            match decimals {
                1..=3 => weight += digit * place,
                4 if digit >= 5 => weight += 1,
                _ => {}
            }
            place /= 10;
        }
    }
    skip_spaces(input);
    (weight <= WEIGHT_ONE).then_some(weight)
}
