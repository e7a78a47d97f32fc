//! Code → slot, shared by the build script (`build/slots.rs` picks the multiplier, the number of
//! slots and the window) and the lookups: a code's home slot is the top bits of one multiply, and
//! its record is there or in the `WINDOW - 1` slots after it.

/// Multiplicative hashing: an odd multiplier with well-spread bits moves every input bit into the
/// top bits, which pick the slot among `1 << slot_bits`.
#[inline(always)]
pub(crate) const fn home(code: i32, multiplier: u64, slot_bits: u32) -> usize {
    ((code as u32 as u64).wrapping_mul(multiplier) >> (64 - slot_bits)) as usize
}
