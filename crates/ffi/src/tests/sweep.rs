//! Every one of the 2^32 codes through the C ABI's contract. Run in release mode:
//! `cargo test --release -p room-errors --lib tests::sweep -- --ignored` (part of `make test`).

use std::thread;

use super::common::{c_str, language_count};
use crate::*;
use room_errors_core::codes;

/// Checks the codes `from..=to` (ascending), given the known codes sorted; returns how many it
/// checked. A known code gets every check in every language. An unknown code gets every
/// per-code check and its message and summary in one language, rotating with the code: each
/// function reaches its row through the same hash and code comparison (crates/core/src/table/
/// lookup.rs), so a code that finds no row finds none in any language; the rotation still puts
/// every language's unknown text behind a quarter of a billion codes.
fn sweep(from: i32, to: i32, known: &[i32]) -> u64 {
    let langs = language_count();
    let unknown_messages: Vec<_> = (0..langs).map(|l| room_err_message(i32::MIN, l)).collect();
    let (unknown_name, unknown_category) = (room_err_name(i32::MIN), room_err_category(i32::MIN));
    let mut next = known.partition_point(|&k| k < from);
    let mut checked = 0u64;
    let mut code = from;
    loop {
        let is_known = known.get(next) == Some(&code);
        assert_eq!(room_err_is_known(code), is_known, "{code}");
        if is_known {
            next += 1;
            assert!(!c_str(room_err_name(code)).is_empty(), "{code}");
            assert_ne!(room_err_category_id(code), 0, "{code}");
            for (lang, &unknown) in unknown_messages.iter().enumerate() {
                assert_ne!(room_err_message(code, lang as i32), unknown, "{code}");
            }
        } else {
            assert_eq!(room_err_name(code), unknown_name, "{code}");
            assert_eq!(room_err_category(code), unknown_category, "{code}");
            assert_eq!(room_err_category_id(code), 0, "{code}");
            assert!(!room_err_is_retryable(code), "{code}");
            assert_eq!(room_err_action(code), 0, "{code}");
            assert_eq!(room_err_audience(code), 1, "{code}");
            assert_eq!(room_err_retry_after_ms(code), 0, "{code}");
            let lang = code.rem_euclid(langs);
            let unknown = unknown_messages[lang as usize];
            assert_eq!(room_err_message(code, lang), unknown, "{code}");
            assert_eq!(room_err_summary(code, lang), unknown, "{code}");
        }
        checked += 1;
        if code == to {
            return checked;
        }
        code += 1;
    }
}

#[test]
#[ignore = "release-mode sweep of all 2^32 codes; `make test` runs it"]
fn all_codes() {
    let mut known = codes().to_vec();
    known.sort_unstable();
    let known = &known;
    let checked: u64 = thread::scope(|s| {
        let low = s.spawn(move || sweep(i32::MIN, -1, known));
        let high = s.spawn(move || sweep(0, i32::MAX, known));
        low.join().unwrap() + high.join().unwrap()
    });
    assert_eq!(checked, 1 << 32);
}

#[test]
#[ignore = "release-mode sweep of all 2^32 language ids; `make test` runs it"]
fn all_language_ids() {
    let langs = language_count();
    let check = move |from: i32, to: i32| {
        let english = room_err_lang_tag(0);
        let mut lang = from;
        loop {
            let tag = room_err_lang_tag(lang);
            if (0..langs).contains(&lang) {
                assert_ne!(c_str(tag), "", "{lang}");
            } else {
                assert_eq!(tag, english, "{lang}");
            }
            if lang == to {
                break;
            }
            lang += 1;
        }
    };
    thread::scope(|s| {
        s.spawn(move || check(i32::MIN, -1));
        s.spawn(move || check(0, i32::MAX));
    });
}
