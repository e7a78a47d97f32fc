//! The catalog against the project's reference tables (`../shared/reference/*.tsv` beside the
//! repository): the seed's codes, then the newer engines' codes, then the current engines' codes
//! (`live-codes.tsv`), each with its name and category.
//! Required in CI (`CI=true`); elsewhere skipped with a note when the tables are not beside the
//! checkout.

use std::path::PathBuf;

use room_errors_core::{category, codes, name};

fn reference_rows(file: &str) -> Option<Vec<(i32, String, String)>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference")
        .join(file);
    let Ok(text) = std::fs::read_to_string(&path) else {
        assert!(std::env::var("CI").is_err(), "CI needs {}", path.display());
        eprintln!(
            "note: {} not found; reference check skipped",
            path.display()
        );
        return None;
    };
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
        .collect();
    Some(rows)
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
    let (Some(seed), Some(extended), Some(live)) = (
        reference_rows("codes.tsv"),
        reference_rows("extended-codes.tsv"),
        reference_rows("live-codes.tsv"),
    ) else {
        return;
    };
    assert_eq!(seed.len(), 67);
    assert_eq!(live.len(), 51);
    check(&seed, 0);
    check(&extended, seed.len());
    check(&live, seed.len() + extended.len());
    assert_eq!(codes().len(), seed.len() + extended.len() + live.len());
}
