//! The catalog's text rules an import checks before it writes: what a single text must be in its
//! language. The whole rule set (one sentence, terminology, script, politeness) is the core's test
//! suite `crates/core/tests/texts.rs`, which `make test-rust` runs on the imported catalog.

/// Why `text`, a summary or remedy in the language `tag`, breaks a rule; `None` if it keeps them.
pub fn broken(tag: &str, text: &str) -> Option<String> {
    if text.is_empty() {
        return Some("the text is empty".into());
    }
    if let Some(c) = text.chars().find(|c| {
        c.is_control()
            || ('\u{200b}'..='\u{200f}').contains(c)
            || ('\u{202a}'..='\u{202e}').contains(c)
            || ('\u{2066}'..='\u{2069}').contains(c)
    }) {
        return Some(format!(
            "a control character U+{:04X} (texts are one plain line)",
            c as u32
        ));
    }
    if text.trim() != text {
        return Some("space at the start or end".into());
    }
    if text.contains("  ") {
        return Some("two spaces in a row".into());
    }
    let last = text.chars().next_back().unwrap_or_default();
    match tag {
        "en" if !text.is_ascii() => Some("English texts are ASCII".into()),
        "zh-Hans" | "zh-Hant" | "ja" if last != '。' => {
            Some("a Chinese or Japanese sentence ends with `。`".into())
        }
        "th" if !(last.is_alphanumeric() || ('\u{0e01}'..='\u{0e4e}').contains(&last)) => {
            Some("a Thai sentence ends with a letter, without a full stop".into())
        }
        "zh-Hans" | "zh-Hant" | "ja" | "th" => None,
        _ if last != '.' => Some("a sentence ends with a full stop `.`".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        for (tag, text) in [
            ("en", "Fine."),
            ("ja", "良い。"),
            ("th", "โปรดลองอีกครั้ง"),
            ("th", "ไม่พบ SDKAppID"),
            ("ru", "Да."),
        ] {
            assert_eq!(broken(tag, text), None, "{tag} {text}");
        }
        for (tag, text) in [
            ("en", ""),
            ("en", "Two  spaces."),
            ("en", " Lead."),
            ("en", "Line\nbreak."),
            ("en", "Café."),
            ("ar", "\u{200f}نص."),
            ("es", "Sin punto"),
            ("zh-Hans", "没有句号."),
            ("th", "ไทย."),
        ] {
            assert!(broken(tag, text).is_some(), "{tag} {text}");
        }
    }
}
