//! The catalog against the project's reference tables (`../shared/reference/*.tsv` beside the
//! repository): every code there is here, with the same name and category. Required in CI
//! (`CI=true`); elsewhere skipped with a note when the tables are not beside the checkout.

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

#[test]
fn seed_codes_are_all_in_the_catalog() {
    let Some(rows) = reference_rows("codes.tsv") else {
        return;
    };
    assert_eq!(rows.len(), 67);
    for (code, expected_name, expected_category) in &rows {
        assert!(codes().contains(code), "{code} missing");
        assert_eq!(name(*code), expected_name, "{code}");
        assert_eq!(category(*code).as_str(), expected_category, "{code}");
    }
    let seed: Vec<i32> = rows.iter().map(|r| r.0).collect();
    assert_eq!(
        &codes()[..seed.len()],
        seed.as_slice(),
        "the seed's codes come first, in its order"
    );
}
