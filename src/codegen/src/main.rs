//! Writes every file derived from the catalog (`src/core/src/catalog.rs`). Run through
//! `make generate`; `make test` regenerates and fails if anything changed.
//!
//! Usage: `room-errors-codegen REPO_ROOT`

mod cpp;
mod csharp;
mod docs;
mod js;
mod kotlin;
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
    ("src/core/src/codes.rs", rust::constants),
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
    for (path, produce) in OUTPUTS {
        let target = Path::new(root).join(path);
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, produce()));
        if let Err(error) = written {
            eprintln!("room-errors-codegen: {}: {error}", target.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
