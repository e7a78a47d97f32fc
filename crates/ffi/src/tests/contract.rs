//! The C ABI's contract, line by line, through the exported functions themselves.

use std::collections::HashSet;
use std::ffi::CString;

use super::common::{c_str, language_count};
use crate::codes::*;
use crate::*;
use room_errors_core::{codes, languages, Category};

/// Values at and around the edges of the catalog that it does not know.
fn unknown_codes() -> Vec<i32> {
    let known: HashSet<i32> = codes().iter().copied().collect();
    let mut out = vec![
        i32::MIN,
        i32::MIN + 1,
        i32::MAX,
        i32::MAX - 1,
        1,
        99_999,
        100_000,
        -4096,
        104_096,
    ];
    for &code in codes() {
        out.extend([
            code.wrapping_sub(1),
            code.wrapping_add(1),
            code.wrapping_add(16),
            code.wrapping_mul(-1),
        ]);
    }
    out.retain(|c| !known.contains(c));
    out.sort_unstable();
    out.dedup();
    out
}

/// Language ids the catalog does not have.
fn unknown_langs() -> [i32; 5] {
    [
        -1,
        language_count(),
        language_count() + 1,
        i32::MAX,
        i32::MIN,
    ]
}

#[test]
fn codes_are_listed_once_with_their_count() {
    let mut count = usize::MAX;
    // SAFETY: a writable size_t.
    let ptr = unsafe { room_err_codes(&mut count) };
    assert_eq!(count, codes().len());
    // SAFETY: the ABI returns `count` codes.
    let listed = unsafe { std::slice::from_raw_parts(ptr, count) };
    assert_eq!(listed, codes());
    // SAFETY: NULL count is allowed.
    assert_eq!(unsafe { room_err_codes(std::ptr::null_mut()) }, ptr);
    let unique: HashSet<_> = listed.iter().collect();
    assert_eq!(unique.len(), listed.len());
}

#[test]
fn every_known_code_has_name_category_and_messages() {
    let mut names = HashSet::new();
    for &code in codes() {
        assert!(room_err_is_known(code));
        let name = c_str(room_err_name(code));
        assert!(
            name.starts_with("ERR_")
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "{name}"
        );
        assert!(names.insert(name), "duplicate name {name}");
        let id = room_err_category_id(code);
        assert!(
            (1..Category::ALL.len() as i32).contains(&id),
            "{code}: category {id}"
        );
        assert_eq!(
            c_str(room_err_category(code)),
            Category::ALL[id as usize].as_str()
        );
        let english = c_str(room_err_message(code, ROOM_ERR_LANG_EN));
        for lang in 0..language_count() {
            let text = c_str(room_err_message(code, lang));
            assert!(!text.trim().is_empty(), "{code}/{lang}");
            assert_eq!(text.trim(), text, "{code}/{lang}: surrounding white space");
            assert_ne!(
                text,
                c_str(room_err_message(i32::MIN, lang)),
                "{code}/{lang}: the unknown message"
            );
            // An English text in another language is a missing translation.
            assert!(
                lang == ROOM_ERR_LANG_EN || text != english,
                "{code}/{lang}: English text"
            );
            // Static: the same pointer every time.
            assert_eq!(room_err_message(code, lang), room_err_message(code, lang));
        }
    }
}

#[test]
fn unknown_codes_get_the_defined_answers() {
    let unknown_name = room_err_name(i32::MIN);
    assert_eq!(c_str(unknown_name), "");
    for code in unknown_codes() {
        assert!(!room_err_is_known(code), "{code}");
        assert!(!room_err_is_retryable(code), "{code}");
        assert_eq!(
            room_err_category_id(code),
            ROOM_ERR_CATEGORY_UNKNOWN,
            "{code}"
        );
        assert_eq!(c_str(room_err_category(code)), "unknown", "{code}");
        assert_eq!(c_str(room_err_name(code)), "", "{code}");
        for lang in 0..language_count() {
            assert_eq!(
                room_err_message(code, lang),
                room_err_message(i32::MIN, lang),
                "{code}/{lang}"
            );
        }
    }
    let unknown: Vec<&str> = (0..language_count())
        .map(|l| c_str(room_err_message(i32::MAX, l)))
        .collect();
    assert_eq!(unknown[0], "Unknown error code.");
    assert_eq!(unknown.iter().collect::<HashSet<_>>().len(), unknown.len());
}

#[test]
fn unknown_languages_mean_english() {
    for lang in unknown_langs() {
        assert_eq!(c_str(room_err_lang_tag(lang)), "en");
        for &code in codes().iter().chain(&[i32::MIN]) {
            assert_eq!(
                room_err_message(code, lang),
                room_err_message(code, ROOM_ERR_LANG_EN)
            );
        }
    }
}

#[test]
fn language_ids_and_tags_round_trip() {
    // Ids never move; a new language is appended here and in the catalog.
    let ids = [
        (ROOM_ERR_LANG_EN, "en"),
        (ROOM_ERR_LANG_ZH_HANS, "zh-Hans"),
        (ROOM_ERR_LANG_ZH_HANT, "zh-Hant"),
        (ROOM_ERR_LANG_JA, "ja"),
        (ROOM_ERR_LANG_KO, "ko"),
        (ROOM_ERR_LANG_AR, "ar"),
        (ROOM_ERR_LANG_ES, "es"),
        (ROOM_ERR_LANG_PT, "pt"),
        (ROOM_ERR_LANG_ID, "id"),
        (ROOM_ERR_LANG_VI, "vi"),
        (ROOM_ERR_LANG_TH, "th"),
        (ROOM_ERR_LANG_RU, "ru"),
    ];
    let tags: Vec<&str> = languages().map(|l| l.tag).collect();
    assert_eq!(tags.len(), ids.len(), "every language is listed here");
    for (expected, (id, tag)) in ids.into_iter().enumerate() {
        assert_eq!(id, expected as i32, "{tag}");
        assert_eq!(tags[expected], tag);
    }
    for language in languages() {
        assert_eq!(c_str(room_err_lang_tag(language.id)), language.tag);
        let tag = CString::new(language.tag).unwrap();
        // SAFETY: a NUL-terminated string.
        assert_eq!(unsafe { room_err_lang_from_tag(tag.as_ptr()) }, language.id);
    }
}

#[test]
fn category_ids_match_their_names() {
    let ids = [
        (ROOM_ERR_CATEGORY_UNKNOWN, "unknown"),
        (ROOM_ERR_CATEGORY_GENERAL, "general"),
        (ROOM_ERR_CATEGORY_DEVICE, "device"),
        (ROOM_ERR_CATEGORY_ROOM, "room"),
        (ROOM_ERR_CATEGORY_USER, "user"),
        (ROOM_ERR_CATEGORY_SEAT, "seat"),
        (ROOM_ERR_CATEGORY_SERVER, "server"),
        (ROOM_ERR_CATEGORY_CHAT, "chat"),
    ];
    assert_eq!(
        Category::ALL.len(),
        ids.len(),
        "every category is listed here"
    );
    for (expected, (id, name)) in ids.into_iter().enumerate() {
        assert_eq!(id, expected as i32);
        assert_eq!(Category::ALL[expected].as_str(), name);
    }
    assert_eq!(
        room_err_category_id(ROOM_ERR_CAMERA_START_FAILED),
        ROOM_ERR_CATEGORY_DEVICE
    );
    assert_eq!(
        c_str(room_err_category(ROOM_ERR_SERVER_SEAT_LIST_EMPTY)),
        "server"
    );
}

#[test]
fn constants_name_their_codes() {
    assert_eq!(ROOM_ERR_SUCC, 0);
    assert_eq!(ROOM_ERR_CAMERA_START_FAILED, -1100);
    assert_eq!(ROOM_ERR_SERVER_SEAT_LIST_EMPTY, 100251);
    assert_eq!(
        c_str(room_err_name(ROOM_ERR_CAMERA_START_FAILED)),
        "ERR_CAMERA_START_FAILED"
    );
    assert_eq!(c_str(room_err_name(ROOM_ERR_SUCC)), "ERR_SUCC");
}

#[test]
fn retryable_codes_are_the_try_again_ones() {
    let retryable: Vec<i32> = codes()
        .iter()
        .copied()
        .filter(|&c| room_err_is_retryable(c))
        .collect();
    assert_eq!(
        retryable,
        [
            ROOM_ERR_FREQ_LIMIT,
            ROOM_ERR_START_SCREEN_SHARING_FAILED,
            ROOM_ERR_SERVER_SYSTEM_ERROR,
            ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT,
            ROOM_ERR_LIVE_REQUEST_SERVER_TIMEOUT,
            ROOM_ERR_LIVE_SERVER_PROCESS_FAILED,
            ROOM_ERR_LIVE_DISCONNECTED,
            ROOM_ERR_SERVER_CONNECTION_FREQ_LIMIT,
            ROOM_ERR_SERVER_BATTLE_FREQ_LIMIT,
            ROOM_ERR_SERVER_MIX_STREAM_UPDATE_FREQ_LIMIT,
            ROOM_ERR_CHAT_FREQ_LIMIT,
            ROOM_ERR_CHAT_NET_DISCONNECT,
            ROOM_ERR_CHAT_NET_ALREADY_CONNECTED,
            ROOM_ERR_CHAT_NET_CONNECT_TIMEOUT,
            ROOM_ERR_CHAT_NET_CONNECT_REFUSED,
            ROOM_ERR_CHAT_NET_UNREACHABLE,
            ROOM_ERR_CHAT_NET_WAIT_IN_QUEUE_TIMEOUT,
            ROOM_ERR_CHAT_NET_WAIT_SEND_TIMEOUT,
            ROOM_ERR_CHAT_NET_WAIT_ACK_TIMEOUT,
            ROOM_ERR_CHAT_NET_WAIT_SEND_REMAINING_TIMEOUT,
            ROOM_ERR_CHAT_NET_WAIT_SEND_TIMEOUT_NO_NETWORK,
            ROOM_ERR_CHAT_NET_WAIT_ACK_TIMEOUT_NO_NETWORK,
            ROOM_ERR_CHAT_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK,
            ROOM_ERR_CALL_FAILED_TO_INITIATE_OR_JOIN,
            ROOM_ERR_ACCOUNT_FREQ_LIMIT,
            ROOM_ERR_ACCOUNT_INTERNAL_TIMEOUT,
            ROOM_ERR_ACCOUNT_INTERNAL_ERROR,
            ROOM_ERR_CHAT_NETWORK_TIMEOUT,
            ROOM_ERR_CHAT_NET_SOCKET_NO_BUFFER,
            ROOM_ERR_CHAT_NET_RESET_BY_PEER,
            ROOM_ERR_CHAT_NET_SOCKET_INVALID,
            ROOM_ERR_CHAT_NET_HOST_GETADDRINFO_FAILED,
            ROOM_ERR_CHAT_NET_CONNECT_RESET,
            ROOM_ERR_REST_FREQ_LIMIT,
            ROOM_ERR_REST_TIMEOUT_OR_BAD_HTTP,
            ROOM_ERR_REST_SDKAPPID_FREQ_LIMIT,
            ROOM_ERR_REST_ACCOUNT_SWAP_TIMEOUT,
            ROOM_ERR_REST_REQUEST_FREQ_LIMIT,
            ROOM_ERR_REST_REQUEST_TOO_FREQUENT,
        ]
    );
}

#[test]
fn message_for_tag_negotiates_and_tolerates_null() {
    let seat_locked = ROOM_ERR_SEAT_LOCKED;
    for (tag, lang) in [
        ("zh_TW.UTF-8", ROOM_ERR_LANG_ZH_HANT),
        ("zh-CN", ROOM_ERR_LANG_ZH_HANS),
        ("fr", ROOM_ERR_LANG_EN),
    ] {
        let tag = CString::new(tag).unwrap();
        // SAFETY: a NUL-terminated string.
        let text = unsafe { room_err_message_for_tag(seat_locked, tag.as_ptr()) };
        assert_eq!(text, room_err_message(seat_locked, lang));
    }
    assert_eq!(
        // SAFETY: NULL is allowed.
        unsafe { room_err_message_for_tag(seat_locked, std::ptr::null()) },
        room_err_message(seat_locked, 0)
    );
    assert_eq!(
        // SAFETY: NULL is allowed.
        unsafe { room_err_lang_from_tag(std::ptr::null()) },
        ROOM_ERR_LANG_EN
    );
}

#[test]
fn version_is_the_crate_version() {
    let version = c_str(room_err_version());
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    let parts: Vec<&str> = version.split('.').collect();
    assert_eq!(parts.len(), 3);
    assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{version}");
}
