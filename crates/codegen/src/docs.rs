//! `docs/error-codes.md`: every code with its name, category and every language.

use std::fmt::Write;

use room_errors_core::{
    action, audience, category, codes, languages, message, name, remedy, retry_after_ms, summary,
    Action, Category,
};

use crate::names::GENERATED;

/// Escapes a cell of a Markdown table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The contents of `error-codes.md`.
pub fn error_codes() -> String {
    let mut out = format!(
        "# Error codes\n\n<!-- {GENERATED} -->\n\n\
         Every code the library knows: {} codes, {} languages. Each code has a summary (what \
         happened) and usually a remedy (what to do); its message is the two joined. The action \
         says what the remedy asks for (`retry`: the code is retryable), the audience who should \
         read the message (`developer` codes show end users a generic text instead). A code not \
         listed here gets the unknown-code message, category `unknown`, action `none`, audience \
         `developer` and the name `\"\"`.\n",
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
        "\n## Actions\n\n| id | action | what the remedy asks for |\n|---|---|---|\n"
    );
    for a in Action::ALL {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} |",
            a.id(),
            a.as_str(),
            a.description()
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
            let delay = match retry_after_ms(code) {
                0 => String::new(),
                ms => format!(" after {ms} ms"),
            };
            let _ = write!(
                out,
                "\n### {code} `{}`\n\naction `{}`{delay} · audience `{}`\n\n\
                 | language | summary | remedy |\n|---|---|---|\n",
                name(code),
                action(code).as_str(),
                audience(code).as_str(),
            );
            for language in languages() {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} |",
                    language.tag,
                    cell(summary(code, language.id)),
                    cell(remedy(code, language.id))
                );
            }
        }
    }
    out
}
