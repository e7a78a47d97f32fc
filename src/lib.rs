//! `libroom_errors`: the shipped C library. All of the C ABI lives in the `room-errors-core`
//! crate; this crate only links it into a `cdylib`/`staticlib` and owns the panic handler that a
//! `no_std` library needs.
#![no_std]

pub use room_errors_core::ffi::*;

/// The library has no reachable panic: in release builds this handler calls a symbol that exists
/// nowhere, so a panic path that survives optimisation fails the link (`-z defs`, see build.rs).
#[cfg(not(debug_assertions))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    extern "C" {
        fn room_errors_release_build_has_a_reachable_panic() -> !;
    }
    // SAFETY: never called; the reference alone makes the link fail if this code is reachable.
    unsafe { room_errors_release_build_has_a_reachable_panic() }
}

/// Debug builds keep their bounds checks; a failed one stops here instead of unwinding into C.
#[cfg(debug_assertions)]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
