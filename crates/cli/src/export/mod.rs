//! `room-err export`: the catalog in the resource formats of apps (Apple, Android, Flutter,
//! i18next), of translators (XLIFF 1.2, gettext PO) and as one reference web page. Each encoder
//! turns the catalog into a list of [`File`]s; [`write`] puts them under the output folder.

mod android;
mod apple;
mod arb;
mod html;
mod i18next;
mod po;
mod xliff;

use std::io;
use std::path::Path;

use room_errors_core::{
    action, audience, category, codes, languages, message, name, remedy, summary, user_message,
    Language,
};

/// What `room-err export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Apple String Catalog: `RoomErrors.xcstrings`.
    Xcstrings,
    /// Apple strings files: `<tag>.lproj/RoomErrors.strings`.
    Strings,
    /// Android resources: `res/values-<qualifier>/room_errors.xml`.
    Android,
    /// Flutter ARB: `app_<locale>.arb`.
    Arb,
    /// i18next JSON: `<tag>/room_errors.json`.
    I18next,
    /// XLIFF 1.2: `room_errors.<tag>.xlf`.
    Xliff,
    /// gettext: `room_errors.pot` and `<locale>.po`.
    Po,
    /// The reference web page: `room-errors.html`.
    Html,
}

impl Format {
    /// Every format, in the order `--format all` writes them.
    pub const ALL: [Format; 8] = [
        Format::Xcstrings,
        Format::Strings,
        Format::Android,
        Format::Arb,
        Format::I18next,
        Format::Xliff,
        Format::Po,
        Format::Html,
    ];

    /// The name `--format` takes, also the folder `--format all` writes the format into.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Xcstrings => "xcstrings",
            Format::Strings => "strings",
            Format::Android => "android",
            Format::Arb => "arb",
            Format::I18next => "i18next",
            Format::Xliff => "xliff",
            Format::Po => "po",
            Format::Html => "html",
        }
    }

    /// The format named `name`.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The files of this format for `langs`.
    fn files(self, langs: &[Language]) -> Result<Vec<File>, String> {
        Ok(match self {
            Format::Xcstrings => vec![apple::xcstrings(langs)],
            Format::Strings => apple::strings(langs),
            Format::Android => android::files(langs),
            Format::Arb => arb::files(langs)?,
            Format::I18next => i18next::files(langs)?,
            Format::Xliff => xliff::files(langs),
            Format::Po => po::files(langs),
            Format::Html => vec![html::page(langs)],
        })
    }
}

/// One file to write: its path under the output folder and its text.
pub struct File {
    /// The path, `/`-separated, relative to the output folder.
    pub path: String,
    /// The whole text.
    pub text: String,
}

/// A known code with the facts every format notes next to its texts.
pub struct Entry {
    /// The code.
    pub code: i32,
    /// Its name, e.g. `ERR_CAMERA_START_FAILED`.
    pub name: &'static str,
}

impl Entry {
    /// "code -1101, category device, action check_device, audience user".
    pub fn facts(&self) -> String {
        format!(
            "code {}, category {}, action {}, audience {}",
            self.code,
            category(self.code).as_str(),
            action(self.code).as_str(),
            audience(self.code).as_str()
        )
    }

    /// The summary in `lang`.
    pub fn summary(&self, lang: &Language) -> &'static str {
        summary(self.code, lang.id)
    }

    /// The remedy in `lang` (empty when the code asks nothing of anyone).
    pub fn remedy(&self, lang: &Language) -> &'static str {
        remedy(self.code, lang.id)
    }

    /// The message (summary and remedy) in `lang`.
    pub fn message(&self, lang: &Language) -> &'static str {
        message(self.code, lang.id)
    }

    /// The texts apps show, keyed by field: message, summary, remedy (where there is one), and
    /// the user message (what end users read: the user fallback for a developer-audience code).
    pub fn fields(&self, lang: &Language) -> Vec<(&'static str, &'static str)> {
        let mut fields = vec![
            ("message", self.message(lang)),
            ("summary", self.summary(lang)),
        ];
        if !self.remedy(lang).is_empty() {
            fields.push(("remedy", self.remedy(lang)));
        }
        fields.push(("user_message", user_message(self.code, lang.id)));
        fields
    }
}

/// Every known code, in catalog order.
pub fn entries() -> Vec<Entry> {
    codes()
        .iter()
        .map(|&code| Entry {
            code,
            name: name(code),
        })
        .collect()
}

/// English, the source language of every format.
pub fn english() -> Language {
    languages()
        .next()
        .unwrap_or_else(|| unreachable!("the catalog has languages"))
}

/// The languages of `tags` (catalog tags separated by commas or spaces, matched without regard to
/// case), or every language when `tags` is `None`.
pub fn select(tags: Option<&str>) -> Result<Vec<Language>, String> {
    let Some(tags) = tags else {
        return Ok(languages().collect());
    };
    let mut out: Vec<Language> = Vec::new();
    for tag in tags.split([',', ' ']).filter(|t| !t.is_empty()) {
        let language = languages()
            .find(|l| l.tag.eq_ignore_ascii_case(tag))
            .ok_or_else(|| {
                let known: Vec<_> = languages().map(|l| l.tag).collect();
                format!(
                    "unknown language `{tag}`: the catalog has {}",
                    known.join(", ")
                )
            })?;
        if !out.contains(&language) {
            out.push(language);
        }
    }
    if out.is_empty() {
        return Err("--lang names no language".into());
    }
    Ok(out)
}

/// Writes `formats` for `langs` under `out` (each format in a folder of its name when there are
/// several) and returns the paths written.
pub fn write(formats: &[Format], langs: &[Language], out: &Path) -> Result<Vec<String>, String> {
    let mut written = Vec::new();
    for &format in formats {
        let dir = if formats.len() > 1 {
            out.join(format.name())
        } else {
            out.to_path_buf()
        };
        for file in format.files(langs)? {
            let path = dir.join(&file.path);
            let fail = |e: io::Error| format!("{}: {e}", path.display());
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(fail)?;
            }
            std::fs::write(&path, file.text).map_err(fail)?;
            written.push(path.display().to_string());
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_tag() {
        let tags = |s| select(Some(s)).map(|l| l.iter().map(|l| l.tag).collect::<Vec<_>>());
        assert_eq!(tags("th,zh-hant ja"), Ok(vec!["th", "zh-Hant", "ja"]));
        assert!(tags("tlh").unwrap_err().contains("`tlh`"));
        assert!(tags(",").is_err());
        assert_eq!(select(None).map(|l| l.len()), Ok(languages().count()));
    }
}
