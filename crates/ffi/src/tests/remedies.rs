//! The advice through the C ABI: summaries, remedies, actions, labels,
//! audiences, user messages and retry delays, for every code and language and for unknown input.

use std::collections::HashSet;

use super::common::{c_str, language_count};
use crate::codes::*;
use crate::*;
use room_errors_core::{codes, languages, Action};

/// Known codes, then a few unknown ones at the edges.
fn some_codes() -> Vec<i32> {
    let mut out = codes().to_vec();
    out.extend([i32::MIN, i32::MAX, 1, -5000, 99_999]);
    out
}

#[test]
fn the_message_is_the_summary_then_the_remedy() {
    for language in languages() {
        for code in some_codes() {
            let (message, summary, remedy) = (
                c_str(room_err_message(code, language.id)),
                c_str(room_err_summary(code, language.id)),
                c_str(room_err_remedy(code, language.id)),
            );
            let joined = if remedy.is_empty() {
                summary.to_owned()
            } else {
                format!("{summary}{}{remedy}", language.separator)
            };
            assert_eq!(message, joined, "{code}/{}", language.tag);
            assert!(!summary.is_empty(), "{code}/{}", language.tag);
            // A remedy is the tail of the message itself: no copy of its own.
            if !remedy.is_empty() {
                let tail =
                    room_err_message(code, language.id).wrapping_add(message.len() - remedy.len());
                assert_eq!(
                    room_err_remedy(code, language.id),
                    tail,
                    "{code}/{}",
                    language.tag
                );
            }
        }
    }
}

#[test]
fn separators_are_how_each_language_joins_two_sentences() {
    for language in languages() {
        let unspaced = matches!(language.tag, "zh-Hans" | "zh-Hant" | "ja");
        assert_eq!(
            language.separator,
            if unspaced { "" } else { " " },
            "{}",
            language.tag
        );
    }
}

#[test]
fn retryable_is_exactly_the_retry_action() {
    for code in some_codes() {
        let action = room_err_action(code);
        assert_eq!(
            room_err_is_retryable(code),
            action == ROOM_ERR_ACTION_RETRY,
            "{code}"
        );
        if room_err_retry_after_ms(code) != 0 {
            assert_eq!(
                action, ROOM_ERR_ACTION_RETRY,
                "{code}: a delay without retry"
            );
        }
    }
}

#[test]
fn action_names_and_labels_cover_every_id() {
    let names: Vec<&str> = (0..11).map(|a| c_str(room_err_action_name(a))).collect();
    assert_eq!(
        names,
        [
            "none",
            "retry",
            "open_settings",
            "check_device",
            "ask_host",
            "choose_another",
            "sign_in",
            "leave_room",
            "upgrade_plan",
            "fix_integration",
            "edit_text"
        ]
    );
    assert_eq!(ROOM_ERR_ACTION_FIX_INTEGRATION, 9);
    assert_eq!(ROOM_ERR_ACTION_EDIT_TEXT, 10);
    for bad in [-1, 11, 12, i32::MIN, i32::MAX] {
        assert_eq!(c_str(room_err_action_name(bad)), "", "{bad}");
        for lang in 0..language_count() {
            assert_eq!(c_str(room_err_action_label(bad, lang)), "", "{bad}/{lang}");
        }
    }
    for lang in 0..language_count() {
        let mut seen = HashSet::new();
        for action in Action::ALL {
            let label = c_str(room_err_action_label(action.id(), lang));
            assert_eq!(label.is_empty(), !action.has_label(), "{action:?}/{lang}");
            assert!(
                label.is_empty() || seen.insert(label),
                "{label}: two actions share it"
            );
        }
    }
    for bad_lang in [-1, language_count(), i32::MAX] {
        assert_eq!(
            room_err_action_label(ROOM_ERR_ACTION_OPEN_SETTINGS, bad_lang),
            room_err_action_label(ROOM_ERR_ACTION_OPEN_SETTINGS, ROOM_ERR_LANG_EN)
        );
    }
    assert_eq!(
        c_str(room_err_action_label(ROOM_ERR_ACTION_OPEN_SETTINGS, 0)),
        "Open Settings"
    );
}

#[test]
fn users_read_user_messages_and_a_generic_text_otherwise() {
    for lang in 0..language_count() {
        let generic = room_err_user_message(i32::MIN, lang);
        assert_ne!(
            generic,
            room_err_message(i32::MIN, lang),
            "the generic text is not 'unknown code'"
        );
        for code in some_codes() {
            let user = room_err_user_message(code, lang);
            match room_err_audience(code) {
                ROOM_ERR_AUDIENCE_USER => assert_eq!(user, room_err_message(code, lang), "{code}"),
                ROOM_ERR_AUDIENCE_DEVELOPER => assert_eq!(user, generic, "{code}"),
                other => panic!("{code}: audience {other}"),
            }
        }
    }
    assert_eq!(
        c_str(room_err_user_message(i32::MIN, ROOM_ERR_LANG_EN)),
        "The operation could not be completed. Try again later."
    );
}

#[test]
fn unknown_codes_have_no_remedy_and_are_for_developers() {
    for code in [i32::MIN, i32::MAX, 1, -5000] {
        assert_eq!(room_err_action(code), ROOM_ERR_ACTION_NONE);
        assert_eq!(room_err_audience(code), ROOM_ERR_AUDIENCE_DEVELOPER);
        assert_eq!(room_err_retry_after_ms(code), 0);
        for lang in [0, 1, -1, i32::MAX] {
            assert_eq!(c_str(room_err_remedy(code, lang)), "");
            assert_eq!(room_err_summary(code, lang), room_err_message(code, lang));
        }
    }
}
