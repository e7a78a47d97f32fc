//! What `room-err` prints: one code in detail, or the catalog as a table, JSON or Markdown.

use std::fmt::Write;

use room_errors_core::{
    action, audience, category, codes, is_known, is_retryable, languages, message, name, remedy,
    retry_after_ms, summary, user_message, Language,
};

use crate::args::Format;
use crate::escape::json_string;

/// The languages to print: the one asked for, or all of them.
fn selected(lang: Option<i32>) -> Vec<Language> {
    languages()
        .filter(|l| lang.is_none_or(|id| id == l.id))
        .collect()
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

/// Every code in detail, separated by blank lines.
pub fn lookup(codes: &[i32], lang: Option<i32>) -> String {
    let languages = selected(lang);
    let width = (languages.iter().map(|l| l.tag.len()).max().unwrap_or(0) + 1).max(10);
    let mut out = String::new();
    for (i, &code) in codes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if is_known(code) {
            let _ = writeln!(out, "{code} {}", name(code));
        } else {
            let _ = writeln!(out, "{code}: unknown error code");
        }
        field(&mut out, width, "category:", category(code).as_str());
        field(&mut out, width, "retryable:", yes_no(is_retryable(code)));
        field(&mut out, width, "action:", action(code).as_str());
        field(&mut out, width, "audience:", audience(code).as_str());
        if retry_after_ms(code) != 0 {
            field(
                &mut out,
                width,
                "retry in:",
                &format!("{} ms", retry_after_ms(code)),
            );
        }
        for language in &languages {
            field(
                &mut out,
                width,
                &format!("{}:", language.tag),
                message(code, language.id),
            );
        }
    }
    out
}

/// One `label: value` line, the values aligned at `width`.
fn field(out: &mut String, width: usize, label: &str, value: &str) {
    let _ = writeln!(out, "{label:width$} {value}");
}

/// The whole catalog in `format`; table and Markdown show one language (English by default).
pub fn list(format: Format, lang: Option<i32>) -> String {
    match format {
        Format::Table => table(lang.unwrap_or(0)),
        Format::Markdown => markdown(lang.unwrap_or(0)),
        Format::Json => json(lang),
    }
}

fn table(lang: i32) -> String {
    let name_width = codes().iter().map(|&c| name(c).len()).max().unwrap_or(0);
    let mut out = format!(
        "{:>7}  {:name_width$}  {:8}  {:15}  MESSAGE\n",
        "CODE", "NAME", "CATEGORY", "ACTION"
    );
    for &code in codes() {
        let _ = writeln!(
            out,
            "{code:>7}  {:name_width$}  {:8}  {:15}  {}",
            name(code),
            category(code).as_str(),
            action(code).as_str(),
            message(code, lang)
        );
    }
    out
}

fn markdown(lang: i32) -> String {
    let mut out = String::from(
        "| code | name | category | action | audience | message |\n|---:|---|---|---|---|---|\n",
    );
    for &code in codes() {
        let _ = writeln!(
            out,
            "| {code} | `{}` | {} | `{}` | {} | {} |",
            name(code),
            category(code).as_str(),
            action(code).as_str(),
            audience(code).as_str(),
            message(code, lang).replace('|', "\\|")
        );
    }
    out
}

/// A text of a code in a language.
type Lookup = fn(i32, i32) -> &'static str;

fn json(lang: Option<i32>) -> String {
    let languages = selected(lang);
    let texts: [(&str, Lookup); 4] = [
        ("messages", message),
        ("summaries", summary),
        ("remedies", remedy),
        ("user_messages", user_message),
    ];
    let mut out = String::from("[\n");
    for (i, &code) in codes().iter().enumerate() {
        let _ = write!(
            out,
            "  {{\"code\": {code}, \"name\": {}, \"category\": {}, \"retryable\": {}, \
             \"action\": {}, \"audience\": {}, \"retry_after_ms\": {}",
            json_string(name(code)),
            json_string(category(code).as_str()),
            is_retryable(code),
            json_string(action(code).as_str()),
            json_string(audience(code).as_str()),
            retry_after_ms(code)
        );
        for (key, text) in texts {
            let _ = write!(out, ", \"{key}\": {{");
            for (j, language) in languages.iter().enumerate() {
                let sep = if j == 0 { "" } else { ", " };
                let _ = write!(
                    out,
                    "{sep}{}: {}",
                    json_string(language.tag),
                    json_string(text(code, language.id))
                );
            }
            out.push('}');
        }
        out.push_str(if i + 1 == codes().len() {
            "}\n"
        } else {
            "},\n"
        });
    }
    out.push_str("]\n");
    out
}
