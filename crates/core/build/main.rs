//! The build script: compiles the catalog (`src/catalog.rs`, read with the macro of `rows.rs`) into
//! the tables the library reads, `$OUT_DIR/catalog.rs` and the string blob `$OUT_DIR/blob.bin`
//! (included by `src/lib.rs`). A malformed catalog (duplicate code or name, a NUL inside a text, an
//! empty summary, a missing language or action label) fails here, naming what is wrong.

#[path = "../src/table/hash.rs"]
mod hash;
#[allow(dead_code)] // the library's API of these enums is not all needed here
#[path = "../src/kinds.rs"]
mod kinds;
#[path = "../src/table/meta.rs"]
mod meta;
#[macro_use]
mod rows;
mod blob;
#[path = "../src/catalog.rs"]
mod catalog;
mod slots;
mod tables;

use std::collections::HashSet;
use std::path::Path;

use kinds::{Action, Audience, Category};

fn main() {
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/catalog.rs");
    println!("cargo:rerun-if-changed=src/kinds.rs");
    println!("cargo:rerun-if-changed=src/table/hash.rs");
    println!("cargo:rerun-if-changed=src/table/meta.rs");
    let (mut codes, mut names) = (HashSet::new(), HashSet::new());
    for row in catalog::ROWS {
        assert!(
            codes.insert(row.code),
            "code {} appears twice in the catalog",
            row.code
        );
        assert!(
            names.insert(row.name),
            "name {} appears twice in the catalog",
            row.name
        );
    }
    let blob = blob::build();
    let slots = slots::build();
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let blob_path = Path::new(&dir).join("blob.bin");
    let source = tables::source(&blob, &slots, &blob_path.to_string_lossy());
    write(&blob_path, &blob.bytes);
    write(&Path::new(&dir).join("catalog.rs"), source.as_bytes());
}

/// Writes `path` unless it already holds `bytes`, so that an unchanged catalog rebuilds nothing.
fn write(path: &Path, bytes: &[u8]) {
    if std::fs::read(path).ok().as_deref() != Some(bytes) {
        std::fs::write(path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}
