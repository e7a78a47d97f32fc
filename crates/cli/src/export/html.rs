//! The reference web page: `room-errors.html`, one self-contained file (`page.html` with the
//! catalog as JSON inside; a Content-Security-Policy that allows no network access). Every code with
//! name, category, summary, remedy, action and audience; a search over codes, names and every word
//! of every language; a language switcher (right to left for Arabic); a link per code (`#-1101`).

use room_errors_core::{action_label, Action, Language};

use super::{entries, File};
use crate::escape::json_string;

/// The page around the data: `@VERSION@` and `@DATA@` are replaced.
const PAGE: &str = include_str!("page.html");

/// Languages written right to left.
const RIGHT_TO_LEFT: &[&str] = &["ar"];

/// The catalog as the page's JSON: languages, action labels, and every code.
fn data(langs: &[Language]) -> String {
    let languages: Vec<String> = langs
        .iter()
        .map(|l| {
            let dir = if RIGHT_TO_LEFT.contains(&l.tag) {
                "rtl"
            } else {
                "ltr"
            };
            format!(
                "{{\"tag\":{},\"name\":{},\"dir\":\"{dir}\"}}",
                json_string(l.tag),
                json_string(l.english_name)
            )
        })
        .collect();
    let labels: Vec<String> = Action::ALL
        .iter()
        .filter(|a| a.has_label())
        .map(|&a| {
            let per_lang: Vec<String> = langs
                .iter()
                .map(|l| {
                    format!(
                        "{}:{}",
                        json_string(l.tag),
                        json_string(action_label(a, l.id))
                    )
                })
                .collect();
            format!("{}:{{{}}}", json_string(a.as_str()), per_lang.join(","))
        })
        .collect();
    let codes: Vec<String> = entries()
        .iter()
        .map(|e| {
            let texts: Vec<String> = langs
                .iter()
                .map(|l| {
                    format!(
                        "{}:[{},{}]",
                        json_string(l.tag),
                        json_string(e.summary(l)),
                        json_string(e.remedy(l))
                    )
                })
                .collect();
            format!(
                "{{\"code\":{},\"name\":{},\"category\":{},\"action\":{},\"audience\":{},\"texts\":{{{}}}}}",
                e.code,
                json_string(e.name),
                json_string(room_errors_core::category(e.code).as_str()),
                json_string(room_errors_core::action(e.code).as_str()),
                json_string(room_errors_core::audience(e.code).as_str()),
                texts.join(",")
            )
        })
        .collect();
    // JSON has no `<` outside strings; escaping it keeps `</script>` out of the element.
    format!(
        "{{\"languages\":[{}],\n\"labels\":{{{}}},\n\"codes\":[\n{}\n]}}",
        languages.join(","),
        labels.join(","),
        codes.join(",\n")
    )
    .replace('<', "\\u003c")
}

/// The page for `langs`.
pub fn page(langs: &[Language]) -> File {
    File {
        path: "room-errors.html".into(),
        text: PAGE
            .replacen("@VERSION@", room_errors_core::VERSION, 1)
            .replacen("@DATA@", &data(langs), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_script_end_inside_the_data() {
        let text = page(&room_errors_core::languages().collect::<Vec<_>>()).text;
        assert_eq!(text.matches("</script>").count(), 2);
        assert!(!text.contains("@DATA@") && !text.contains("@VERSION@"));
    }
}
