//! How a record's `meta` word packs a row's category, audience, action and number: written by the
//! build script (`build/tables.rs`), read by the lookups. The row number (catalog row + 1; 0 for
//! unknown codes) takes the bits above `ROW_SHIFT`: 8 of a `u16` word, 24 of a `u32`.

/// Category id: bits 0–2.
pub(crate) const CATEGORY_MASK: u32 = 0x7;
/// Set when the audience is the user.
pub(crate) const USER_SHIFT: u32 = 3;
/// Action id: bits 4–7.
pub(crate) const ACTION_SHIFT: u32 = 4;
pub(crate) const ACTION_MASK: u32 = 0xf;
pub(crate) const ROW_SHIFT: u32 = 8;
