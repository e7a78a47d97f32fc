//! The C ABI. Every function takes plain integers and pointers, accepts any value (NULL included),
//! returns static NUL-terminated UTF-8 that is never NULL and never freed, and is thread-safe,
//! lock-free, allocation-free and needs no init call.

use core::ffi::c_char;

use crate::table::{self, BLOB, CATEGORY_NAMES, CODES, CODE_COUNT, TAGS};

/// A language id (`ROOM_ERR_LANG_*`). Any value is accepted: ids the library does not know mean
/// English.
pub type RoomErrLang = i32;

/// A category id (`ROOM_ERR_CATEGORY_*`); `ROOM_ERR_CATEGORY_UNKNOWN` (0) for unknown codes.
pub type RoomErrCategory = i32;

/// A pointer to the NUL-terminated string at `offset` in the blob.
#[inline(always)]
fn c_str(offset: u32) -> *const c_char {
    BLOB.as_ptr().wrapping_add(offset as usize).cast()
}

/// Reads a NUL-terminated string byte by byte, never past its NUL; NULL reads as "".
struct CBytes(*const u8);

impl Iterator for CBytes {
    type Item = u8;

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        if self.0.is_null() {
            return None;
        }
        // SAFETY: the caller passed NULL or a NUL-terminated string; we stop at its NUL.
        let byte = unsafe { self.0.read() };
        if byte == 0 {
            self.0 = core::ptr::null();
            return None;
        }
        self.0 = self.0.wrapping_add(1);
        Some(byte)
    }
}

/// The message for `code` in language `lang`.
///
/// Unknown codes get the unknown-error message in that language; unknown `lang` ids mean English.
#[no_mangle]
pub extern "C" fn room_err_message(code: i32, lang: RoomErrLang) -> *const c_char {
    c_str(crate::message_offset(code, lang))
}

/// The message for `code` in the language of the BCP 47 or POSIX locale `tag`
/// (see `room_err_lang_from_tag`; NULL means English).
///
/// # Safety
/// `tag` is NULL or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn room_err_message_for_tag(code: i32, tag: *const c_char) -> *const c_char {
    // SAFETY: forwarded from the caller.
    room_err_message(code, unsafe { room_err_lang_from_tag(tag) })
}

/// The category name of `code`: `"general"`, `"device"`, `"room"`, `"user"`, `"seat"`,
/// `"server"`, or `"unknown"` for unknown codes.
#[no_mangle]
pub extern "C" fn room_err_category(code: i32) -> *const c_char {
    let id = crate::info(code).category as usize;
    c_str(CATEGORY_NAMES.get(id).copied().unwrap_or(0))
}

/// The category id of `code` (`ROOM_ERR_CATEGORY_*`); `ROOM_ERR_CATEGORY_UNKNOWN` (0) for unknown
/// codes.
#[no_mangle]
pub extern "C" fn room_err_category_id(code: i32) -> RoomErrCategory {
    crate::info(code).category.id()
}

/// The symbolic name of `code`, e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes.
#[no_mangle]
pub extern "C" fn room_err_name(code: i32) -> *const c_char {
    c_str(crate::info(code).name)
}

/// Whether `code` is in the catalog.
#[no_mangle]
pub extern "C" fn room_err_is_known(code: i32) -> bool {
    table::row(code) != table::UNKNOWN_ROW
}

/// Whether the documented remedy for `code` is to try again (false for unknown codes).
#[no_mangle]
pub extern "C" fn room_err_is_retryable(code: i32) -> bool {
    crate::info(code).retryable
}

/// The language for a BCP 47 or POSIX locale tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`, `"en-US"`).
///
/// Case-insensitive; `-` or `_` between subtags; `.charset` and `@modifier` are ignored. The primary
/// subtag decides; for `zh` an explicit script subtag (`Hans`, `Hant`) wins, else the regions `TW`,
/// `HK` and `MO` mean Traditional Chinese and any other region or none Simplified Chinese. NULL,
/// `""`, `C`, `POSIX` and unsupported or malformed tags mean English (`ROOM_ERR_LANG_EN`). Reads
/// no further than the tag's end.
///
/// # Safety
/// `tag` is NULL or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn room_err_lang_from_tag(tag: *const c_char) -> RoomErrLang {
    crate::lang::negotiate(CBytes(tag.cast()))
}

/// The BCP 47 tag of `lang`: `"en"`, `"zh-Hans"`, `"zh-Hant"`, …; `"en"` for unknown ids.
#[no_mangle]
pub extern "C" fn room_err_lang_tag(lang: RoomErrLang) -> *const c_char {
    c_str(TAGS.get(crate::language_index(lang)).copied().unwrap_or(0))
}

/// All known codes, in catalog order; stores their number in `*count` unless `count` is NULL.
///
/// # Safety
/// `count` is NULL or points to a writable `size_t`.
#[no_mangle]
pub unsafe extern "C" fn room_err_codes(count: *mut usize) -> *const i32 {
    if !count.is_null() {
        // SAFETY: the caller passed a writable size_t.
        unsafe { count.write(CODE_COUNT) };
    }
    CODES.as_ptr()
}

/// The library version, `"MAJOR.MINOR.PATCH"`.
#[no_mangle]
pub extern "C" fn room_err_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
