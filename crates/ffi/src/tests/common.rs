//! Helpers shared by the tests: reading the C ABI's strings back.

use std::ffi::{c_char, CStr};

/// The string behind a pointer the C ABI returned, checked to be non-NULL and valid UTF-8.
/// Only for pointers the ABI returned, which are static and NUL-terminated.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn c_str(ptr: *const c_char) -> &'static str {
    assert!(!ptr.is_null(), "the C ABI returned NULL");
    // SAFETY: the C ABI returns static NUL-terminated strings.
    unsafe { CStr::from_ptr(ptr) }
        .to_str()
        .expect("the C ABI returned invalid UTF-8")
}

/// The number of catalog languages.
pub fn language_count() -> i32 {
    room_errors_core::languages().count() as i32
}
