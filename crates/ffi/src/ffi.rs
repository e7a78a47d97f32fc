//! The C ABI. Every function takes plain integers and pointers, accepts any value (NULL included),
//! returns static NUL-terminated UTF-8 that is never NULL and never freed, and is thread-safe,
//! lock-free, allocation-free and needs no init call.

use core::ffi::c_char;

use room_errors_core::abi::{self, class, Reader, END};
use room_errors_core::Action;

/// A language id (`ROOM_ERR_LANG_*`). Any value is accepted: ids the library does not know mean
/// English.
pub type RoomErrLang = i32;

/// A category id (`ROOM_ERR_CATEGORY_*`); `ROOM_ERR_CATEGORY_UNKNOWN` (0) for unknown codes.
pub type RoomErrCategory = i32;

/// An action id (`ROOM_ERR_ACTION_*`): what a code's remedy asks for. Any value is accepted as an
/// argument: ids the library does not know have no name and no label.
pub type RoomErrAction = i32;

/// An audience id (`ROOM_ERR_AUDIENCE_*`): who a code's message is for.
pub type RoomErrAudience = i32;

use abi::string as c_str;

/// Reads a non-NULL NUL-terminated string byte by byte; stays on its NUL once there, so it never
/// reads past it. Invariant: the pointer points into a NUL-terminated string at or before its NUL
/// (made by [`CBytes::new`], kept by `next` and `step`).
#[derive(Clone)]
struct CBytes(*const u8);

impl CBytes {
    /// # Safety
    /// `string` is non-NULL and points to a NUL-terminated string that outlives the reader.
    #[inline(always)]
    unsafe fn new(string: *const c_char) -> CBytes {
        CBytes(string.cast())
    }
}

impl Iterator for CBytes {
    type Item = u8;

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        // SAFETY: by the type's invariant, `self.0` points into a NUL-terminated string, at or
        // before its NUL; it only moves forward over bytes that are not the NUL.
        let byte = unsafe { self.0.read() };
        if byte == 0 {
            return None;
        }
        self.0 = self.0.wrapping_add(1);
        Some(byte)
    }
}

impl Reader for CBytes {
    #[inline(always)]
    fn class(&self) -> u8 {
        // SAFETY: as in `next`: the type's invariant.
        class(unsafe { self.0.read() })
    }

    #[inline(always)]
    fn step(&mut self) {
        // The class of a NUL is END: this never moves past it.
        if Reader::class(self) != END {
            self.0 = self.0.wrapping_add(1);
        }
    }
}

/// The language for a tag; NULL means English.
///
/// # Safety
/// `tag` is NULL or points to a NUL-terminated string.
#[inline(always)]
unsafe fn lang_id(tag: *const c_char) -> RoomErrLang {
    if tag.is_null() {
        return 0;
    }
    // SAFETY: `tag` is not NULL, and the caller passed a NUL-terminated string.
    abi::lang_from_tag(unsafe { CBytes::new(tag) })
}

/// The message for `code` in language `lang`.
///
/// Unknown codes get the unknown-error message in that language; unknown `lang` ids mean English.
#[no_mangle]
pub extern "C" fn room_err_message(code: i32, lang: RoomErrLang) -> *const c_char {
    c_str(abi::message(code, lang))
}

/// The message for `code` in the language of the BCP 47 or POSIX locale `tag`
/// (see `room_err_lang_from_tag`; NULL means English).
///
/// # Safety
/// `tag` is NULL or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn room_err_message_for_tag(code: i32, tag: *const c_char) -> *const c_char {
    // SAFETY: forwarded from the caller.
    room_err_message(code, unsafe { lang_id(tag) })
}

/// The category name of `code`: `"general"`, `"device"`, `"room"`, `"user"`, `"seat"`,
/// `"server"`, `"chat"`, or `"unknown"` for unknown codes.
#[no_mangle]
pub extern "C" fn room_err_category(code: i32) -> *const c_char {
    c_str(abi::category_name(code))
}

/// The category id of `code` (`ROOM_ERR_CATEGORY_*`); `ROOM_ERR_CATEGORY_UNKNOWN` (0) for unknown
/// codes.
#[no_mangle]
pub extern "C" fn room_err_category_id(code: i32) -> RoomErrCategory {
    room_errors_core::category(code).id()
}

/// The symbolic name of `code`, e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes.
#[no_mangle]
pub extern "C" fn room_err_name(code: i32) -> *const c_char {
    c_str(abi::name(code))
}

/// Whether `code` is in the catalog.
#[no_mangle]
pub extern "C" fn room_err_is_known(code: i32) -> bool {
    room_errors_core::is_known(code)
}

/// Whether the documented remedy for `code` is to try again (false for unknown codes).
#[no_mangle]
pub extern "C" fn room_err_is_retryable(code: i32) -> bool {
    room_errors_core::is_retryable(code)
}

/// The language for a BCP 47 or POSIX locale tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`, `"en-US"`):
/// the catalog language ICU's `LocaleMatcher` picks (CLDR 42 data; supported: the catalog
/// languages; default English).
///
/// Case-insensitive; `-` or `_` between subtags. The tag ends where a tag cannot continue: at
/// whitespace (CR and LF too), `;`, `,`, `:`, and at a POSIX `.charset` or `@modifier`, so what
/// follows a tag in a line, a header or a list is ignored (`"zh-TW\r"`, `"zh-Hant;q=0.9"` and
/// `"zh_TW:ja"` are `zh-TW`, `zh-Hant` and `zh_TW`). Extensions and private use (`-u-…`, `-x-…`)
/// and variants are ignored, as is a script after the region; a malformed subtag (empty, over 8
/// bytes, other than letters or digits) ends the tag there. Missing
/// subtags come from CLDR's likely subtags: `zh-TW`, `zh-HK`, `zh-US` and `und-TW` mean
/// Traditional Chinese, `zh`, `zh-SG` and `und-CN` Simplified; an explicit script wins
/// (`zh-Hant-CN`). CLDR's aliases and legacy tags count (`cmn`, `zho`, `zh-yue`, `zh-min-nan`,
/// `jpn`), as do the languages CLDR matches to a catalog language (Cantonese `yue` to Traditional
/// Chinese, `yue-CN` and `wuu`, `hak`, `nan`, `gan`, `hsn`, Tibetan `bo` to Simplified; Arabic
/// varieties and Central Kurdish `ckb` to Arabic) and romanized Japanese and Arabic (`ja-Latn`,
/// `ar-Latn`). NULL, `""`, `C`, `POSIX`, `und`, `x-…` and unsupported or malformed tags mean
/// English (`ROOM_ERR_LANG_EN`). Reads no further than the tag's end.
///
/// # Safety
/// `tag` is NULL or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn room_err_lang_from_tag(tag: *const c_char) -> RoomErrLang {
    // SAFETY: forwarded from the caller.
    unsafe { lang_id(tag) }
}

/// The best language for a preference list: an HTTP `Accept-Language` value
/// (`"fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5"`), a POSIX `LANGUAGE` list (`"zh_TW:ja:en"`), or tags
/// separated by commas or spaces (`"zh-Hant-TW,en-US"`, `"ja en"`).
///
/// Each entry is a tag as `room_err_lang_from_tag` reads it, optionally followed by `;q=WEIGHT`
/// (0 to 1; `q=0` drops the entry). The answer is ICU `LocaleMatcher`'s (CLDR data; supported: the
/// catalog languages; default English): entries are tried by falling weight, in list order among
/// equal weights; an entry repeated later counts only at its last place; each entry's closest
/// language beats the best so far only if it is closer by more than a region difference per entry
/// in between, so an English listed before a Chinese wins, and entries after the tenth in that
/// order change nothing. `*` and unsupported tags match nothing; malformed entries (empty tag, bad weight,
/// other parameters) are skipped; only the first 32 entries are read. NULL, `""`, and lists
/// where nothing matches mean English (`ROOM_ERR_LANG_EN`). Reads no further than the list's NUL.
///
/// # Safety
/// `list` is NULL or points to a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn room_err_lang_from_list(list: *const c_char) -> RoomErrLang {
    if list.is_null() {
        return 0;
    }
    // SAFETY: `list` is not NULL, and the caller passed a NUL-terminated string.
    abi::lang_from_list(unsafe { CBytes::new(list) })
}

/// The BCP 47 tag of `lang`: `"en"`, `"zh-Hans"`, `"zh-Hant"`, …; `"en"` for unknown ids.
#[no_mangle]
pub extern "C" fn room_err_lang_tag(lang: RoomErrLang) -> *const c_char {
    c_str(abi::lang_tag(lang))
}

/// All known codes, in catalog order; stores their number in `*count` unless `count` is NULL.
///
/// # Safety
/// `count` is NULL or points to a writable `size_t`.
#[no_mangle]
pub unsafe extern "C" fn room_err_codes(count: *mut usize) -> *const i32 {
    if !count.is_null() {
        // SAFETY: the caller passed a writable size_t.
        unsafe { count.write(room_errors_core::codes().len()) };
    }
    room_errors_core::codes().as_ptr()
}

/// The library version, `"MAJOR.MINOR.PATCH"`.
#[no_mangle]
pub extern "C" fn room_err_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// What happened, one sentence: the first part of `room_err_message`. Unknown codes get the
/// unknown-error message; unknown `lang` ids mean English.
#[no_mangle]
pub extern "C" fn room_err_summary(code: i32, lang: RoomErrLang) -> *const c_char {
    c_str(abi::summary(code, lang))
}

/// What to do, one sentence: the rest of `room_err_message` after the summary; `""` when the code
/// has no remedy (unknown codes have none).
#[no_mangle]
pub extern "C" fn room_err_remedy(code: i32, lang: RoomErrLang) -> *const c_char {
    c_str(abi::remedy(code, lang))
}

/// What the remedy of `code` asks for (`ROOM_ERR_ACTION_*`); `ROOM_ERR_ACTION_NONE` (0) for
/// unknown codes. `room_err_is_retryable(code)` is exactly `room_err_action(code) ==
/// ROOM_ERR_ACTION_RETRY`.
#[no_mangle]
pub extern "C" fn room_err_action(code: i32) -> RoomErrAction {
    room_errors_core::action(code).id()
}

/// The name of `action`: `"none"`, `"retry"`, `"open_settings"`, `"check_device"`, `"ask_host"`,
/// `"choose_another"`, `"sign_in"`, `"leave_room"`, `"upgrade_plan"`, `"fix_integration"`,
/// `"edit_text"`; `""` for ids the library does not know.
#[no_mangle]
pub extern "C" fn room_err_action_name(action: RoomErrAction) -> *const c_char {
    match known_action(action) {
        Some(action) => c_str(abi::action_name(action)),
        None => c_str(0),
    }
}

/// A short button label for `action` in language `lang`, such as "Open Settings"; `""` for
/// `ROOM_ERR_ACTION_NONE`, `ROOM_ERR_ACTION_FIX_INTEGRATION` (nothing for a user to press) and ids
/// the library does not know. Unknown `lang` ids mean English.
#[no_mangle]
pub extern "C" fn room_err_action_label(action: RoomErrAction, lang: RoomErrLang) -> *const c_char {
    match known_action(action) {
        Some(action) => c_str(abi::action_label(action, lang)),
        None => c_str(0),
    }
}

/// Who the message of `code` is for: `ROOM_ERR_AUDIENCE_USER` (0) when an end user can understand
/// and act on it, `ROOM_ERR_AUDIENCE_DEVELOPER` (1) for programming and configuration errors and
/// for unknown codes.
#[no_mangle]
pub extern "C" fn room_err_audience(code: i32) -> RoomErrAudience {
    room_errors_core::audience(code).id()
}

/// The message an end user may read: `room_err_message` for user-audience codes; for
/// developer-audience and unknown codes one generic text ("The operation could not be completed.
/// Try again later."). Unknown `lang` ids mean English.
#[no_mangle]
pub extern "C" fn room_err_user_message(code: i32, lang: RoomErrLang) -> *const c_char {
    c_str(abi::user_message(code, lang))
}

/// How long to wait before retrying `code`, in milliseconds, where the source states it; 0
/// otherwise (unknown codes: 0).
#[no_mangle]
pub extern "C" fn room_err_retry_after_ms(code: i32) -> u32 {
    room_errors_core::retry_after_ms(code)
}

/// The action with id `id`, if there is one.
#[inline(always)]
fn known_action(id: RoomErrAction) -> Option<Action> {
    Action::ALL.get(usize::try_from(id).ok()?).copied()
}
