//! i18next: `<tag>/room_errors.json`, one namespace (`room_errors`) per language, nested by code
//! name, one key per field (`message`, `summary`, `remedy`, `user_message`):
//! `t("ERR_CAMERA_START_FAILED.message", { ns: "room_errors" })`.

use room_errors_core::Language;

use super::{entries, File};
use crate::escape::json_string;

/// The resource files, one per language.
pub fn files(langs: &[Language]) -> Result<Vec<File>, String> {
    langs
        .iter()
        .map(|lang| {
            let mut codes = Vec::new();
            for entry in entries() {
                let mut fields = Vec::new();
                for (field, value) in entry.fields(lang) {
                    // i18next would interpolate `{{x}}` and nest `$t(x)`; these texts have neither.
                    if value.contains("{{") || value.contains("$t(") {
                        return Err(format!(
                            "{} {field} ({}) has `{{{{` or `$t(`, which i18next interpolates",
                            entry.name, lang.tag
                        ));
                    }
                    fields.push(format!(
                        "    {}: {}",
                        json_string(field),
                        json_string(value)
                    ));
                }
                codes.push(format!(
                    "  {}: {{\n{}\n  }}",
                    json_string(entry.name),
                    fields.join(",\n")
                ));
            }
            Ok(File {
                path: format!("{}/room_errors.json", lang.tag),
                text: format!("{{\n{}\n}}\n", codes.join(",\n")),
            })
        })
        .collect()
}
