//! Every code's action and audience against a table written by hand, so that a changed
//! assignment in the catalog is a deliberate edit in two places.

use std::collections::HashSet;

use room_errors_core::{action, audience, codes};

/// (code, action, audience) for the codes of the source document and the newer engines
/// (`../shared/reference/codes.tsv`, `extended-codes.tsv`).
const SOURCE_CODES: &[(i32, &str, &str)] = &[
    (0, "none", "user"),
    (-1, "none", "user"),
    (-2, "retry", "user"),
    (-1000, "fix_integration", "developer"),
    (-1001, "fix_integration", "developer"),
    (-1002, "sign_in", "developer"),
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
    (-2107, "choose_another", "user"),
    (-2108, "leave_room", "developer"),
    (-2200, "none", "user"),
    (-2201, "none", "user"),
    (-2300, "none", "user"),
    (-2301, "none", "user"),
    (-2310, "none", "developer"),
    (-2311, "none", "developer"),
    (-2340, "none", "developer"),
    (-2341, "none", "user"),
    (-2342, "none", "user"),
    (-2343, "none", "user"),
    (-2344, "none", "developer"),
    (-2345, "none", "user"),
    (-2346, "none", "user"),
    (-2360, "none", "user"),
    (-2361, "ask_host", "user"),
    (-2370, "ask_host", "user"),
    (-2371, "ask_host", "user"),
    (-2380, "none", "user"),
    (-2381, "none", "user"),
    (100001, "retry", "user"),
    (100002, "fix_integration", "developer"),
    (100003, "none", "user"),
    (100004, "none", "user"),
    (100005, "none", "user"),
    (100006, "none", "user"),
    (100007, "upgrade_plan", "developer"),
    (100008, "none", "user"),
    (100009, "none", "developer"),
    (100010, "none", "developer"),
    (100011, "choose_another", "developer"),
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
    (100013, "none", "developer"),
    (100015, "none", "developer"),
    (100016, "none", "user"),
    (100017, "none", "user"),
    (100018, "none", "user"),
    (100019, "none", "user"),
    (100020, "none", "user"),
    (100102, "none", "developer"),
    (100201, "none", "user"),
];

/// (code, action, audience) for the codes of the current engines (`live-codes.tsv`).
const LIVE_CODES: &[(i32, &str, &str)] = &[];

#[test]
fn every_code_has_the_action_and_audience_of_the_table() {
    let mut listed = HashSet::new();
    for &(code, expected_action, expected_audience) in SOURCE_CODES.iter().chain(LIVE_CODES) {
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
