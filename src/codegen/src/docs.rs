//! `docs/error-codes.md`: every code with its name, category and every language.

use std::fmt::Write;

use room_errors_core::{category, codes, is_retryable, languages, message, name, Category};

use crate::names::GENERATED;

/// Escapes a cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The contents of `error-codes.md`.
pub fn error_codes() -> String {
    let mut out = format!(
        "# Error codes\n\n<!-- {GENERATED} -->\n\n\
         Every code the library knows: {} codes, {} languages. Retryable codes are marked ↻: their \
         documented remedy is to try again. A code not listed here gets the unknown-code message, \
         category `unknown` and the name `\"\"`.\n",
        codes().len(),
        languages().count()
    );
    let _ = write!(
        out,
        "\n## Languages\n\n| id | tag | language |\n|---|---|---|\n"
    );
    for language in languages() {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} |",
            language.id, language.tag, language.english_name
        );
    }
    let _ = write!(
        out,
        "\n## Unknown codes\n\n| language | message |\n|---|---|\n"
    );
    for language in languages() {
        let _ = writeln!(
            out,
            "| `{}` | {} |",
            language.tag,
            cell(message(i32::MIN, language.id))
        );
    }
    for section in Category::ALL
        .into_iter()
        .filter(|&c| c != Category::Unknown)
    {
        let _ = write!(
            out,
            "\n## `{}`\n\n{}\n",
            section.as_str(),
            section.description()
        );
        for &code in codes().iter().filter(|&&c| category(c) == section) {
            let retry = if is_retryable(code) { " ↻" } else { "" };
            let _ = write!(
                out,
                "\n### {code} `{}`{retry}\n\n| language | message |\n|---|---|\n",
                name(code)
            );
            for language in languages() {
                let _ = writeln!(
                    out,
                    "| `{}` | {} |",
                    language.tag,
                    cell(message(code, language.id))
                );
            }
        }
    }
    out
}
