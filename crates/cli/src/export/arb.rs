//! Flutter: `app_<locale>.arb` for `flutter gen-l10n` (English the template, with an `@key`
//! description per key). Keys are the code name in lower camel case (`errCameraStartFailed`,
//! `errCameraStartFailedSummary`, `errCameraStartFailedUserMessage`). gen-l10n needs a file for the
//! bare language of a scripted locale, so `app_zh.arb` repeats Simplified Chinese.

use room_errors_core::Language;

use super::{entries, File};
use crate::escape::json_string;

/// `ERR_CAMERA_START_FAILED` + `summary` → `errCameraStartFailedSummary`.
fn key(name: &str, field: &str) -> String {
    let mut out = String::new();
    let field = if field == "message" { "" } else { field };
    let words = name.split('_').chain(field.split('_'));
    for (i, word) in words.enumerate() {
        let word = word.to_ascii_lowercase();
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(if i == 0 {
                first
            } else {
                first.to_ascii_uppercase()
            });
            out.extend(chars);
        }
    }
    out
}

/// A locale as gen-l10n spells it: `zh_Hans`.
fn locale(tag: &str) -> String {
    tag.replace('-', "_")
}

/// One ARB file for `lang` under the locale `locale`.
fn arb(lang: &Language, locale: &str) -> Result<File, String> {
    let template = lang.id == super::english().id;
    let mut members = vec![format!("  \"@@locale\": {}", json_string(locale))];
    for entry in entries() {
        for (field, value) in entry.fields(lang) {
            // Braces open an ICU placeholder or plural; these texts have none and must not.
            if value.contains(['{', '}']) {
                return Err(format!(
                    "{} {field} ({}) has a brace, which ARB reads as a placeholder",
                    entry.name, lang.tag
                ));
            }
            let key = key(entry.name, field);
            members.push(format!("  {}: {}", json_string(&key), json_string(value)));
            if template {
                members.push(format!(
                    "  {}: {{\n    \"description\": {}\n  }}",
                    json_string(&format!("@{key}")),
                    json_string(&format!("{} {}: {}", entry.name, field, entry.facts()))
                ));
            }
        }
    }
    Ok(File {
        path: format!("app_{locale}.arb"),
        text: format!("{{\n{}\n}}\n", members.join(",\n")),
    })
}

/// The ARB files: English (the template) always, each other language of `langs`, and `app_zh.arb`
/// when Simplified Chinese is among them.
pub fn files(langs: &[Language]) -> Result<Vec<File>, String> {
    let en = super::english();
    let mut out = vec![arb(&en, "en")?];
    for lang in langs.iter().filter(|l| l.id != en.id) {
        out.push(arb(lang, &locale(lang.tag))?);
        if lang.tag == "zh-Hans" {
            out.push(arb(lang, "zh")?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_locales() {
        assert_eq!(
            key("ERR_CAMERA_START_FAILED", "message"),
            "errCameraStartFailed"
        );
        assert_eq!(key("ERR_SUCC", "remedy"), "errSuccRemedy");
        assert_eq!(key("ERR_SUCC", "user_message"), "errSuccUserMessage");
        assert_eq!(locale("zh-Hant"), "zh_Hant");
    }
}
