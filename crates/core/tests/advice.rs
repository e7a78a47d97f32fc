//! Every code's action and audience against a table written by hand, so that a changed
//! assignment in the catalog is a deliberate edit in two places; and the rules that tie a code's
//! action, audience and remedy together, over the whole catalog:
//! - who acts decides the audience: the end user opens the settings, checks the device, asks the
//!   host, chooses another seat, room or file, edits the text and logs in again (audience
//!   `user`); the developer or the app's operator fixes the integration, upgrades the plan and
//!   leaves the other room before entering (audience `developer`); nothing to do, or a retry
//!   (by a person or by the app), suits either;
//! - a remedy exists exactly when there is an action (`texts.rs`), and says "try again", in
//!   every language, exactly when the code is retryable; no summary says it;
//! - codes of one family (the same failure, reported by the engine, its server or the chat
//!   service) have the same action and audience.

use std::collections::HashSet;

use room_errors_core::{action, audience, codes, is_retryable, languages, remedy, summary};

/// (code, action, audience) for the codes of the source document and the newer engines
/// (`../shared/reference/codes.tsv`, `extended-codes.tsv`).
const SOURCE_CODES: &[(i32, &str, &str)] = &[
    (0, "none", "user"),
    (-1, "none", "user"),
    (-2, "retry", "user"),
    (-1000, "fix_integration", "developer"),
    (-1001, "fix_integration", "developer"),
    (-1002, "fix_integration", "developer"),
    (-1003, "open_settings", "user"),
    (-1004, "upgrade_plan", "developer"),
    (-1100, "check_device", "user"),
    (-1101, "open_settings", "user"),
    (-1102, "check_device", "user"),
    (-1103, "check_device", "user"),
    (-1104, "check_device", "user"),
    (-1105, "open_settings", "user"),
    (-1106, "check_device", "user"),
    (-1107, "check_device", "user"),
    (-1108, "open_settings", "user"),
    (-1109, "retry", "user"),
    (-2100, "none", "user"),
    (-2101, "none", "developer"),
    (-2102, "fix_integration", "developer"),
    (-2103, "none", "developer"),
    (-2104, "none", "developer"),
    (-2105, "choose_another", "user"),
    (-2106, "choose_another", "user"),
    (-2107, "edit_text", "user"),
    (-2108, "leave_room", "developer"),
    (-2200, "none", "user"),
    (-2201, "none", "user"),
    (-2300, "none", "user"),
    (-2301, "none", "user"),
    (-2310, "none", "developer"),
    (-2311, "none", "developer"),
    (-2340, "upgrade_plan", "developer"),
    (-2341, "none", "user"),
    (-2342, "choose_another", "user"),
    (-2343, "none", "user"),
    (-2344, "none", "developer"),
    (-2345, "none", "user"),
    (-2346, "none", "user"),
    (-2360, "ask_host", "user"),
    (-2361, "ask_host", "user"),
    (-2370, "ask_host", "user"),
    (-2371, "ask_host", "user"),
    (-2380, "none", "user"),
    (-2381, "none", "user"),
    (100001, "retry", "user"),
    (100002, "fix_integration", "developer"),
    (100003, "choose_another", "user"),
    (100004, "none", "user"),
    (100005, "none", "user"),
    (100006, "none", "user"),
    (100007, "upgrade_plan", "developer"),
    (100008, "none", "user"),
    (100009, "none", "developer"),
    (100010, "none", "developer"),
    (100011, "fix_integration", "developer"),
    (100012, "retry", "user"),
    (100200, "choose_another", "user"),
    (100202, "none", "user"),
    (100203, "none", "user"),
    (100204, "none", "user"),
    (100205, "none", "user"),
    (100206, "none", "user"),
    (100210, "none", "user"),
    (100211, "none", "user"),
    (100251, "none", "user"),
    (-3, "none", "developer"),
    (-4, "fix_integration", "developer"),
    (-1005, "none", "developer"),
    (-1110, "none", "user"),
    (-1200, "none", "user"),
    (-1201, "none", "developer"),
    (-1202, "none", "developer"),
    (-1203, "none", "user"),
    (-1300, "retry", "user"),
    (-1301, "retry", "user"),
    (-1302, "retry", "user"),
    (-1303, "none", "user"),
    (-2312, "none", "developer"),
    (-2313, "none", "developer"),
    (-2347, "none", "user"),
    (-2372, "ask_host", "user"),
    (-2373, "ask_host", "user"),
    (100013, "upgrade_plan", "developer"),
    (100015, "none", "developer"),
    (100016, "none", "user"),
    (100017, "none", "user"),
    (100018, "none", "user"),
    (100019, "none", "user"),
    (100020, "none", "user"),
    (100102, "none", "developer"),
    (100201, "choose_another", "user"),
];

/// (code, action, audience) for the codes of the current engines (`live-codes.tsv`).
const LIVE_CODES: &[(i32, &str, &str)] = &[
    (-4001, "fix_integration", "developer"),
    (-6001, "check_device", "user"),
    (100253, "none", "user"),
    (100400, "none", "user"),
    (100401, "choose_another", "user"),
    (100402, "none", "user"),
    (100403, "none", "user"),
    (100404, "none", "user"),
    (100405, "retry", "user"),
    (100411, "none", "user"),
    (100412, "choose_another", "user"),
    (100413, "retry", "user"),
    (100414, "none", "user"),
    (100415, "choose_another", "user"),
    (100416, "none", "user"),
    (100419, "none", "user"),
    (100420, "none", "user"),
    (100421, "none", "user"),
    (100427, "retry", "user"),
    (100430, "none", "developer"),
    (100431, "none", "developer"),
    (100500, "fix_integration", "developer"),
    (100501, "fix_integration", "developer"),
    (100502, "fix_integration", "developer"),
    (100503, "fix_integration", "developer"),
    (100504, "fix_integration", "developer"),
    (102001, "upgrade_plan", "developer"),
    (102002, "choose_another", "user"),
    (102004, "fix_integration", "developer"),
    (70001, "sign_in", "user"),
    (70003, "fix_integration", "developer"),
    (70013, "fix_integration", "developer"),
    (70014, "fix_integration", "developer"),
    (7002, "fix_integration", "developer"),
    (7008, "retry", "user"),
    (7015, "edit_text", "user"),
    (9508, "retry", "user"),
    (9509, "retry", "user"),
    (9510, "retry", "user"),
    (9511, "retry", "user"),
    (9512, "retry", "user"),
    (9518, "retry", "user"),
    (9519, "retry", "user"),
    (9520, "retry", "user"),
    (9521, "retry", "user"),
    (9522, "edit_text", "user"),
    (9523, "retry", "user"),
    (9524, "retry", "user"),
    (9525, "retry", "user"),
    (10017, "none", "user"),
    (80001, "edit_text", "user"),
];

/// (code, action, audience) for the codes the engine's own kits handle (`kit-codes.tsv`).
const KIT_CODES: &[(i32, &str, &str)] = &[
    (100026, "edit_text", "user"),
    (101011, "upgrade_plan", "developer"),
    (101072, "fix_integration", "developer"),
    (12061, "fix_integration", "developer"),
    (-1316, "check_device", "user"),
    (-1319, "check_device", "user"),
    (-3301, "retry", "user"),
    (5300, "check_device", "user"),
    (5301, "check_device", "user"),
    (5302, "open_settings", "user"),
    (6013, "fix_integration", "developer"),
    (6014, "fix_integration", "developer"),
    (6026, "fix_integration", "developer"),
    (6206, "sign_in", "user"),
    (6208, "sign_in", "user"),
    (70002, "fix_integration", "developer"),
    (70005, "fix_integration", "developer"),
    (70009, "fix_integration", "developer"),
    (70016, "fix_integration", "developer"),
    (70020, "fix_integration", "developer"),
    (70050, "retry", "developer"),
    (70051, "none", "user"),
    (70052, "sign_in", "user"),
    (70107, "none", "developer"),
    (70114, "none", "user"),
    (70169, "retry", "user"),
    (70206, "fix_integration", "developer"),
    (70398, "upgrade_plan", "developer"),
    (70402, "fix_integration", "developer"),
    (70403, "fix_integration", "developer"),
    (70500, "retry", "user"),
    (2801, "retry", "user"),
    (9513, "retry", "user"),
    (9514, "retry", "user"),
    (9515, "retry", "user"),
    (9516, "retry", "user"),
    (9517, "retry", "user"),
    (3123, "edit_text", "user"),
    (4004, "choose_another", "user"),
    (4005, "choose_another", "user"),
    (6017, "fix_integration", "developer"),
    (7004, "fix_integration", "developer"),
    (7005, "choose_another", "user"),
    (8001, "edit_text", "user"),
    (10007, "none", "user"),
    (10010, "none", "user"),
    (10016, "none", "user"),
    (80002, "edit_text", "user"),
    (80004, "choose_another", "user"),
    (60002, "fix_integration", "developer"),
    (60003, "fix_integration", "developer"),
    (60004, "fix_integration", "developer"),
    (60005, "fix_integration", "developer"),
    (60006, "fix_integration", "developer"),
    (60007, "retry", "developer"),
    (60008, "retry", "developer"),
    (60009, "fix_integration", "developer"),
    (60010, "fix_integration", "developer"),
    (60011, "retry", "developer"),
    (60012, "fix_integration", "developer"),
    (60013, "none", "developer"),
    (60014, "retry", "developer"),
    (60015, "fix_integration", "developer"),
    (60016, "none", "developer"),
    (60017, "none", "developer"),
    (60018, "retry", "developer"),
    (60019, "retry", "developer"),
    (60020, "upgrade_plan", "developer"),
    (60021, "fix_integration", "developer"),
];

#[test]
fn every_code_has_the_action_and_audience_of_the_table() {
    let mut listed = HashSet::new();
    for &(code, expected_action, expected_audience) in
        SOURCE_CODES.iter().chain(LIVE_CODES).chain(KIT_CODES)
    {
        assert!(listed.insert(code), "{code} is listed twice");
        assert_eq!(action(code).as_str(), expected_action, "{code}");
        assert_eq!(audience(code).as_str(), expected_audience, "{code}");
    }
    for code in codes() {
        assert!(listed.contains(code), "{code} is missing from the table");
    }
    assert_eq!(
        listed.len(),
        codes().len(),
        "the table lists codes the catalog does not know"
    );
}

/// The actions the end user takes; the other side is [`DEVELOPER_ACTIONS`].
const USER_ACTIONS: &[&str] = &[
    "open_settings",
    "check_device",
    "ask_host",
    "choose_another",
    "edit_text",
    "sign_in",
];

/// The actions the developer or the app's operator takes.
const DEVELOPER_ACTIONS: &[&str] = &["fix_integration", "upgrade_plan", "leave_room"];

#[test]
fn who_acts_decides_the_audience() {
    let mut checked = 0;
    for &code in codes() {
        let (action, audience) = (action(code).as_str(), audience(code).as_str());
        if USER_ACTIONS.contains(&action) {
            assert_eq!(audience, "user", "{code}: the user takes {action}");
            checked += 1;
        } else if DEVELOPER_ACTIONS.contains(&action) {
            assert_eq!(
                audience, "developer",
                "{code}: the developer takes {action}"
            );
            checked += 1;
        } else {
            assert!(
                matches!(action, "none" | "retry"),
                "{code}: {action} unassigned"
            );
        }
    }
    assert!(
        checked >= 100,
        "only {checked} codes with an action checked"
    );
}

/// How each language says "try again" (lowercase), by tag.
const TRY_AGAIN: &[(&str, &[&str])] = &[
    ("en", &["try again"]),
    ("zh-Hans", &["重试", "再试"]),
    ("zh-Hant", &["再試", "重試"]),
    ("ja", &["再度お試し", "再試行"]),
    ("ko", &["다시 시도"]),
    ("ar", &["المحاولة مرة أخرى"]),
    ("es", &["inténtelo de nuevo"]),
    ("pt", &["tente novamente"]),
    ("id", &["coba lagi"]),
    ("vi", &["thử lại"]),
    ("th", &["ลองอีกครั้ง"]),
    ("ru", &["повторите попытку"]),
];

#[test]
fn a_remedy_says_try_again_in_every_language_exactly_when_the_code_is_retryable() {
    let mut checked = 0;
    for language in languages() {
        let (_, phrases) = TRY_AGAIN
            .iter()
            .find(|(tag, _)| *tag == language.tag)
            .expect("every language says try again");
        let says = |text: &str| {
            let text = text.to_lowercase();
            phrases.iter().any(|p| text.contains(p))
        };
        for &code in codes() {
            let at = format!("{code} {}", language.tag);
            let (summary, remedy) = (summary(code, language.id), remedy(code, language.id));
            assert!(!says(summary), "{at}: a summary says try again: {summary}");
            assert_eq!(says(remedy), is_retryable(code), "{at}: {remedy}");
            checked += 1;
        }
    }
    assert!(checked >= 12 * 200, "only {checked} texts checked");
}

/// Codes of one family: the same failure, so the same action and audience.
const FAMILIES: &[&[i32]] = &[
    // The room ID is in use.
    &[-2106, 100003],
    // The seat is taken.
    &[-2342, 100201],
    // A locked seat keeps the microphone, the camera or screen sharing off.
    &[-2360, -2370, -2372],
    // Speaking needs the host's approval.
    &[-2361, -2371, -2373],
    // A device is busy with another app or a call.
    &[-1102, -1106, -1316, -1319, -6001],
    // The login credential expired or is no longer valid.
    &[6206, 70001, 70052],
    // Not logged in: the app calls Login first.
    &[-1002, 6014, 6026],
    // The SDKAppID is unknown.
    &[-1000, 70020],
    // An invalid parameter.
    &[-1001, 6017, 100002, 70402],
    // A plan or its quota is exceeded or expired.
    &[-1004, -2340, 100007, 100013, 101011, 102001, 70398, 60020],
    // Blocked words in a text or a name.
    &[7015, 3123, 80001, 100026],
    // A message too long.
    &[9522, 8001, 80002],
    // The chat service's network.
    &[
        2801, 9508, 9509, 9510, 9511, 9512, 9513, 9514, 9515, 9516, 9517, 9518, 9519, 9520, 9521,
        9523, 9524, 9525,
    ],
    // App administrator rights needed.
    &[70403, 60010],
    // The same REST API texts.
    &[60004, 60005],
    &[60018, 60019],
];

#[test]
fn codes_of_one_family_agree() {
    let mut checked = 0;
    for family in FAMILIES {
        let first = family[0];
        for &code in *family {
            assert!(codes().contains(&code), "{code} unknown");
            assert_eq!(action(code), action(first), "{code} and {first}: action");
            assert_eq!(
                audience(code),
                audience(first),
                "{code} and {first}: audience"
            );
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} codes checked");
}
