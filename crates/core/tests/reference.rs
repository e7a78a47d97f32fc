//! The catalog against the project's reference tables, copied into `tests/reference/` from the
//! team's shared references: the seed's codes (`codes.tsv`), then the newer engines' codes
//! (`extended-codes.tsv`), then the current engines' codes (`live-codes.tsv`), each with its name
//! and category. A missing or empty table fails the test.

use std::path::PathBuf;

use room_errors_core::{category, codes, name};

fn reference_rows(file: &str) -> Vec<(i32, String, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let rows = text
        .lines()
        .skip(1)
        .map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next().and_then(|c| c.parse().ok()).expect("a code");
            let name = fields.next().expect("a name").to_owned();
            let category = fields.next().expect("a category").to_owned();
            (code, name, category)
        })
        .collect::<Vec<_>>();
    assert!(!rows.is_empty(), "{}: no rows", path.display());
    rows
}

/// Checks that `rows` are in the catalog with their names and categories, in order from `at`.
fn check(rows: &[(i32, String, String)], at: usize) {
    for (code, expected_name, expected_category) in rows {
        assert!(codes().contains(code), "{code} missing");
        assert_eq!(name(*code), expected_name, "{code}");
        assert_eq!(category(*code).as_str(), expected_category, "{code}");
    }
    let listed: Vec<i32> = rows.iter().map(|r| r.0).collect();
    assert_eq!(
        &codes()[at..at + listed.len()],
        listed.as_slice(),
        "catalog order"
    );
}

#[test]
fn the_catalog_is_the_seed_then_the_newer_codes_then_the_current_engines_codes() {
    let seed = reference_rows("codes.tsv");
    let extended = reference_rows("extended-codes.tsv");
    let live = reference_rows("live-codes.tsv");
    assert_eq!(seed.len(), 67);
    assert_eq!(live.len(), 51);
    check(&seed, 0);
    check(&extended, seed.len());
    check(&live, seed.len() + extended.len());
    assert_eq!(codes().len(), seed.len() + extended.len() + live.len());
}
