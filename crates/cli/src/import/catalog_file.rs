//! The catalog source (`catalog.rs`) as text: its languages and the text lines of each code's row,
//! found by their structure (`CODE NAME ... {`, then `lang: "summary" "remedy",` lines up to `}`),
//! so that rows can move and grow. Changing a text rewrites only the string literals of its line;
//! every other byte of the file stays as it was.

use std::collections::HashMap;

/// The texts of one language in a row: where the line's literals are and what they hold.
pub struct TextLine {
    /// Index into the file's lines.
    line: usize,
    /// Byte range of the literals within the line.
    literals: (usize, usize),
    /// The summary.
    pub summary: String,
    /// The remedy, when the line has one.
    pub remedy: Option<String>,
}

/// The catalog source.
pub struct CatalogFile {
    /// Every line with its line ending.
    lines: Vec<String>,
    /// Field name (`zh_hans`) → BCP 47 tag (`zh-Hans`), in catalog order.
    pub languages: Vec<(String, String)>,
    /// Code name → (code, field name → text line).
    rows: HashMap<String, (i32, HashMap<String, TextLine>)>,
}

/// A Rust string literal at the start of `text`: its value and its length in bytes.
fn literal(text: &str) -> Option<(String, usize)> {
    let body = text.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((out, at + 2)),
            '\\' => out.push(match chars.next()?.1 {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                '"' => '"',
                '\'' => '\'',
                '\\' => '\\',
                'u' => {
                    let rest = &body[at + 2..];
                    let close = rest.find('}')?;
                    let c = char::from_u32(u32::from_str_radix(rest.get(1..close)?, 16).ok()?)?;
                    for _ in 0..=close {
                        chars.next();
                    }
                    c
                }
                _ => return None,
            }),
            c => out.push(c),
        }
    }
    None
}

/// `text` as a Rust string literal: `\` and `"` escaped, control characters as `\u{..}`.
pub fn rust_literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A row's header: `CODE NAME Category action... {` → (code, name).
fn row_header(line: &str) -> Option<(i32, String)> {
    let line = line.trim();
    if !line.ends_with('{') {
        return None;
    }
    let mut words = line.split_whitespace();
    let code = words.next()?.parse().ok()?;
    let name = words.next()?;
    name.chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        .then(|| (code, name.to_string()))
}

/// Line `index`, if a text line `field: "summary" ["remedy"],...`: its field and texts.
fn text_line(index: usize, line: &str) -> Option<(String, TextLine)> {
    let indent = line.len() - line.trim_start().len();
    let (field, _) = line[indent..].split_once(':')?;
    if field.is_empty() || !field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let mut at = indent + field.len() + 1;
    at += line[at..].len() - line[at..].trim_start().len();
    let start = at;
    let (summary, len) = literal(&line[at..])?;
    at += len;
    let gap = line[at..].len() - line[at..].trim_start().len();
    let remedy = match literal(&line[at + gap..]) {
        Some((remedy, len)) => {
            at += gap + len;
            Some(remedy)
        }
        None => None,
    };
    line[at..].trim_start().starts_with(',').then(|| {
        let texts = TextLine {
            line: index,
            literals: (start, at),
            summary,
            remedy,
        };
        (field.to_string(), texts)
    })
}

impl CatalogFile {
    /// Reads the languages and rows of `source`.
    pub fn parse(source: &str) -> Result<CatalogFile, String> {
        let lines: Vec<String> = source.split_inclusive('\n').map(String::from).collect();
        let mut languages = Vec::new();
        let mut rows = HashMap::new();
        let mut in_languages = false;
        let mut row: Option<(i32, String, HashMap<String, TextLine>)> = None;
        for (index, line) in lines.iter().enumerate() {
            let trimmed = line.trim();
            if trimmed == "languages {" {
                in_languages = true;
            } else if in_languages && trimmed == "}" {
                in_languages = false;
            } else if in_languages {
                let mut words = trimmed.split_whitespace();
                if let (Some(field), Some(tag)) = (
                    words.next(),
                    words.next().and_then(|t| literal(t).map(|l| l.0)),
                ) {
                    languages.push((field.to_string(), tag));
                }
            } else if let Some((code, name)) = row_header(line) {
                row = Some((code, name, HashMap::new()));
            } else if trimmed == "}" {
                if let Some((code, name, texts)) = row.take() {
                    if rows.insert(name.clone(), (code, texts)).is_some() {
                        return Err(format!("line {}: a second row named {name}", index + 1));
                    }
                }
            } else if let Some((_, _, texts)) = row.as_mut() {
                if let Some((field, text)) = text_line(index, line) {
                    texts.insert(field, text);
                }
            }
        }
        if languages.is_empty() || rows.is_empty() {
            return Err("no `languages` block or no code rows: is this catalog.rs?".into());
        }
        Ok(CatalogFile {
            lines,
            languages,
            rows,
        })
    }

    /// The catalog field of a language tag (`zh-Hans`, `zh_Hans`, any case).
    pub fn field_of(&self, tag: &str) -> Option<&str> {
        let tag = tag.replace('_', "-");
        self.languages
            .iter()
            .find(|(_, t)| t.eq_ignore_ascii_case(&tag))
            .map(|(field, _)| field.as_str())
    }

    /// The catalog's tags.
    pub fn tags(&self) -> Vec<&str> {
        self.languages.iter().map(|(_, tag)| tag.as_str()).collect()
    }

    /// The text line of `name` in the language `field`, if the row exists.
    pub fn texts(&self, name: &str, field: &str) -> Option<&TextLine> {
        self.rows.get(name).and_then(|(_, texts)| texts.get(field))
    }

    /// Whether a row named `name` exists.
    pub fn has_row(&self, name: &str) -> bool {
        self.rows.contains_key(name)
    }

    /// Sets the summary and remedy of `name` in `field`; returns whether the line changed.
    pub fn set(&mut self, name: &str, field: &str, summary: &str, remedy: Option<&str>) -> bool {
        let Some(text) = self.rows.get_mut(name).and_then(|(_, t)| t.get_mut(field)) else {
            return false;
        };
        if text.summary == summary && text.remedy.as_deref() == remedy {
            return false;
        }
        let line = &self.lines[text.line];
        let mut literals = rust_literal(summary);
        if let Some(remedy) = remedy {
            literals.push(' ');
            literals.push_str(&rust_literal(remedy));
        }
        let (start, end) = text.literals;
        let new = format!("{}{literals}{}", &line[..start], &line[end..]);
        text.literals = (start, start + literals.len());
        text.summary = summary.to_string();
        text.remedy = remedy.map(String::from);
        self.lines[text.line] = new;
        true
    }

    /// The whole source.
    pub fn text(&self) -> String {
        self.lines.concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "catalog! {\n    languages {\n        en      \"en\"      \"English\" \" \",\n        th      \"th\"      \"Thai\" \" \",\n    }\n    // x\n    -5 ERR_X General retry(500) developer {\n        en:      \"A \\\"b\\\".\" \"C\\u{e9}.\",\n        th:      \"ก\",   // note\n    }\n    7 ERR_Y Room none {\n        en: \"Y.\",\n    }\n}\n";

    #[test]
    fn finds_rows_and_rewrites_one_line() {
        let mut file = CatalogFile::parse(SOURCE).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.tags(), ["en", "th"]);
        assert_eq!(file.field_of("TH"), Some("th"));
        let en = file
            .texts("ERR_X", "en")
            .map(|t| (t.summary.clone(), t.remedy.clone()));
        assert_eq!(en, Some(("A \"b\".".into(), Some("Cé.".into()))));
        assert!(!file.set("ERR_X", "en", "A \"b\".", Some("Cé.")));
        assert_eq!(file.text(), SOURCE);
        assert!(file.set("ERR_X", "th", "ข \"q\"", Some("ค\\")));
        assert!(file.set("ERR_X", "th", "ข \"q\"", None));
        let expected = SOURCE.replace("\"ก\",   // note", "\"ข \\\"q\\\"\",   // note");
        assert_eq!(file.text(), expected);
        assert!(!file.set("ERR_Z", "th", "x", None));
    }

    #[test]
    fn literals() {
        for text in ["a\"b\\c", "é\u{1}", ""] {
            let quoted = rust_literal(text);
            assert_eq!(literal(&quoted), Some((text.to_string(), quoted.len())));
        }
        assert_eq!(literal("\"a"), None);
    }
}
