//! Writes every file derived from the catalog (`crates/core/src/catalog.rs`). Run through
//! `make generate`; `make test` generates into a directory of its own and compares. A file is
//! rewritten only when its content changes, so that builds depending on it are not redone.
//!
//! Usage: `room-errors-codegen REPO_ROOT`

mod catalog;
mod cpp;
mod csharp;
mod docs;
mod js;
mod js_lang;
mod kotlin;
mod lang;
mod members;
mod names;
mod python;
mod rust;
mod swift;

use std::path::Path;
use std::process::ExitCode;

/// A generated file: its path below the repository root and the function producing its contents.
type Output = (&'static str, fn() -> String);

/// Every generated file.
const OUTPUTS: &[Output] = &[
    ("crates/ffi/src/codes.rs", rust::constants),
    ("docs/error-codes.md", docs::error_codes),
    ("bindings/cpp/include/room_errors_catalog.hpp", cpp::catalog),
    (
        "bindings/swift/Sources/RoomErrors/Catalog.swift",
        swift::catalog,
    ),
    (
        "bindings/kotlin/src/main/kotlin/dev/roomerrors/Catalog.kt",
        kotlin::catalog,
    ),
    ("bindings/js/package/catalog.js", js::module),
    ("bindings/js/package/catalog.d.ts", js::declarations),
    ("bindings/js/package/cldr.js", js_lang::tables),
    (
        "bindings/python/src/room_errors/_catalog.py",
        python::catalog,
    ),
    (
        "bindings/csharp/src/RoomErrors/Catalog.g.cs",
        csharp::catalog,
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, root] = args.as_slice() else {
        eprintln!("usage: room-errors-codegen REPO_ROOT");
        return ExitCode::from(2);
    };
    let many = js::locales();
    let outputs = OUTPUTS
        .iter()
        .map(|&(path, produce)| (path.to_owned(), produce()));
    for (path, contents) in outputs.chain(many) {
        let target = Path::new(root).join(path);
        let written = write_if_changed(&target, &contents);
        if let Err(error) = written {
            eprintln!("room-errors-codegen: {}: {error}", target.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Writes `contents` to `path` (creating its directory) unless the file already holds exactly that.
fn write_if_changed(path: &Path, contents: &str) -> std::io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, contents)
}
