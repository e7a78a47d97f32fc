//! A reader for gettext PO files as PO editors write them: comments, flags (`#, fuzzy`),
//! `msgctxt`/`msgid`/`msgstr` with continued strings, obsolete entries (`#~`, skipped). Plural
//! messages are refused: the catalog has none.

use super::{Located, Unit};

/// A PO file: its `Language` header and its messages.
pub struct Po {
    /// The `Language:` header, if any.
    pub language: Option<String>,
    /// Every message except the header.
    pub units: Vec<Unit>,
}

/// A PO string literal's contents, unescaped.
fn unquote(text: &str) -> Result<String, String> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or_else(|| format!("expected a quoted string, found `{text}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('"') => '"',
                Some('\\') => '\\',
                Some(other) => return Err(format!("unknown escape `\\{other}`")),
                None => return Err("a string ends in `\\`".into()),
            }),
            '"' => return Err(format!("an unescaped `\"` in `{text}`")),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// One message being read.
#[derive(Default)]
struct Entry {
    context: Option<String>,
    id: Option<String>,
    text: Option<String>,
    fuzzy: bool,
    line: usize,
}

/// Which string a continuation line extends.
#[derive(Clone, Copy)]
enum Field {
    Context,
    Id,
    Text,
}

/// Parses `source`; errors are `(line, message)`.
pub fn parse(source: &str) -> Located<Po> {
    let mut po = Po {
        language: None,
        units: Vec::new(),
    };
    let mut entry = Entry::default();
    let mut field = None;
    let finish = |entry: Entry, po: &mut Po| -> Result<(), (usize, String)> {
        let Some(id) = entry.id else {
            return match entry.context.or(entry.text) {
                Some(_) => Err((entry.line, "a message without msgid".into())),
                None => Ok(()),
            };
        };
        let text = entry
            .text
            .ok_or((entry.line, "a msgid without msgstr".to_string()))?;
        if id.is_empty() && entry.context.is_none() {
            po.language = text
                .lines()
                .find_map(|l| l.strip_prefix("Language:"))
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty());
            return Ok(());
        }
        po.units.push(Unit {
            name: entry.context,
            source: id,
            target: text,
            fuzzy: entry.fuzzy,
            line: entry.line,
        });
        Ok(())
    };
    for (index, raw) in source.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        let fail = |message: String| Err((number, message));
        let at = |message: String| (number, message);
        if line.is_empty() {
            finish(std::mem::take(&mut entry), &mut po)?;
            field = None;
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
        let next = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgstr" => Field::Text,
            "msgid_plural" => return fail("plural messages are not part of this catalog".into()),
            k if k.starts_with('"') => {
                let extra = unquote(line).map_err(at)?;
                let target = match field {
                    Some(Field::Context) => &mut entry.context,
                    Some(Field::Id) => &mut entry.id,
                    Some(Field::Text) => &mut entry.text,
                    None => return fail("a string outside a message".into()),
                };
                target.get_or_insert_with(String::new).push_str(&extra);
                continue;
            }
            k => return fail(format!("unknown keyword `{k}`")),
        };
        // A keyword that starts a new message ends the previous one (files without blank lines).
        let starts_new = match next {
            Field::Context => entry.context.is_some() || entry.id.is_some(),
            Field::Id => entry.id.is_some(),
            Field::Text => false,
        };
        if starts_new {
            finish(std::mem::take(&mut entry), &mut po)?;
        }
        if entry.line == 0 {
            entry.line = number;
        }
        let value = unquote(rest.trim()).map_err(at)?;
        let slot = match next {
            Field::Context => &mut entry.context,
            Field::Id => &mut entry.id,
            Field::Text => &mut entry.text,
        };
        if slot.is_some() {
            return fail(format!("a second `{keyword}` in one message"));
        }
        *slot = Some(value);
        field = Some(next);
    }
    finish(entry, &mut po)?;
    Ok(po)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_header() {
        let po = parse(
            "# c\nmsgid \"\"\nmsgstr \"\"\n\"Language: th\\n\"\n\n#, fuzzy\nmsgctxt \"ERR_A\"\nmsgid \"A \"\n\"b\"\nmsgstr \"ก\\\"\\\\\"\n#~ msgid \"old\"\nmsgctxt \"ERR_B\"\nmsgid \"B\"\nmsgstr \"\"\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(po.language.as_deref(), Some("th"));
        assert_eq!(po.units.len(), 2);
        let a = &po.units[0];
        assert_eq!(
            (
                a.name.as_deref(),
                a.source.as_str(),
                a.target.as_str(),
                a.fuzzy,
                a.line
            ),
            (Some("ERR_A"), "A b", "ก\"\\", true, 7)
        );
        assert_eq!((po.units[1].target.as_str(), po.units[1].line), ("", 12));
    }

    #[test]
    fn malformed() {
        for (text, line) in [
            ("msgid \"a\"\nmsgid_plural \"b\"\n", 2),
            ("msgid \"a\nmsgstr \"\"\n", 1),
            ("msgid \"a\"\nmsgstr \"\\q\"\n", 2),
            ("msgid \"a\"\n\n", 1),
            ("\"x\"\n", 1),
            ("msgid \"a\" x\"\nmsgstr \"\"\n", 1),
        ] {
            assert_eq!(parse(text).err().map(|e| e.0), Some(line), "{text}");
        }
    }
}
