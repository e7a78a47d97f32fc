//! A BCP 47 or POSIX tag to its language, script and region subtags, canonicalized.
//!
//! BCP 47: `language[-extlang][-script][-region][-variant…][-singleton-…]`; an extended language
//! subtag replaces the language (`zh-yue` is `yue`, `zh-cmn` is `zh`), legacy tags are mapped
//! (`zh-min-nan`, `zh-hakka`, `zh-xiang`, `zh-guoyu`, `i-default`), CLDR's language aliases apply
//! (`cmn`, `zho`, `in`, …), and extensions and private use (from the first singleton on) are
//! ignored, as are variants. A script or region out of BCP 47's order is ignored; a malformed
//! subtag (empty, over 8 bytes, or not only letters or only digits) ends the reading. POSIX:
//! `language_REGION.charset@modifier`; the charset and modifier are ignored. A byte where no tag
//! continues (whitespace, `,`, `:`, `;`, see [`super::subtag::END`]) ends the tag as NUL does.

use super::cldr::canonical;
use super::subtag::{pack, word, Kind, Read, Reader, Subtag, Subtags, END, NONE, SEPARATOR};

/// A tag's language, script and region ([`NONE`] where absent; language [`NONE`] is `und`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Lsr {
    pub lang: Subtag,
    pub script: Subtag,
    pub region: Subtag,
}

const UND: Subtag = pack("und");
const IN: Subtag = pack("in");
const ZH: Subtag = pack("zh");

/// The shapes almost every tag has, `ll`, `ll-RR`, `ll-Ssss` and `ll-Ssss-RR` with a language
/// of 2 or 3 letters (any case, `-` or `_`), read in one pass that only tells letters from
/// separators and ends; `None` for every other tag and for `und` tags, which [`full`] reads.
/// The reading stops at a region, after which the full parser reads nothing either, and at a
/// script, after which a region cannot change a lone tag's answer (the catalog language in the
/// tag's script, `tag.rs`), so the region is left out. Otherwise it answers as [`full`] does.
#[inline(always)]
pub(crate) fn common(mut input: impl Reader) -> Option<Lsr> {
    let (lang, end) = letters(&mut input)?;
    let lang = match lang {
        // Most languages have 2 letters, and no alias but `in`'s.
        LETTERS_2..LETTERS_3 if lang != IN => lang,
        UND => return None,
        LETTERS_2..LETTERS_4 => canonical(lang),
        _ => return None,
    };
    let mut lsr = Lsr {
        lang,
        script: NONE,
        region: NONE,
    };
    if !end {
        match letters(&mut input)?.0 {
            script @ LETTERS_4.. => lsr.script = script,
            region @ LETTERS_2..LETTERS_3 => lsr.region = region,
            // An extension or private use: the rest is ignored.
            LETTERS_1..LETTERS_2 => {}
            _ => return None,
        }
    }
    Some(lsr)
}

/// The smallest packed subtag of 1, 2, 3 and 4 letters.
const LETTERS_1: Subtag = 1;
const LETTERS_2: Subtag = 1 << 8;
const LETTERS_3: Subtag = 1 << 16;
const LETTERS_4: Subtag = 1 << 24;

/// The tag, if it names anything.
#[inline(always)]
fn named(lsr: Lsr) -> Option<Lsr> {
    (lsr.lang != NONE || lsr.script != NONE || lsr.region != NONE).then_some(lsr)
}

/// Reads up to 4 letters and the byte after them: the letters packed (lowercased; their number
/// shows in the value, see [`LETTERS_1`]), and whether the tag ends there (`true`) or a separator
/// follows (`false`); `None` if any other byte, or a fifth letter, follows.
#[inline(always)]
fn letters(input: &mut impl Reader) -> Option<(Subtag, bool)> {
    let (mut packed, mut len) = (NONE, 0);
    loop {
        let class = input.class();
        if class >= b'a' && len < 4 {
            input.step();
            packed = packed << 8 | Subtag::from(class);
            len += 1;
            continue;
        }
        return match class {
            END => Some((packed, true)),
            SEPARATOR => {
                input.step();
                Some((packed, false))
            }
            _ => None,
        };
    }
}

/// Parses a tag; `None` for one that names no language at all (malformed, `und` alone, private
/// use only, `C`, `POSIX`, …).
pub(crate) fn full(input: impl Iterator<Item = u8>) -> Option<Lsr> {
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
    named(lsr)
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

#[cfg(test)]
mod tests {
    extern crate std;
    use super::{common, full, Lsr, NONE};
    use std::string::String;

    /// `common` answers as `full` does wherever it answers (but for the region after a script):
    /// over tags made of up to four subtags of every shape around the ones it takes, joined by
    /// every kind of separator and end. It answers for the shapes it is for.
    #[test]
    fn the_common_shapes_read_as_the_full_parser_does() {
        const SUBTAGS: [&str; 14] = [
            "", "a", "Zh", "eN", "in", "und", "Hant", "hANS", "abcde", "1", "419", "a1", "\u{e9}",
            "x",
        ];
        const LAST: [&str; 6] = ["", "TW", "Latn", "419", "x", "abc"];
        const SEPARATORS: [&str; 8] = ["-", "_", ".", "@", "\0", ",", "\r", "--"];
        let check = |tag: &str| -> Option<Lsr> {
            let quick = common(tag.bytes());
            if quick.is_some() {
                // With a script, the quick pass leaves out the region.
                let full = full(tag.bytes().take(usize::MAX)).map(|lsr| Lsr {
                    region: if lsr.script == NONE { lsr.region } else { NONE },
                    ..lsr
                });
                assert_eq!(quick, full, "{tag:?}");
            }
            quick
        };
        let mut answered = 0;
        let mut tag = String::new();
        for a in SUBTAGS {
            for s1 in SEPARATORS {
                for b in SUBTAGS {
                    for s2 in SEPARATORS {
                        for c in SUBTAGS {
                            for s3 in SEPARATORS {
                                for d in LAST {
                                    tag.clear();
                                    for part in [a, s1, b, s2, c, s3, d] {
                                        tag.push_str(part);
                                    }
                                    answered += usize::from(check(&tag).is_some());
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(
            answered > 10_000,
            "only {answered} tags took the common path"
        );
        for tag in [
            "en",
            "en-US",
            "zh_TW.UTF-8",
            "zh-Hant",
            "zh-Hans-CN",
            "sr_Latn@x",
        ] {
            assert!(check(tag).is_some(), "{tag:?}");
        }
    }
}
