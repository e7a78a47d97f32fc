//! XLIFF 1.2: `<tag>.xlf` per target language (English is the source). One `trans-unit` per
//! summary and remedy, `id` `NAME.summary` / `NAME.remedy`, `resname` the code name, with notes
//! giving the code's facts and its whole English message. `room-err import` reads them back.

use std::fmt::Write;

use room_errors_core::Language;

use super::{entries, File};
use crate::escape::xml;

/// One file per language of `langs` other than English.
pub fn files(langs: &[Language]) -> Vec<File> {
    let en = super::english();
    langs
        .iter()
        .filter(|l| l.id != en.id)
        .map(|lang| {
            let mut text = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
                 <xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n  \
                 <file original=\"room_errors\" source-language=\"en\" target-language=\"{}\" datatype=\"plaintext\" \
                 product-name=\"room-errors\" product-version=\"{}\">\n    <body>\n",
                lang.tag,
                room_errors_core::VERSION
            );
            for entry in entries() {
                let parts = [
                    ("summary", entry.summary(&en), entry.summary(lang)),
                    ("remedy", entry.remedy(&en), entry.remedy(lang)),
                ];
                for (part, source, target) in parts.into_iter().filter(|(_, s, _)| !s.is_empty()) {
                    let _ = write!(
                        text,
                        "      <trans-unit id=\"{name}.{part}\" resname=\"{name}\" xml:space=\"preserve\">\n        \
                         <source>{}</source>\n        <target state=\"translated\">{}</target>\n        \
                         <note from=\"developer\">{}; the {part}</note>\n        <note from=\"developer\">English message: {}</note>\n      \
                         </trans-unit>\n",
                        xml(source),
                        xml(target),
                        xml(&entry.facts()),
                        xml(entry.message(&en)),
                        name = entry.name
                    );
                }
            }
            text.push_str("    </body>\n  </file>\n</xliff>\n");
            File {
                path: format!("{}.xlf", lang.tag),
                text,
            }
        })
        .collect()
}
