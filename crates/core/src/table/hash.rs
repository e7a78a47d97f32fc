//! Code → slot: a hash built at compile time that puts every known code within `WINDOW` slots of
//! its home slot (linear probing with a bounded distance), in a table of `SLOT_COUNT` slots.
//!
//! A code's home slot is the top bits of one multiply; the multiplier is chosen so that every code finds
//! a free slot among its `WINDOW` first. A lookup reads those records side by side, so the answer
//! is one multiply and one (parallel) load away, for any `i32`; a code outside the catalog
//! matches none of them.
// Indexing and panics here only run in const evaluation, where they are build errors.
#![allow(clippy::indexing_slicing, clippy::panic)]

use super::CODE_COUNT;
use crate::catalog::ROWS;

/// The slots a lookup compares, starting at the home slot.
pub(super) const WINDOW: usize = 3;

/// Multiplicative hashing: an odd multiplier with well-spread bits moves every input bit into
/// the top bits, which pick the slot.
#[inline(always)]
const fn home(code: i32, multiplier: u64, slot_bits: u32) -> usize {
    ((code as u32 as u64).wrapping_mul(multiplier) >> (64 - slot_bits)) as usize
}

/// The `n`th multiplier tried: the golden-ratio constant with a few bits changed, kept odd.
const fn multiplier(n: u64) -> u64 {
    (0x9e37_79b9_7f4a_7c15 ^ n.wrapping_mul(0x2545_f491_4f6c_dd1d) << 8) | 1
}

/// The most slots any catalog needs: twice the codes, rounded up to a power of two.
const MAX_SLOTS: usize = (2 * CODE_COUNT).next_power_of_two();

/// The multiplier, the number of slot bits, and each slot's catalog row (`None`: empty).
pub(super) struct CodeHash {
    multiplier: u64,
    pub(super) slot_bits: u32,
    pub(super) rows: [Option<usize>; MAX_SLOTS + WINDOW - 1],
}

/// Places every code with hash multiplier `multiplier` in `1 << slot_bits` slots, each at most `WINDOW - 1`
/// slots after its home; `None` if one does not fit.
const fn place(multiplier: u64, slot_bits: u32) -> Option<CodeHash> {
    let mut out = CodeHash {
        multiplier,
        slot_bits,
        rows: [None; MAX_SLOTS + WINDOW - 1],
    };
    let mut r = 0;
    while r < CODE_COUNT {
        let first = home(ROWS[r].code, multiplier, slot_bits);
        let mut k = 0;
        while k < WINDOW && out.rows[first + k].is_some() {
            k += 1;
        }
        if k == WINDOW {
            return None;
        }
        out.rows[first + k] = Some(r);
        r += 1;
    }
    Some(out)
}

/// The smallest table (fewest slot bits) for which some multiplier places every code.
const fn build_code_hash() -> CodeHash {
    let mut slot_bits = 1;
    while 1 << slot_bits < CODE_COUNT {
        slot_bits += 1;
    }
    while 1 << slot_bits <= MAX_SLOTS {
        let mut n = 0;
        while n < 1024 {
            if let Some(table) = place(multiplier(n), slot_bits) {
                return table;
            }
            n += 1;
        }
        slot_bits += 1;
    }
    panic!("no multiplier places every code within WINDOW slots")
}

pub(super) const CODE_HASH: CodeHash = build_code_hash();
const MULTIPLIER: u64 = CODE_HASH.multiplier;
/// The number of slots.
pub(super) const SLOT_COUNT: usize = 1 << CODE_HASH.slot_bits;

/// The home slot of `code`: its record is there or in the `WINDOW - 1` slots after it.
#[inline(always)]
pub(super) fn home_slot(code: i32) -> usize {
    home(code, MULTIPLIER, CODE_HASH.slot_bits)
}
