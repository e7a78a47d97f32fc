//! Writes `$OUT_DIR/catalog_languages.rs`: the catalog's language tags as the constants the core's
//! `crate::catalog` gives `cldr.rs` (`LANGUAGES`, `LANGUAGE_COUNT`), so that `src/lang.rs` can
//! compile the core's CLDR rows here and select them exactly as the core does.

use std::fmt::Write;

fn main() {
    let mut out = String::from(
        "/// The catalog's languages, in id order.\npub const LANGUAGES: &[Language] = &[\n",
    );
    let mut count = 0;
    for language in room_errors_core::languages() {
        let _ = writeln!(out, "    Language {{ tag: {:?} }},", language.tag);
        count += 1;
    }
    let _ = writeln!(
        out,
        "];\n/// How many languages the catalog has.\npub const LANGUAGE_COUNT: usize = {count};"
    );
    let dir = std::env::var("OUT_DIR").unwrap_or_default();
    std::fs::write(std::path::Path::new(&dir).join("catalog_languages.rs"), out)
        .unwrap_or_else(|e| panic!("cannot write catalog_languages.rs: {e}"));
    println!("cargo:rerun-if-changed=../core/src");
}
