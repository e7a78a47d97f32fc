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
    (-1000, "none", "user"),
    (-1001, "none", "user"),
    (-1002, "none", "user"),
    (-1003, "none", "user"),
    (-1004, "none", "user"),
    (-1100, "none", "user"),
    (-1101, "none", "user"),
    (-1102, "none", "user"),
    (-1103, "none", "user"),
    (-1104, "none", "user"),
    (-1105, "none", "user"),
    (-1106, "none", "user"),
    (-1107, "none", "user"),
    (-1108, "none", "user"),
    (-1109, "none", "user"),
    (-2100, "none", "user"),
    (-2101, "none", "user"),
    (-2102, "none", "user"),
    (-2103, "none", "user"),
    (-2104, "none", "user"),
    (-2105, "none", "user"),
    (-2106, "none", "user"),
    (-2107, "none", "user"),
    (-2108, "none", "user"),
    (-2200, "none", "user"),
    (-2201, "none", "user"),
    (-2300, "none", "user"),
    (-2301, "none", "user"),
    (-2310, "none", "user"),
    (-2311, "none", "user"),
    (-2340, "none", "user"),
    (-2341, "none", "user"),
    (-2342, "none", "user"),
    (-2343, "none", "user"),
    (-2344, "none", "user"),
    (-2345, "none", "user"),
    (-2346, "none", "user"),
    (-2360, "none", "user"),
    (-2361, "none", "user"),
    (-2370, "none", "user"),
    (-2371, "none", "user"),
    (-2380, "none", "user"),
    (-2381, "none", "user"),
    (100001, "retry", "user"),
    (100002, "none", "user"),
    (100003, "none", "user"),
    (100004, "none", "user"),
    (100005, "none", "user"),
    (100006, "none", "user"),
    (100007, "none", "user"),
    (100008, "none", "user"),
    (100009, "none", "user"),
    (100010, "none", "user"),
    (100011, "none", "user"),
    (100012, "retry", "user"),
    (100200, "none", "user"),
    (100202, "none", "user"),
    (100203, "none", "user"),
    (100204, "none", "user"),
    (100205, "none", "user"),
    (100206, "none", "user"),
    (100210, "none", "user"),
    (100211, "none", "user"),
    (100251, "none", "user"),
    (-3, "none", "user"),
    (-4, "none", "user"),
    (-1005, "none", "user"),
    (-1110, "none", "user"),
    (-1200, "none", "user"),
    (-1201, "none", "user"),
    (-1202, "none", "user"),
    (-1203, "none", "user"),
    (-1300, "retry", "user"),
    (-1301, "retry", "user"),
    (-1302, "none", "user"),
    (-1303, "none", "user"),
    (-2312, "none", "user"),
    (-2313, "none", "user"),
    (-2347, "none", "user"),
    (-2372, "none", "user"),
    (-2373, "none", "user"),
    (100013, "none", "user"),
    (100015, "none", "user"),
    (100016, "none", "user"),
    (100017, "none", "user"),
    (100018, "none", "user"),
    (100019, "none", "user"),
    (100020, "none", "user"),
    (100102, "none", "user"),
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
