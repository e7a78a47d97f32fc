//! Android: `res/values-<qualifier>/room_errors.xml`, English in `res/values/` (the default every
//! app needs). Names are the code name in lower case, `_summary` / `_remedy` / `_user_message` for
//! the parts.

use std::fmt::Write;

use room_errors_core::Language;

use super::{entries, File};

/// The resource folder of a language, with the qualifiers Android spells: scripts only in the
/// BCP 47 form (`b+zh+Hans`, API 21+), Indonesian under its old code `in`, which every Android
/// version resolves (a `values-id` folder is ignored before API 35 on some devices).
fn folder(lang: &Language) -> String {
    match lang.tag {
        "en" => "values".into(),
        "id" => "values-in".into(),
        tag if tag.contains('-') => format!("values-b+{}", tag.replace('-', "+")),
        tag => format!("values-{tag}"),
    }
}

/// A resource name: the code name in lower case, with the field's suffix.
fn resource_name(name: &str, field: &str) -> String {
    let name = name.to_ascii_lowercase();
    if field == "message" {
        name
    } else {
        format!("{name}_{field}")
    }
}

/// A string resource's text: XML escaping, then Android's own (aapt2): `\` `'` `"` escaped,
/// newlines and tabs as `\n` `\t`, `@` and `?` escaped so that a text that starts with them is not
/// read as a reference.
fn android_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '@' => out.push_str("\\@"),
            '?' => out.push_str("\\?"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// One `<string>`: `formatted="false"` on a text with `%`, so that lint and `getString(id, args)`
/// do not take it for a format string (it has no arguments). Every string is translated in every
/// language, so none is marked `translatable="false"`.
fn string(out: &mut String, name: &str, text: &str) {
    let formatted = if text.contains('%') {
        " formatted=\"false\""
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "    <string name=\"{name}\"{formatted}>{}</string>",
        android_text(text)
    );
}

/// The resource files: English always (as the default), then each other language of `langs`.
pub fn files(langs: &[Language]) -> Vec<File> {
    let en = super::english();
    let mut langs: Vec<Language> = langs.iter().copied().filter(|l| l.id != en.id).collect();
    langs.insert(0, en);
    langs
        .iter()
        .map(|lang| {
            let mut text = String::from(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- room-errors: written by room-err export (format android). -->\n<resources>\n",
            );
            for entry in entries() {
                let _ = writeln!(text, "    <!-- {} -->", entry.facts());
                for (field, value) in entry.fields(lang) {
                    string(&mut text, &resource_name(entry.name, field), value);
                }
            }
            text.push_str("</resources>\n");
            File {
                path: format!("res/{}/room_errors.xml", folder(lang)),
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use room_errors_core::languages;

    #[test]
    fn qualifiers() {
        let folders: Vec<_> = languages().map(|l| folder(&l)).collect();
        for expected in [
            "values",
            "values-b+zh+Hans",
            "values-b+zh+Hant",
            "values-in",
            "values-ja",
        ] {
            assert!(folders.iter().any(|f| f == expected), "{expected}");
        }
    }

    #[test]
    fn escaping() {
        assert_eq!(
            android_text("@a's \"b\" ?<&> 5% \\\n"),
            "\\@a\\'s \\\"b\\\" \\?&lt;&amp;&gt; 5% \\\\\\n"
        );
        let mut out = String::new();
        string(&mut out, "x", "5%");
        assert_eq!(
            out,
            "    <string name=\"x\" formatted=\"false\">5%</string>\n"
        );
        assert_eq!(resource_name("ERR_X_Y", "summary"), "err_x_y_summary");
    }
}
