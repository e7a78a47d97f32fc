//! Places every code within `window` slots of its home slot (`src/table/hash.rs`): the smallest
//! window from 3 (a lookup reads them all) and then the smallest power-of-two table for which one
//! of the multipliers tried places them all. Today's catalog takes 3 slots; a window grows only
//! for catalogs of thousands of codes, where linear probing's longest run passes 3.

use crate::catalog::ROWS;
use crate::hash::home;

/// The windows tried, smallest first.
const WINDOWS: std::ops::RangeInclusive<usize> = 3..=8;

/// The multiplier, the number of slot bits, the window, and each slot's catalog row (`None`:
/// empty); the table has `window - 1` slots more than `1 << slot_bits`, so that a window never
/// runs out.
pub(crate) struct Slots {
    pub(crate) multiplier: u64,
    pub(crate) slot_bits: u32,
    pub(crate) window: usize,
    pub(crate) rows: Vec<Option<usize>>,
}

/// The `n`th multiplier tried: the golden-ratio constant with a few bits changed, kept odd.
fn multiplier(n: u64) -> u64 {
    (0x9e37_79b9_7f4a_7c15 ^ n.wrapping_mul(0x2545_f491_4f6c_dd1d) << 8) | 1
}

/// Each code in the first free slot from its home, codes taken by home slot: of all placements,
/// this one moves no code farther from its home than it must (a lookup reads the whole window, so
/// any placement within it answers alike).
fn place(multiplier: u64, slot_bits: u32, window: usize) -> Option<Slots> {
    let mut homes: Vec<(usize, usize)> = ROWS
        .iter()
        .enumerate()
        .map(|(r, row)| (home(row.code, multiplier, slot_bits), r))
        .collect();
    homes.sort_unstable();
    let mut rows = vec![None; (1 << slot_bits) + window - 1];
    let mut next_free = 0;
    for (first, r) in homes {
        let slot = first.max(next_free);
        if slot >= first + window {
            return None;
        }
        rows[slot] = Some(r);
        next_free = slot + 1;
    }
    Some(Slots {
        multiplier,
        slot_bits,
        window,
        rows,
    })
}

/// The smallest window, then the smallest table, at most twice the codes rounded up to a power of
/// two.
pub(crate) fn build() -> Slots {
    let max_bits = (2 * ROWS.len()).next_power_of_two().trailing_zeros().max(1);
    let min_bits = ROWS.len().next_power_of_two().trailing_zeros().max(1);
    WINDOWS
        .flat_map(|window| (min_bits..=max_bits).map(move |bits| (window, bits)))
        .find_map(|(window, bits)| (0..1024).find_map(|n| place(multiplier(n), bits, window)))
        .unwrap_or_else(|| {
            panic!("no multiplier places every code within {WINDOWS:?} slots of its home")
        })
}
