//! `room-err import FILE...`: the texts of translated PO and XLIFF files (as `room-err export`
//! writes them, after any PO editor or translation tool) written back into the catalog source. The
//! import checks every file first and writes nothing when one message is wrong: an unknown code, a
//! wrong language, an English source that no longer matches the catalog, a missing or fuzzy text,
//! a text that breaks a catalog rule. It then rewrites the catalog through a temporary file and a
//! rename, so the catalog is never half-written.

mod catalog_file;
mod po;
mod rules;
mod xliff;

use std::collections::HashMap;
use std::path::Path;

use catalog_file::CatalogFile;

/// The catalog source: the core crate's, next to this crate (`--catalog` overrides it).
pub const CATALOG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/src/catalog.rs");

/// A result whose error is `(line, message)`.
pub type Located<T> = Result<T, (usize, String)>;

/// One message of a translation file.
pub struct Unit {
    /// The code name (`msgctxt`, `resname`).
    pub name: Option<String>,
    /// The English source text.
    pub source: String,
    /// The translation.
    pub target: String,
    /// Marked fuzzy (PO): not reviewed.
    pub fuzzy: bool,
    /// The line where the message starts.
    pub line: usize,
}

/// A summary and remedy to write: (code name, language field) → (summary, remedy).
type Changes = HashMap<(String, String), (Option<String>, Option<String>)>;

/// The language and units of one file, by its extension.
fn read(path: &str, text: &str) -> Result<(Option<String>, Vec<Unit>), String> {
    let at = |(line, message): (usize, String)| format!("{path}:{line}: {message}");
    let extension = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    match extension {
        "po" => po::parse(text)
            .map(|po| (po.language, po.units))
            .map_err(at),
        "xlf" | "xliff" => {
            let x = xliff::parse(text).map_err(at)?;
            match x.source_language.as_deref() {
                Some(l) if l.eq_ignore_ascii_case("en") => Ok((x.target_language, x.units)),
                other => Err(format!(
                    "{path}:1: the source language is {}, not en",
                    other.unwrap_or("missing")
                )),
            }
        }
        "pot" => Err(format!(
            "{path}: a template has no translations: import a .po file"
        )),
        _ => Err(format!(
            "{path}: not a PO (.po) or XLIFF (.xlf, .xliff) file"
        )),
    }
}

/// Checks the units of `path` against the catalog and adds them to `changes`.
fn check(
    catalog: &CatalogFile,
    path: &str,
    language: Option<String>,
    units: Vec<Unit>,
    changes: &mut Changes,
) -> Result<usize, String> {
    let tags = catalog.tags().join(", ");
    let language = language.ok_or_else(|| format!("{path}:1: no language (PO: a `Language:` header; XLIFF: `target-language`); the catalog has {tags}"))?;
    let field = catalog
        .field_of(&language)
        .ok_or_else(|| format!("{path}:1: wrong language `{language}`: the catalog has {tags}"))?
        .to_string();
    let tag = catalog
        .languages
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    for unit in &units {
        let at = format!("{path}:{}", unit.line);
        let name = unit
            .name
            .as_deref()
            .ok_or_else(|| format!("{at}: a message without a code name (msgctxt or resname)"))?;
        if !catalog.has_row(name) {
            return Err(format!(
                "{at}: unknown code `{name}`: no row of that name in the catalog"
            ));
        }
        let english = catalog
            .texts(name, "en")
            .ok_or_else(|| format!("{at}: `{name}` has no English text"))?;
        let is_summary = unit.source == english.summary;
        if !is_summary && english.remedy.as_deref() != Some(unit.source.as_str()) {
            return Err(format!(
                "{at}: `{name}`: the English source is not the catalog's summary or remedy (changed since the export? export again): {:?}",
                unit.source
            ));
        }
        let part = if is_summary { "summary" } else { "remedy" };
        if unit.fuzzy {
            return Err(format!(
                "{at}: `{name}` {part} is marked fuzzy: review it and clear the flag"
            ));
        }
        if unit.target.is_empty() {
            return Err(format!(
                "{at}: `{name}`: the {part} is missing (untranslated)"
            ));
        }
        if let Some(why) = rules::broken(&tag, &unit.target) {
            return Err(format!(
                "{at}: `{name}` {part} in {tag}: {why}: {:?}",
                unit.target
            ));
        }
        let slot = changes
            .entry((name.to_string(), field.clone()))
            .or_default();
        let target = if is_summary { &mut slot.0 } else { &mut slot.1 };
        match target {
            Some(other) if *other != unit.target => {
                return Err(format!(
                    "{at}: `{name}` {part} in {tag} is given twice, differently"
                ));
            }
            _ => *target = Some(unit.target.clone()),
        }
    }
    Ok(units.len())
}

/// Imports `files` into the catalog at `catalog_path`; returns a one-line report.
pub fn run(catalog_path: &str, files: &[String]) -> Result<String, String> {
    let source =
        std::fs::read_to_string(catalog_path).map_err(|e| format!("{catalog_path}: {e}"))?;
    let mut catalog = CatalogFile::parse(&source).map_err(|e| format!("{catalog_path}: {e}"))?;
    let mut changes = Changes::new();
    let mut messages = 0;
    for path in files {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let (language, units) = read(path, &text)?;
        messages += check(&catalog, path, language, units, &mut changes)?;
    }
    let mut changed = 0;
    for ((name, field), (summary, remedy)) in changes {
        let Some(current) = catalog.texts(&name, &field) else {
            return Err(format!(
                "{catalog_path}: `{name}` has no line for `{field}`"
            ));
        };
        let summary = summary.unwrap_or_else(|| current.summary.clone());
        let remedy = remedy.or_else(|| current.remedy.clone());
        changed += usize::from(catalog.set(&name, &field, &summary, remedy.as_deref()));
    }
    if changed > 0 {
        let temporary = format!("{catalog_path}.import-tmp");
        std::fs::write(&temporary, catalog.text())
            .and_then(|()| std::fs::rename(&temporary, catalog_path))
            .map_err(|e| {
                let _ = std::fs::remove_file(&temporary);
                format!("{catalog_path}: {e}")
            })?;
    }
    Ok(format!(
        "room-err import: {messages} messages in {} files, {changed} catalog lines changed\n",
        files.len()
    ))
}
