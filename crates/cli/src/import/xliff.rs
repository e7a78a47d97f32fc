//! A reader for XLIFF 1.2 as translation tools write it: the `file` element's languages and every
//! `trans-unit` (`resname`, or the `id` before its first `.`, names the code) with its `source` and
//! `target` text. Comments, processing instructions, CDATA and the five XML entities and character
//! references are read; inline markup inside a text (`<g>`, `<x/>`, ...) is refused: catalog texts
//! have none.

use super::{Located, Unit};

/// An XLIFF file: its `source-language`, `target-language` and units.
pub struct Xliff {
    /// `source-language` of the first `file` element.
    pub source_language: Option<String>,
    /// `target-language` of the first `file` element.
    pub target_language: Option<String>,
    /// Every `trans-unit`.
    pub units: Vec<Unit>,
}

/// A piece of the document.
enum Token {
    Start {
        name: String,
        attributes: Vec<(String, String)>,
        empty: bool,
    },
    End(String),
    Text(String),
}

/// The 1-based line of byte `at`.
fn line_of(source: &str, at: usize) -> usize {
    source.get(..at).map_or(0, |s| s.matches('\n').count()) + 1
}

/// Text with entity and character references replaced.
fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail.find(';').ok_or("an `&` without `;`")?;
        let entity = &tail[..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = if let Some(hex) = entity.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else {
                    entity.strip_prefix('#').and_then(|d| d.parse().ok())
                };
                number
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("unknown entity `&{entity};`"))?
            }
        };
        out.push(c);
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The attributes of a start tag's inside (after its name).
fn attributes(mut text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return Ok(out);
        }
        let (name, rest) = text.split_once('=').ok_or("an attribute without a value")?;
        let name_char = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.');
        if name.trim().is_empty() || !name.trim().chars().all(name_char) {
            return Err(format!("a malformed attribute name `{}`", name.trim()));
        }
        let rest = rest.trim_start();
        let quote = rest
            .chars()
            .next()
            .filter(|q| *q == '"' || *q == '\'')
            .ok_or("an unquoted attribute")?;
        let end = rest[1..]
            .find(quote)
            .ok_or("an attribute value without its closing quote")?;
        out.push((name.trim().to_string(), unescape(&rest[1..1 + end])?));
        text = &rest[end + 2..];
    }
}

/// The document as tokens, each with its byte offset.
fn tokens(source: &str) -> Located<Vec<(usize, Token)>> {
    let mut out = Vec::new();
    let mut at = 0;
    let fail = |at: usize, message: &str| Err((line_of(source, at), message.to_string()));
    while at < source.len() {
        let rest = &source[at..];
        if !rest.starts_with('<') {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = unescape(&rest[..end]).map_err(|e| (line_of(source, at), e))?;
            out.push((at, Token::Text(text)));
            at += end;
            continue;
        }
        let (skip_to, token) = if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let end = body
                .find("]]>")
                .ok_or((line_of(source, at), "an unclosed CDATA section".to_string()))?;
            (9 + end + 3, Some(Token::Text(body[..end].to_string())))
        } else if rest.starts_with("<!--") {
            (
                rest.find("-->")
                    .map(|e| e + 3)
                    .ok_or((line_of(source, at), "an unclosed comment".to_string()))?,
                None,
            )
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            (
                rest.find('>')
                    .map(|e| e + 1)
                    .ok_or((line_of(source, at), "an unclosed declaration".to_string()))?,
                None,
            )
        } else {
            let Some(end) = rest.find('>') else {
                return fail(at, "an unclosed tag");
            };
            let inside = &rest[1..end];
            if let Some(name) = inside.strip_prefix('/') {
                (end + 1, Some(Token::End(name.trim().to_string())))
            } else {
                let (inside, empty) = match inside.strip_suffix('/') {
                    Some(i) => (i, true),
                    None => (inside, false),
                };
                let name_end = inside.find(char::is_whitespace).unwrap_or(inside.len());
                let attributes =
                    attributes(&inside[name_end..]).map_err(|e| (line_of(source, at), e))?;
                (
                    end + 1,
                    Some(Token::Start {
                        name: inside[..name_end].to_string(),
                        attributes,
                        empty,
                    }),
                )
            }
        };
        if let Some(token) = token {
            out.push((at, token));
        }
        at += skip_to;
    }
    Ok(out)
}

fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Parses `source`; errors are `(line, message)`.
pub fn parse(source: &str) -> Located<Xliff> {
    let mut xliff = Xliff {
        source_language: None,
        target_language: None,
        units: Vec::new(),
    };
    let mut unit: Option<Unit> = None;
    // The element whose text is being read: `source` or `target`.
    let mut reading: Option<(String, String)> = None;
    let mut files = 0;
    let mut open: Vec<String> = Vec::new();
    for (at, token) in tokens(source)? {
        let line = line_of(source, at);
        match &token {
            Token::Start { name, empty, .. } if !empty => open.push(name.clone()),
            Token::End(name) => match open.pop() {
                Some(start) if start == *name => {}
                Some(start) => return Err((line, format!("`</{name}>` closes `<{start}>`"))),
                None => return Err((line, format!("`</{name}>` closes nothing"))),
            },
            _ => {}
        }
        match token {
            Token::Start {
                name,
                attributes,
                empty,
            } => {
                if reading.is_some() {
                    return Err((
                        line,
                        format!("inline markup `<{name}>` in a text: catalog texts are plain"),
                    ));
                }
                match name.as_str() {
                    "file" => {
                        files += 1;
                        if files == 1 {
                            xliff.source_language =
                                attribute(&attributes, "source-language").map(String::from);
                            xliff.target_language =
                                attribute(&attributes, "target-language").map(String::from);
                        } else if attribute(&attributes, "target-language")
                            != xliff.target_language.as_deref()
                        {
                            return Err((
                                line,
                                "the file elements name different target languages".into(),
                            ));
                        }
                    }
                    "trans-unit" => {
                        let id = attribute(&attributes, "id").unwrap_or_default();
                        let name = attribute(&attributes, "resname")
                            .or_else(|| id.split('.').next())
                            .map(String::from);
                        unit = Some(Unit {
                            name,
                            source: String::new(),
                            target: String::new(),
                            fuzzy: false,
                            line,
                        });
                    }
                    "source" | "target" if unit.is_some() && !empty => {
                        reading = Some((name, String::new()))
                    }
                    _ => {}
                }
            }
            Token::Text(text) => {
                if let Some((_, buffer)) = reading.as_mut() {
                    buffer.push_str(&text);
                }
            }
            Token::End(name) => match (reading.take(), unit.as_mut()) {
                (Some((open, text)), Some(u)) if open == name => {
                    if name == "source" {
                        u.source = text;
                    } else {
                        u.target = text;
                    }
                }
                (Some((open, _)), _) => {
                    return Err((line, format!("`</{name}>` closes `<{open}>`")))
                }
                (None, _) if name == "trans-unit" => {
                    if let Some(u) = unit.take() {
                        xliff.units.push(u);
                    }
                }
                _ => {}
            },
        }
    }
    if let Some(name) = open.pop() {
        return Err((
            line_of(source, source.len()),
            format!("`<{name}>` is not closed"),
        ));
    }
    if files == 0 {
        return Err((1, "no XLIFF `file` element".into()));
    }
    Ok(xliff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_and_languages() {
        let x = parse(
            "<?xml version=\"1.0\"?>\n<xliff version='1.2'><file source-language=\"en\" target-language=\"th\">\n<body><!-- c -->\n\
             <trans-unit id=\"ERR_A.summary\" resname=\"ERR_A\"><source>A &amp; b</source>\n<target state=\"translated\"><![CDATA[<ก>]]>&#x41;&#66;</target></trans-unit>\n\
             <trans-unit id=\"ERR_B.remedy\"><source>B</source><target/></trans-unit></body></file></xliff>\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            (x.source_language.as_deref(), x.target_language.as_deref()),
            (Some("en"), Some("th"))
        );
        assert_eq!(x.units.len(), 2);
        let a = &x.units[0];
        assert_eq!(
            (
                a.name.as_deref(),
                a.source.as_str(),
                a.target.as_str(),
                a.line
            ),
            (Some("ERR_A"), "A & b", "<ก>AB", 4)
        );
        assert_eq!(
            (x.units[1].name.as_deref(), x.units[1].target.as_str()),
            (Some("ERR_B"), "")
        );
    }

    #[test]
    fn malformed() {
        for (text, line) in [
            ("<file>\n<trans-unit id=\"a\"><source>x<g id=\"1\">y</g></source></trans-unit></file>", 2),
            ("<file>\n\n<trans-unit id=\"a\"><source>&nbsp;</source>", 3),
            ("<file><trans-unit id=\"a\"><source>x</target>", 1),
            ("<xliff/>", 1),
            ("<file a=b>", 1),
        ] {
            assert_eq!(parse(text).err().map(|e| e.0), Some(line), "{text}");
        }
    }
}
