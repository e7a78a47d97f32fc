//! The npm package's generated parts: `catalog.js` (every code's name and ids, the version, the
//! frozen enum objects `RoomErrorCode`, `RoomErrorLanguage`, `RoomErrorCategory`,
//! `RoomErrorAction`, `RoomErrorAudience`, and the explicit `import()` of each language module),
//! `catalog.d.ts` (the enums' declarations) and `locales/<tag>.js`, one module per language
//! registering its texts. The shipped JavaScript is compact (browsers download it); the
//! documentation lives in the declarations.

use std::fmt::Write;

use room_errors_core::{
    action, action_label, audience, category, codes, is_known, languages, message, name, remedy,
    retry_after_ms, summary, user_message, Action, Audience, Category, Language, VERSION,
};

use crate::members::{self, Member};
use crate::names::{screaming, GENERATED};

/// One generated enum: its name, its doc comment, and its members (key, value, doc).
struct Enum {
    name: &'static str,
    doc: &'static str,
    members: Vec<Member>,
}

/// Every enum of the package, in declaration order.
fn enums() -> Vec<Enum> {
    vec![
        Enum {
            name: "RoomErrorCode",
            doc: "Every error code of the catalog this package was generated from. The functions also \
                  accept codes that are not listed here.",
            members: members::codes(),
        },
        Enum {
            name: "RoomErrorLanguage",
            doc: "The languages of the messages (C: `ROOM_ERR_LANG_*`). Unknown ids mean English.",
            members: members::languages(),
        },
        Enum {
            name: "RoomErrorCategory",
            doc: "What a code is about (C: `ROOM_ERR_CATEGORY_*`); `UNKNOWN` for unknown codes.",
            members: members::categories(),
        },
        Enum {
            name: "RoomErrorAction",
            doc: "What a code's remedy asks for (C: `ROOM_ERR_ACTION_*`), so that an app can offer the \
                  matching button.",
            members: members::actions(),
        },
        Enum {
            name: "RoomErrorAudience",
            doc: "Who a code's message is for (C: `ROOM_ERR_AUDIENCE_*`).",
            members: members::audiences(),
        },
    ]
}

/// The contents of `catalog.js`: the codes as rows (`RoomErrorCode` is built from them), the
/// other enums as frozen objects, the version and the language modules' loaders.
pub fn module() -> String {
    // texts.js takes a category's, action's or audience's name from its key, lowercased.
    let names = Category::ALL
        .iter()
        .map(|c| c.as_str())
        .chain(Action::ALL.iter().map(|a| a.as_str()));
    for n in names.chain(Audience::ALL.iter().map(|a| a.as_str())) {
        assert_eq!(n, n.to_ascii_lowercase(), "a name is its key lowercased");
    }
    let mut out = format!("// {GENERATED}\n\n");
    // Compact for gzip: the names without `ERR_` in one string, the codes as differences to the
    // previous one, the ids as base-36 digits in one string, the few retry delays by index.
    let (mut names, mut deltas, mut retry, mut keys) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut ids, mut previous) = (String::new(), 0i64);
    let digit = |id: u32| char::from_digit(id, 36).expect("an id below 36");
    for (i, &code) in codes().iter().enumerate() {
        let n = name(code)
            .strip_prefix("ERR_")
            .expect("a name starts with ERR_");
        assert!(!n.contains(' '), "a name has no space");
        names.push(n);
        deltas.push((i64::from(code) - previous).to_string());
        previous = i64::from(code);
        ids.push(digit(category(code).id() as u32));
        ids.push(digit(action(code).id() as u32));
        ids.push(digit(audience(code).id() as u32));
        if retry_after_ms(code) != 0 {
            retry.push(format!("{i}:{}", retry_after_ms(code)));
        }
        let key = screaming(name(code));
        if n != key {
            keys.push(format!("{i}:{}", js_string(&key)));
        }
    }
    let _ = writeln!(
        out,
        "// Every code's name without `ERR_`, in catalog order (the order of each language's texts).\n\
         const NAMES = {}.split(' ');\n\
         // Each code minus the previous one.\n\
         const DELTAS = [{}];\n\
         // Per code, in base 36: its category, action and audience id.\n\
         const IDS = {};\n\
         // The retry delays in ms that are not 0, by index.\n\
         const RETRY = {{{}}};\n\
         // The RoomErrorCode keys that are not the name without `ERR_`, by index.\n\
         const KEYS = {{{}}};\n\n\
         // Every code: [name, code, category id, action id, audience id, retry delay in ms, RoomErrorCode key].\n\
         let code = 0;\n\
         export const CODES = NAMES.map((name, i) => {{\n  \
           const id = (k) => parseInt(IDS[3 * i + k], 36);\n  \
           code += DELTAS[i];\n  \
           return ['ERR_' + name, code, id(0), id(1), id(2), RETRY[i] || 0, KEYS[i] || name];\n\
         }});",
        js_string(&names.join(" ")),
        deltas.join(","),
        js_string(&ids),
        retry.join(","),
        keys.join(",")
    );
    let _ = writeln!(out, "\nexport const VERSION = {};", js_string(VERSION));
    out.push_str(
        "\nexport const RoomErrorCode = Object.freeze(Object.fromEntries(CODES.map((c) => [c[6], c[1]])));\n\n\
         /** A frozen enum object of space-separated keys, valued 0, 1, ... */\n\
         const enumOf = (keys) => Object.freeze(Object.fromEntries(keys.split(' ').map((key, i) => [key, i])));\n",
    );
    for e in enums().into_iter().skip(1) {
        let keys: Vec<&str> = e.members.iter().map(|(key, _, _)| key.as_str()).collect();
        assert!(
            e.members
                .iter()
                .enumerate()
                .all(|(i, (_, value, _))| usize::try_from(*value) == Ok(i)),
            "{}'s values are 0, 1, ...",
            e.name
        );
        let _ = writeln!(
            out,
            "export const {} = enumOf({});",
            e.name,
            js_string(&keys.join(" "))
        );
    }
    let tags: Vec<String> = languages().map(|l| js_string(l.tag)).collect();
    let _ = writeln!(
        out,
        "\n// Each language's tag, by id.\nexport const TAGS = [{}];",
        tags.join(", ")
    );
    out.push_str(
        "\n// Each language's module by id (English is always loaded): an explicit import() each, so that\n\
         // bundlers make one chunk per language.\nexport const LOADERS = [\n  null,\n",
    );
    for l in languages().skip(1) {
        let _ = writeln!(out, "  () => import('./locales/{}.js'),", l.tag);
    }
    out.push_str("];\n");
    out
}

/// Every language module: `locales/<tag>.js` below the package directory, and its contents.
pub fn locales() -> Vec<(String, String)> {
    languages()
        .map(|l| {
            (
                format!("bindings/js/package/locales/{}.js", l.tag),
                locale(&l),
            )
        })
        .collect()
}

/// A code that is not in the catalog, for the unknown-code texts.
fn unknown_code() -> i32 {
    (i32::MIN..).find(|&c| !is_known(c)).unwrap_or(i32::MIN)
}

/// The module of one language: it pushes `[id, separator, texts]` onto the array `texts.js` reads,
/// `globalThis["room-errors@VERSION"]`. `texts` is one template literal of raw UTF-8 lines: the
/// unknown-code summary, the user fallback message, the action labels by action id, then each
/// code's summary and remedy in `CODES` order (a summary next to its remedy: gzip finds more
/// repetitions so). A message is its summary, the separator and its remedy (checked here); a
/// user-audience code's user message is its message.
fn locale(l: &Language) -> String {
    let id = l.id;
    for &code in codes().iter().chain([unknown_code()].iter()) {
        let (s, r) = (summary(code, id), remedy(code, id));
        let joined = if r.is_empty() {
            s.to_owned()
        } else {
            format!("{s}{}{r}", l.separator)
        };
        assert_eq!(
            message(code, id),
            joined,
            "message of {code} in {}: summary, separator, remedy",
            l.tag
        );
        if audience(code) == Audience::User {
            assert_eq!(
                user_message(code, id),
                joined,
                "user message of {code} in {}",
                l.tag
            );
        }
    }
    let unknown = unknown_code();
    assert!(
        remedy(unknown, id).is_empty(),
        "an unknown code has no remedy"
    );
    assert!(
        Action::ALL
            .iter()
            .enumerate()
            .all(|(i, a)| a.id() as usize == i),
        "action ids are 0, 1, ..."
    );
    let mut lines = vec![summary(unknown, id), user_message(unknown, id)];
    lines.extend(Action::ALL.iter().map(|&a| action_label(a, id)));
    for &code in codes() {
        lines.push(summary(code, id));
        lines.push(remedy(code, id));
    }
    format!(
        "// {GENERATED}\n// The {} texts of room-errors: importing this module (room-errors/locales/{}) makes them\n\
         // available. It imports nothing: it pushes them onto the array texts.js reads.\n\
         (function (g, k) {{\n  (g[k] = g[k] || []).push([{id}, {}, {}]);\n}})(typeof globalThis !== 'undefined' ? globalThis\n  \
         : typeof self !== 'undefined' ? self : typeof global !== 'undefined' ? global : {{}}, {});\n",
        l.english_name,
        l.tag,
        js_string(l.separator),
        template_lines(&lines),
        js_string(&format!("room-errors@{VERSION}")),
    )
}

/// Lines of text as one JavaScript template literal, joined by newlines: each line raw UTF-8
/// (`\\`, `` ` `` and `${` escaped); a line holds no line break or other control character.
fn template_lines(lines: &[&str]) -> String {
    let mut out = String::from("`");
    for (i, line) in lines.iter().enumerate() {
        assert!(
            !line
                .chars()
                .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'),
            "a text is one line without control characters: {line:?}"
        );
        if i > 0 {
            out.push('\n');
        }
        out.push_str(
            &line
                .replace('\\', "\\\\")
                .replace('`', "\\`")
                .replace("${", "\\${"),
        );
    }
    out.push('`');
    out
}

/// The contents of `catalog.d.ts`: each enum as a readonly object type with literal values, and a
/// type of the same name for its values.
pub fn declarations() -> String {
    let mut out = format!("// {GENERATED}\n");
    for e in enums() {
        let _ = write!(
            out,
            "\n/** {} */\nexport declare const {}: {{\n",
            comment(e.doc),
            e.name
        );
        for (key, value, doc) in &e.members {
            let _ = writeln!(out, "  /** {} */\n  readonly {key}: {value};", comment(doc));
        }
        let _ = writeln!(
            out,
            "}};\n/** A value of {{@link {0}}}. */\nexport type {0} = (typeof {0})[keyof typeof {0}];",
            e.name
        );
    }
    let union = |names: Vec<&str>| -> String {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(
        out,
        "\n/** A category's name, as `category()` returns it. */\nexport type RoomErrorCategoryName = {};",
        union(Category::ALL.iter().map(|c| c.as_str()).collect())
    );
    let _ = writeln!(
        out,
        "/** An action's name, as `action()` returns it. */\nexport type RoomErrorActionName = {};",
        union(Action::ALL.iter().map(|a| a.as_str()).collect())
    );
    let _ = writeln!(
        out,
        "/** An audience's name, as `audience()` returns it. */\nexport type RoomErrorAudienceName = {};",
        union(Audience::ALL.iter().map(|a| a.as_str()).collect())
    );
    let _ = writeln!(
        out,
        "/** The tag of a catalog language, each a module `room-errors/locales/<tag>`. */\nexport type RoomErrorLanguageTag = {};",
        union(languages().map(|l| l.tag).collect())
    );
    out
}

/// Text safe inside a `/** … */` comment.
fn comment(text: &str) -> String {
    text.replace("*/", "*\\/")
}

/// A JavaScript string literal: `"`, `\\`, control characters and the line separators escaped,
/// everything else as is.
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{js_string, template_lines};

    #[test]
    fn lines_are_one_template_literal() {
        assert_eq!(
            template_lines(&["a`b", "${c}\\", "", "中文"]),
            "`a\\`b\n\\${c}\\\\\n\n中文`"
        );
    }

    #[test]
    fn strings_are_javascript_literals() {
        assert_eq!(js_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            js_string("\0\n\u{7f}\u{2028}"),
            r#""\u0000\u000a\u007f\u2028""#
        );
        assert_eq!(js_string("ไม่ 中文 عربي"), "\"ไม่ 中文 عربي\"");
    }
}
