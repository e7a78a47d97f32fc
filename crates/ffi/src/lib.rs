//! `libroom_errors`: the shipped C library, the C ABI over `room-errors-core` as a
//! `cdylib`/`staticlib`, with the panic handler that a `no_std` library needs. Every `unsafe` of
//! the project is in this crate, each block with a `SAFETY` comment.
//! Its tests (`src/tests/`) go through the exported functions themselves.
#![cfg_attr(not(test), no_std)]
#![deny(
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks,
    clippy::multiple_unsafe_ops_per_block
)]

pub mod codes;
mod ffi;

pub use ffi::*;

#[cfg(test)]
mod tests;

/// The library has no reachable panic: in release builds this handler calls a symbol that exists
/// nowhere, so a panic path that survives optimisation fails the link (`-z defs`, see build.rs).
/// `make test-panic` proves the guard live by building [`room_errors_panic_probe`].
#[cfg(all(not(debug_assertions), not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    extern "C" {
        fn room_errors_release_build_has_a_reachable_panic() -> !;
    }
    // SAFETY: never called; the reference alone makes the link fail if this code is reachable.
    unsafe { room_errors_release_build_has_a_reachable_panic() }
}

/// Debug builds keep their bounds checks; a failed one stops here instead of unwinding into C.
/// (Test builds link std's handler instead.)
#[cfg(all(debug_assertions, not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

/// Built only by `make test-panic` (`--cfg room_errors_panic_probe`, in a target directory of its
/// own), never into a shipped library: an export with a reachable panic (an out-of-bounds index),
/// whose link must fail on the panic handler's undefined symbol.
#[cfg(room_errors_panic_probe)]
#[no_mangle]
pub extern "C" fn room_errors_panic_probe(index: usize) -> u8 {
    [1, 2, 3][index]
}
