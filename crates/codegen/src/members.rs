//! The members of each enum a wrapper generates, as (key, value, doc comment) in declaration
//! order, for the wrappers whose enums are plain key/value lists (JavaScript, Python).

use room_errors_core::{message, name, Action, Audience, Category};

use crate::names::{c_constant, screaming, tag_screaming};

/// One member: its key (`SEAT_LOCKED`), its value and its doc comment.
pub type Member = (String, i32, String);

/// Every code: key from the name, doc the English message and the C constant.
pub fn codes() -> Vec<Member> {
    room_errors_core::codes()
        .iter()
        .map(|&code| {
            let doc = format!("{} (C: `{}`)", message(code, 0), c_constant(name(code)));
            (screaming(name(code)), code, doc)
        })
        .collect()
}

/// Every language: key from the tag (`ZH_HANT`).
pub fn languages() -> Vec<Member> {
    room_errors_core::languages()
        .map(|l| {
            let key = tag_screaming(l.tag);
            let doc = format!("{} (`{}`, C: `ROOM_ERR_LANG_{key}`)", l.english_name, l.tag);
            (key, l.id, doc)
        })
        .collect()
}

/// Every category, with its description.
pub fn categories() -> Vec<Member> {
    Category::ALL
        .iter()
        .map(|c| {
            let doc = format!("`\"{}\"`: {}", c.as_str(), c.description());
            (c.as_str().to_ascii_uppercase(), c.id(), doc)
        })
        .collect()
}

/// Every action, with its description.
pub fn actions() -> Vec<Member> {
    Action::ALL
        .iter()
        .map(|a| {
            let doc = format!("`\"{}\"`: {}", a.as_str(), a.description());
            (a.as_str().to_ascii_uppercase(), a.id(), doc)
        })
        .collect()
}

/// Both audiences.
pub fn audiences() -> Vec<Member> {
    Audience::ALL
        .iter()
        .map(|a| {
            (
                a.as_str().to_ascii_uppercase(),
                a.id(),
                format!("`\"{}\"`", a.as_str()),
            )
        })
        .collect()
}
