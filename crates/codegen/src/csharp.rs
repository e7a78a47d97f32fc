//! `bindings/csharp/src/RoomErrors/Catalog.g.cs`: the C# `RoomErrorCode`, `RoomErrorLanguage`,
//! `RoomErrorCategory`, `RoomErrorAction` and `RoomErrorAudience` enums and the catalog's version
//! and language count. Each member's doc comment states its English text and its C constant; the
//! texts themselves come from the native library through `RoomError`.

use std::fmt::Write;

use room_errors_core::{languages, name, summary, Action, Audience, Category, VERSION};

use crate::members;
use crate::names::{c_constant, screaming, tag_screaming, GENERATED};

/// The contents of `Catalog.g.cs`.
pub fn catalog() -> String {
    let mut out = format!(
        "// {GENERATED}\n\nnamespace RoomErrors\n{{\n    \
         /// <summary>Facts of the catalog this binding was generated from.</summary>\n    \
         internal static class Catalog\n    {{\n        \
         /// <summary>The catalog's version, which the native library must report.</summary>\n        \
         internal const string Version = \"{VERSION}\";\n\n        \
         /// <summary>How many languages the catalog has (ids 0 to LanguageCount - 1).</summary>\n        \
         internal const int LanguageCount = {};\n    }}\n",
        languages().count()
    );
    let codes = room_errors_core::codes()
        .iter()
        .map(|&code| {
            let doc = format!(
                "{} (C: <c>{}</c>)",
                xml(summary(code, 0)),
                c_constant(name(code))
            );
            (pascal(&screaming(name(code))), code, doc)
        })
        .collect();
    enumeration(
        &mut out,
        "RoomErrorCode",
        "Every error code of the catalog this binding was generated from. <see cref=\"RoomError\"/> \
         and <see cref=\"RoomErrorException\"/> also accept codes that are not listed here.",
        codes,
    );
    let languages = languages()
        .map(|l| {
            let key = tag_screaming(l.tag);
            let doc = format!(
                "{} (<c>{}</c>, C: <c>ROOM_ERR_LANG_{key}</c>)",
                l.english_name, l.tag
            );
            (pascal(&key), l.id, doc)
        })
        .collect();
    enumeration(
        &mut out,
        "RoomErrorLanguage",
        "The languages of the messages; the value is the C id (<c>ROOM_ERR_LANG_*</c>). Values \
         outside this list mean English, as in C.",
        languages,
    );
    let categories = Category::ALL
        .iter()
        .map(|c| c_member("CATEGORY", c.as_str(), c.id(), c.description()))
        .collect();
    enumeration(
        &mut out,
        "RoomErrorCategory",
        "What kind of problem a code reports (C: <c>ROOM_ERR_CATEGORY_*</c>); <see cref=\"Unknown\"/> \
         for unknown codes.",
        categories,
    );
    let actions = Action::ALL
        .iter()
        .map(|a| {
            let label = if a.has_label() { "" } else { " No label." };
            let doc = format!("{}{label}", a.description());
            c_member("ACTION", a.as_str(), a.id(), &doc)
        })
        .collect();
    enumeration(
        &mut out,
        "RoomErrorAction",
        "What the remedy of a code asks for (C: <c>ROOM_ERR_ACTION_*</c>), so that an app can offer \
         the matching button; <see cref=\"None\"/> for unknown codes.",
        actions,
    );
    let audience_docs = [
        "An end user can understand the message and act on it.",
        "A programming or configuration error; end users get a generic user message. Unknown codes are developer codes.",
    ];
    let audiences = Audience::ALL
        .iter()
        .zip(audience_docs)
        .map(|(a, doc)| c_member("AUDIENCE", a.as_str(), a.id(), doc))
        .collect();
    enumeration(
        &mut out,
        "RoomErrorAudience",
        "Who the message of a code is for (C: <c>ROOM_ERR_AUDIENCE_*</c>).",
        audiences,
    );
    out.push_str("}\n");
    out
}

/// A member of a category, action or audience enum: `open_settings` → `OpenSettings`.
fn c_member(kind: &str, key: &str, id: i32, doc: &str) -> members::Member {
    let upper = key.to_ascii_uppercase();
    let doc = format!(
        "<c>\"{key}\"</c>: {} (C: <c>ROOM_ERR_{kind}_{upper}</c>)",
        xml(doc)
    );
    (pascal(&upper), id, doc)
}

/// Writes `public enum NAME : int { … }` with a summary per member.
fn enumeration(out: &mut String, name: &str, doc: &str, members: Vec<members::Member>) {
    let _ = write!(
        out,
        "\n    /// <summary>{doc}</summary>\n    public enum {name} : int\n    {{\n"
    );
    let last = members.len().saturating_sub(1);
    for (i, (key, value, doc)) in members.iter().enumerate() {
        let _ = writeln!(
            out,
            "        /// <summary>{doc}</summary>\n        {key} = {value}{}",
            if i == last { "" } else { ",\n" }
        );
    }
    out.push_str("    }\n");
}

/// `CAMERA_NOT_AUTHORIZED` → `CameraNotAuthorized`; `ZH_HANT` → `ZhHant`.
fn pascal(screaming: &str) -> String {
    screaming
        .split('_')
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Text safe inside an XML doc comment.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_pascal_case() {
        assert_eq!(pascal("CAMERA_NOT_AUTHORIZED"), "CameraNotAuthorized");
        assert_eq!(pascal("ZH_HANT"), "ZhHant");
        assert_eq!(pascal("SUCCESS"), "Success");
    }

    #[test]
    fn doc_text_cannot_open_tags() {
        assert_eq!(xml("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
    }

    #[test]
    fn every_enum_is_an_int_enum() {
        let out = catalog();
        for header in [
            "public enum RoomErrorCode : int",
            "public enum RoomErrorLanguage : int",
            "public enum RoomErrorCategory : int",
            "public enum RoomErrorAction : int",
            "public enum RoomErrorAudience : int",
        ] {
            assert!(out.contains(header), "{header}");
        }
        assert!(out.contains("        SeatLocked = -2343,\n"));
        assert!(out.contains("        ZhHant = 2,\n"));
    }
}
