//! The catalog against the project's reference tables, copied into `tests/reference/` from the
//! team's shared references: the seed's codes (`codes.tsv`), then the newer engines' codes
//! (`extended-codes.tsv`), then the current engines' codes (`live-codes.tsv`), each with its name
//! and category, then the codes the engine's own kits handle (`kit-codes.tsv`: the shared table's
//! code, name, in_catalog, family and note columns). A missing or empty table fails the test.

use std::path::PathBuf;

use room_errors_core::{category, codes, name};

/// The text of a reference table.
fn reference_text(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn reference_rows(file: &str) -> Vec<(i32, String, String)> {
    let text = reference_text(file);
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
    assert!(!rows.is_empty(), "{file}: no rows");
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
    let kits = kit_codes();
    assert_eq!(seed.len(), 67);
    assert_eq!(live.len(), 51);
    check(&seed, 0);
    check(&extended, seed.len());
    check(&live, seed.len() + extended.len());
    let before = seed.len() + extended.len() + live.len();
    let mut added: Vec<i32> = codes()[before..].to_vec();
    added.sort_unstable();
    assert_eq!(
        added, kits,
        "the codes after the current engines' are the kits' new codes"
    );
}

/// The codes of `kit-codes.tsv` the catalog takes on: the families room-engine, trtc and im,
/// and 12061 (the uni-app kit maps it with the engine's codes), but not -70001 and -70003 (a
/// demo's own codes); sorted, without those the catalog already had. Every kit code the catalog
/// takes on must be known to it.
fn kit_codes() -> Vec<i32> {
    let text = reference_text("kit-codes.tsv");
    let header: Vec<&str> = text.lines().next().expect("a header").split('\t').collect();
    let column = |name: &str| header.iter().position(|c| *c == name).expect(name);
    let (in_catalog, family) = (column("in_catalog"), column("family"));
    let mut taken = Vec::new();
    let mut new = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let code: i32 = fields[0].parse().expect("a code");
        let wanted = matches!(fields[family], "room-engine" | "trtc" | "im") || code == 12061;
        if wanted && ![-70001, -70003].contains(&code) {
            taken.push(code);
            if fields[in_catalog] != "yes" {
                new.push(code);
            }
        }
    }
    for code in &taken {
        assert!(codes().contains(code), "{code} (kit-codes.tsv) missing");
    }
    assert_eq!(taken.len(), 212, "the kit codes taken on");
    new.sort_unstable();
    assert_eq!(new.len(), 69, "the kit codes new to the catalog");
    new
}
