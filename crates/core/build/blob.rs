//! The blob: every string the library returns, NUL-terminated, each stored once per segment and
//! addressed by its offset from the start of its segment. Segment 0 holds the empty string (offset
//! 0 reads as `""`), the category and action names, the language tags and the code names; each
//! language's texts form a segment of their own, the unknown code's first (offset 0).
//!
//! A summary with a remedy is stored right before its message (`summary\0summary remedy\0`): the
//! remedy is the message's tail, found from the two offsets, and costs no bytes or table. Such a
//! pair is shared only with an equal pair.

use std::collections::HashMap;

use crate::catalog::{ACTION_LABELS, LANGUAGES, LANGUAGE_COUNT, ROWS, UNKNOWN, USER_FALLBACK};
use crate::rows::Text;
use crate::{Action, Category};

/// The stored strings and where each of the catalog's strings is.
pub(crate) struct Blob {
    pub(crate) bytes: Vec<u8>,
    /// Where each segment starts in `bytes`: names, then each language.
    pub(crate) segment_starts: Vec<u32>,
    /// Offsets in segment 0.
    pub(crate) categories: Vec<u32>,
    pub(crate) actions: Vec<u32>,
    pub(crate) tags: Vec<u32>,
    /// By catalog row.
    pub(crate) names: Vec<u32>,
    /// Per language (offsets in its segment).
    pub(crate) languages: Vec<LanguageStrings>,
}

/// One language's strings, as offsets in its segment.
#[derive(Default)]
pub(crate) struct LanguageStrings {
    /// Per catalog row: the summary and the message (equal when there is no remedy).
    pub(crate) summaries: Vec<u32>,
    pub(crate) messages: Vec<u32>,
    pub(crate) fallback: u32,
    /// By action id (0 for actions without a label).
    pub(crate) labels: Vec<u32>,
}

/// Appends strings to the current segment, storing each distinct one once.
struct Writer {
    bytes: Vec<u8>,
    segment_start: usize,
    /// (whether it is a summary + message pair, its bytes) → offset in the current segment.
    stored: HashMap<(bool, Vec<u8>), u32>,
}

impl Writer {
    fn start_segment(&mut self) -> u32 {
        self.segment_start = self.bytes.len();
        self.stored.clear();
        self.segment_start as u32
    }

    /// Stores `s` (described by `what` in a build error) unless it is stored already.
    fn put(&mut self, s: &str, what: &str) -> u32 {
        if s.contains('\0') {
            panic!("{what} contains a NUL byte: {s:?}");
        }
        let next = (self.bytes.len() - self.segment_start) as u32;
        let offset = *self.stored.entry((false, s.into())).or_insert(next);
        if offset == next {
            self.bytes.extend_from_slice(s.as_bytes());
            self.bytes.push(0);
        }
        offset
    }

    /// A text's summary and message: one string when there is no remedy, else the pair.
    fn put_text(&mut self, text: Text, separator: &str, what: &str) -> (u32, u32) {
        if text.summary.is_empty() {
            panic!("{what}: the summary is empty");
        }
        if text.remedy.is_empty() {
            let offset = self.put(text.summary, what);
            return (offset, offset);
        }
        let message = [text.summary, separator, text.remedy].concat();
        if message.contains('\0') {
            panic!("{what} contains a NUL byte: {message:?}");
        }
        let mut key = [text.summary, "\0", &message].concat().into_bytes();
        let next = (self.bytes.len() - self.segment_start) as u32;
        let summary = *self.stored.entry((true, key.clone())).or_insert(next);
        if summary == next {
            key.push(0);
            self.bytes.append(&mut key);
        }
        (summary, summary + text.summary.len() as u32 + 1)
    }
}

/// Stores every string of the catalog.
pub(crate) fn build() -> Blob {
    let mut w = Writer {
        bytes: Vec::new(),
        segment_start: 0,
        stored: HashMap::new(),
    };
    let mut segment_starts = vec![w.start_segment()];
    w.put("", "");
    let categories = Category::ALL
        .iter()
        .map(|c| w.put(c.as_str(), "a category"))
        .collect();
    let actions = Action::ALL
        .iter()
        .map(|a| w.put(a.as_str(), "an action"))
        .collect();
    let tags = LANGUAGES.iter().map(|l| w.put(l.tag, "a tag")).collect();
    let names = ROWS
        .iter()
        .map(|r| w.put(r.name, &format!("code {}'s name", r.code)))
        .collect();
    let mut languages = Vec::new();
    for l in 0..LANGUAGE_COUNT {
        segment_starts.push(w.start_segment());
        let (separator, tag) = (LANGUAGES[l].separator, LANGUAGES[l].tag);
        let unknown = w.put_text(
            UNKNOWN[l],
            separator,
            &format!("the {tag} unknown-code text"),
        );
        assert_eq!(
            unknown,
            (0, 0),
            "the unknown code's text has no remedy and comes first"
        );
        let mut strings = LanguageStrings::default();
        for row in ROWS {
            let what = format!("code {}'s {tag} text", row.code);
            let (summary, message) = w.put_text(row.texts[l], separator, &what);
            strings.summaries.push(summary);
            strings.messages.push(message);
        }
        let what = format!("the {tag} user fallback");
        strings.fallback = w.put_text(USER_FALLBACK[l], separator, &what).1;
        for (a, action) in Action::ALL.iter().enumerate() {
            let label = ACTION_LABELS[a][l];
            let what = format!("the {tag} label of {}", action.as_str());
            strings.labels.push(if action.has_label() {
                w.put(label, &what)
            } else {
                0
            });
        }
        languages.push(strings);
    }
    Blob {
        bytes: w.bytes,
        segment_starts,
        categories,
        actions,
        tags,
        names,
        languages,
    }
}
