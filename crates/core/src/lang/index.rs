//! Table rows by a key subtag, through a hash built at compile time: one multiply gives a row's
//! home slot, and the row is there or in the slot after. Used where a search of a few dozen rows
//! would cost more than the rest of a tag's negotiation.

use super::subtag::Subtag;

/// Each row's index in its home slot or the one after ([`EMPTY`] where no row is). `SLOTS` is a
/// power of two plus that one slot after the last ([`slots`]).
pub(crate) struct Index<const SLOTS: usize> {
    multiplier: u32,
    slots: [u8; SLOTS],
}

/// An empty slot: an index past every table (they have fewer rows).
const EMPTY: u8 = u8::MAX;

/// The slots for `rows` keys: twice as many, rounded up to a power of two, plus one.
pub(crate) const fn slots(rows: usize) -> usize {
    (2 * rows).next_power_of_two() + 1
}

impl<const SLOTS: usize> Index<SLOTS> {
    const BITS: u32 = (SLOTS - 1).trailing_zeros();

    #[inline(always)]
    const fn home(key: Subtag, multiplier: u32) -> usize {
        (key.wrapping_mul(multiplier) >> (32 - Self::BITS)) as usize
    }

    /// The indices of the rows that may have `key`: the caller compares their keys.
    #[inline(always)]
    pub fn rows(&self, key: Subtag) -> impl Iterator<Item = usize> + '_ {
        let home = Self::home(key, self.multiplier);
        self.slots
            .get(home..home + 2)
            .unwrap_or_default()
            .iter()
            .map(|&row| usize::from(row))
    }

    /// The index of `keys` (distinct, fewer than 255), with the first multiplier (odd, well
    /// spread) that places every key.
    pub const fn new(keys: &[Subtag]) -> Self {
        assert!(SLOTS == slots(keys.len()) && keys.len() < EMPTY as usize);
        let mut n: u32 = 0;
        loop {
            assert!(n < 4096, "no multiplier places every key");
            if let Some(index) =
                Self::place(keys, (0x9e37_79b9 ^ n.wrapping_mul(0x2545_f491) << 4) | 1)
            {
                return index;
            }
            n += 1;
        }
    }

    /// Places every key with `multiplier`; `None` if one finds both its slots taken.
    #[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
    const fn place(keys: &[Subtag], multiplier: u32) -> Option<Self> {
        let mut slots = [EMPTY; SLOTS];
        let mut r = 0;
        while r < keys.len() {
            let mut k = 0;
            while k < r {
                assert!(keys[k] != keys[r], "one row per key");
                k += 1;
            }
            let home = Self::home(keys[r], multiplier);
            let slot = if slots[home] == EMPTY {
                home
            } else if slots[home + 1] == EMPTY {
                home + 1
            } else {
                return None;
            };
            slots[slot] = r as u8;
            r += 1;
        }
        Some(Index { multiplier, slots })
    }
}
