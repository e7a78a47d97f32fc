//! A BCP 47 or POSIX tag to its language, script and region subtags, canonicalized.
//!
//! BCP 47: `language[-extlang][-script][-region][-variant…][-singleton-…]`; an extended language
//! subtag replaces the language (`zh-yue` is `yue`, `zh-cmn` is `zh`), legacy tags are mapped
//! (`zh-min-nan`, `zh-hakka`, `zh-xiang`, `zh-guoyu`, `i-default`), CLDR's language aliases apply
//! (`cmn`, `zho`, `in`, …), and extensions and private use (from the first singleton on) are
//! ignored, as are variants. A script or region out of BCP 47's order is ignored; a malformed
//! subtag (empty, over 8 bytes, or not only letters or only digits) ends the reading. POSIX:
//! `language_REGION.charset@modifier`; the charset and modifier are ignored.

use super::cldr::{find, ALIASES};
use super::subtag::{pack, word, Kind, Read, Subtag, Subtags, NONE};

/// A tag's language, script and region ([`NONE`] where absent; language [`NONE`] is `und`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Lsr {
    pub lang: Subtag,
    pub script: Subtag,
    pub region: Subtag,
}

const UND: Subtag = pack("und");
const ZH: Subtag = pack("zh");

/// Parses a tag; `None` for one that names no language at all (malformed, `und` alone, private
/// use only, `C`, `POSIX`, …).
pub(crate) fn parse(input: impl Iterator<Item = u8>) -> Option<Lsr> {
    let mut subtags = Subtags::new(input);
    let first = subtags.next()?;
    let mut lsr = Lsr {
        lang: language(&first, &mut subtags)?,
        script: NONE,
        region: NONE,
    };
    let mut position = Position::Extlang;
    for subtag in subtags {
        match (subtag.kind, subtag.len) {
            (Kind::Letters, 3) if position == Position::Extlang => {
                lsr.lang = if lsr.lang == ZH && subtag.packed == pack("min") {
                    pack("nan")
                } else {
                    subtag.packed
                };
                position = Position::Extlangs;
            }
            // More extended language subtags: ignored.
            (Kind::Letters, 3) if position == Position::Extlangs => {}
            (Kind::Letters, 4) if position <= Position::Script => {
                lsr.script = subtag.packed;
                position = Position::Region;
            }
            (Kind::Letters, 2) | (Kind::Digits, 3) if position <= Position::Region => {
                lsr.region = subtag.packed;
                position = Position::Variants;
            }
            (Kind::Letters, 5) if position == Position::Extlang && lsr.lang == ZH => {
                match legacy_chinese(&subtag) {
                    Some(lang) => {
                        lsr.lang = lang;
                        position = Position::Script;
                    }
                    None => position = Position::Variants,
                }
            }
            // An extension, private use, or a malformed subtag: the rest is ignored.
            (Kind::Other, _) | (_, 1) | (_, 9..) => break,
            _ => position = Position::Variants,
        }
    }
    lsr.lang = canonical(lsr.lang);
    (lsr.lang != NONE || lsr.script != NONE || lsr.region != NONE).then_some(lsr)
}

/// Where the next subtag may go, in BCP 47's order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Position {
    Extlang,
    Extlangs,
    Script,
    Region,
    Variants,
}

/// The language of a tag's first subtag ([`NONE`] for `und`); `None` if it names none.
fn language(first: &Read, rest: &mut impl Iterator<Item = Read>) -> Option<Subtag> {
    if first.letters(2..=3) {
        return Some(if first.packed == UND {
            NONE
        } else {
            first.packed
        });
    }
    // `i-default` is English; other `i-` tags and `x-` (private use) name no language.
    if first.letters(1..=1) && first.packed == Subtag::from(b'i') {
        return rest
            .next()
            .filter(|next| next.letters(7..=7) && next.word == word("default"))
            .map(|_| pack("en"));
    }
    None
}

/// `zh-guoyu`, `zh-hakka`, `zh-xiang`: the language each legacy tag names.
fn legacy_chinese(subtag: &Read) -> Option<Subtag> {
    const GUOYU: u64 = word("guoyu");
    const HAKKA: u64 = word("hakka");
    const XIANG: u64 = word("xiang");
    match subtag.word {
        GUOYU => Some(ZH),
        HAKKA => Some(pack("hak")),
        XIANG => Some(pack("hsn")),
        _ => None,
    }
}

/// A language subtag with CLDR's aliases replaced (all 3 letters, but `in`).
fn canonical(lang: Subtag) -> Subtag {
    if lang <= 0xffff && lang != pack("in") {
        return lang;
    }
    find(ALIASES, |&(alias, _)| alias == lang).map_or(lang, |&(_, to)| to)
}
