//! One tag to its closest catalog language, as ICU's `LocaleMatcher` measures closeness (CLDR's
//! language matching): the tag is parsed (`parse.rs`), its missing script and region are filled
//! in from CLDR's likely subtags ([`maximize`]), and its distance to each catalog language its
//! language leads to (the catalog tags maximized the same way, at compile time) is the sum of a
//! language, a script and a region distance ([`closest`]). The closest language below
//! [`THRESHOLD`] wins, the first in id order among equals.
//!
//! A lone tag is answered without distances where it can be ([`quick`]): most tags have a common
//! shape and a catalog language in their script.

use super::cldr::{
    self, find, REGIONS_BY_SCRIPT, REGION_GROUPS, SCRIPTS_BY_REGION, SCRIPT_DISTANCE, SCRIPT_RULES,
    UND_REGIONS, UND_SCRIPTS, UND_SCRIPT_REGIONS,
};
use super::parse::{common, full, Lsr};
use super::subtag::{pack, Reader, Subtag, NONE};
use crate::catalog::LANGUAGE_COUNT;
use core::iter::Take;

/// A catalog language a tag matches, and how far it is from the tag (CLDR's distance: 0 for the
/// same language, script and region; always below [`THRESHOLD`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub lang: i32,
    pub distance: u32,
}

/// Distances from this one up mean no match (ICU's default: CLDR's script distance).
pub(crate) const THRESHOLD: u32 = SCRIPT_DISTANCE;

/// The catalog language for a tag given as bytes, English (0) if none matches; stops at the first
/// NUL. Tags [`quick`] cannot answer are read again as list entries are, so one copy of the full
/// parser and the matching serves both.
pub(crate) fn negotiate<I: Reader>(input: I) -> i32 {
    match quick(input.clone()) {
        Some(lang) => lang,
        None => slow(input),
    }
}

/// A lone tag [`quick`] did not answer, read as a list entry.
#[inline(never)]
fn slow<I: Iterator<Item = u8>>(input: I) -> i32 {
    matched(input.take(usize::MAX)).map_or(0, |m| m.lang)
}

/// The answer for a tag of a common shape (see `parse.rs`) whose language is not `und`: English
/// if the language leads to no catalog language, else the catalog language in the tag's script
/// (which [`closest`] would find nearest); `None` for every other tag.
#[inline(always)]
fn quick(input: impl Reader) -> Option<i32> {
    let lsr = common(input)?;
    let Some(row) = cldr::language(lsr.lang) else {
        return Some(0);
    };
    row.target_in(fill(lsr, row).script).map(|lang| lang as i32)
}

/// The catalog language closest to a list entry's tag (or a lone tag [`quick`] did not answer),
/// if any is close enough.
#[inline(never)]
pub(crate) fn matched<I: Iterator<Item = u8>>(tag: Take<I>) -> Option<Match> {
    closest(full(tag)?)
}

/// The catalog language closest to a parsed tag. Only the catalog languages its language leads
/// to can be close enough: their distance is that language distance plus the script and region
/// distance. A catalog language with the very same subtags (which ICU looks for first) is the
/// one in the tag's script, at distance 0.
#[inline(always)]
fn closest(desired: Lsr) -> Option<Match> {
    let (desired, row) = maximize(desired)?;
    match in_script(&desired, row) {
        Some((lang, supported)) => Some(Match {
            lang,
            distance: u32::from(row.distance) + region_distance(&desired, supported),
        }),
        None => nearest(&desired, row),
    }
}

/// The catalog language `row` leads to in a maximized tag's script, if any, and its subtags: the
/// nearest of them, since the others are a script rule further, and those rules outweigh every
/// region distance (checked below).
#[inline(always)]
fn in_script(desired: &Lsr, row: &cldr::Language) -> Option<(i32, &'static Lsr)> {
    let lang = row.target_in(desired.script)?;
    Some((lang as i32, SUPPORTED.get(lang)?))
}

/// The catalog languages `row` leads to: their ids and maximized subtags.
#[inline(always)]
fn candidates(row: &cldr::Language) -> impl Iterator<Item = (i32, &'static Lsr)> + '_ {
    row.targets()
        .filter_map(|lang| Some((lang as i32, SUPPORTED.get(lang)?)))
}

/// The catalog language `row` leads to that is nearest to a maximized tag written in none of
/// their scripts, by CLDR's script rules; `None` if no rule brings one close enough.
#[inline(never)]
fn nearest(desired: &Lsr, row: &cldr::Language) -> Option<Match> {
    let mut best: Option<Match> = None;
    for (lang, supported) in candidates(row) {
        let Some(rule) = find(&SCRIPT_RULES, |rule| {
            rule.desired == desired.lang
                && rule.supported == supported.lang
                && rule.from == desired.script
                && rule.to == supported.script
        }) else {
            continue;
        };
        let region = if desired.region == supported.region {
            0
        } else {
            rule.region
        };
        let distance = u32::from(row.distance) + rule.distance + region;
        if distance < best.map_or(THRESHOLD, |b| b.distance) {
            best = Some(Match { lang, distance });
        }
    }
    best
}

// `closest` may take the catalog language in a tag's script without measuring the others: every
// catalog language has a script (checked in `supported`), a script rule between two catalog
// languages of one primary subtag outweighs the largest region distance, and a language distance
// plus that stays below the threshold.
const _: () = {
    assert!(cldr::DEFAULT_REGION_DISTANCE <= cldr::GROUP_REGION_DISTANCE);
    let mut i = 0;
    while i < SCRIPT_RULES.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        let rule = SCRIPT_RULES[i];
        let (mut candidates, mut l) = (0, 0);
        while l < LANGUAGE_COUNT {
            #[allow(clippy::indexing_slicing)] // const evaluation only
            if SUPPORTED[l].lang == rule.supported {
                candidates += 1;
            }
            l += 1;
        }
        assert!(
            candidates < 2 || rule.distance > cldr::GROUP_REGION_DISTANCE,
            "a script rule between catalog languages outweighs a region distance"
        );
        i += 1;
    }
    let mut r = 0;
    while r < cldr::LANGUAGES_KEPT.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        let distance = cldr::LANGUAGES_KEPT[r].distance as u32;
        assert!(
            distance + cldr::GROUP_REGION_DISTANCE < THRESHOLD,
            "a language distance and a region distance stay below the threshold"
        );
        r += 1;
    }
};

/// Fills in a tag's missing subtags (the language too, for `und`) from likely subtags, with its
/// language's row; `None` if the language leads to no catalog language.
#[inline(always)]
fn maximize(mut lsr: Lsr) -> Option<(Lsr, &'static cldr::Language)> {
    if lsr.lang == NONE {
        lsr = undetermined(lsr)?;
    }
    let row = cldr::language(lsr.lang)?;
    Some((fill(lsr, row), row))
}

/// Fills in a tag's missing script and region from likely subtags: its language's (`row`), or
/// those of its region or script where CLDR makes an exception.
#[inline(always)]
fn fill(mut lsr: Lsr, row: &cldr::Language) -> Lsr {
    if lsr.script == NONE {
        // A few rows, one per language (checked in `cldr.rs`): compared inline.
        lsr.script = SCRIPTS_BY_REGION
            .iter()
            .find(|e| e.lang == lsr.lang)
            .filter(|e| e.regions.has(lsr.region))
            .map_or(row.script, |e| e.script);
    }
    if lsr.region == NONE {
        lsr.region = exception(&REGIONS_BY_SCRIPT, lsr.lang, lsr.script).unwrap_or(row.region);
    }
    lsr
}

/// The language (and the script, from a region alone) of an `und` tag, from likely subtags;
/// `None` for a region of a language that leads to no catalog language.
#[inline(never)]
fn undetermined(mut lsr: Lsr) -> Option<Lsr> {
    if lsr.script != NONE {
        let und = find(&UND_SCRIPTS, |row| row.when == lsr.script);
        lsr.lang = und.map_or(pack("en"), |row| row.lang);
        if lsr.region == NONE {
            lsr.region = und.map_or(pack("US"), |row| row.then);
        } else if let Some(row) = find(&UND_SCRIPT_REGIONS, |row| {
            row.script == lsr.script && row.regions.has(lsr.region)
        }) {
            lsr.lang = row.lang;
        }
    } else {
        let row = find(&UND_REGIONS, |row| row.regions.has(lsr.region))?;
        (lsr.lang, lsr.script) = (row.lang, row.script);
    }
    Some(lsr)
}

fn exception(table: &'static [cldr::Likely], lang: Subtag, when: Subtag) -> Option<Subtag> {
    // A few rows: compared inline.
    table
        .iter()
        .find(|row| row.lang == lang && row.when == when)
        .map(|row| row.then)
}

/// The region distance between a maximized tag and a catalog language in its script.
fn region_distance(desired: &Lsr, supported: &Lsr) -> u32 {
    if desired.region == supported.region {
        0
    } else {
        group_distance(desired, supported)
    }
}

/// The distance between two different regions of one language and script: by CLDR's region
/// groups where it has them, else the default.
fn group_distance(desired: &Lsr, supported: &Lsr) -> u32 {
    if desired.lang != supported.lang {
        return cldr::DEFAULT_REGION_DISTANCE;
    }
    find(&REGION_GROUPS, |g| {
        g.lang == desired.lang && (g.script == NONE || g.script == desired.script)
    })
    .map_or(cldr::DEFAULT_REGION_DISTANCE, |g| {
        if g.regions.has(desired.region) == g.regions.has(supported.region) {
            cldr::DEFAULT_REGION_DISTANCE
        } else {
            cldr::GROUP_REGION_DISTANCE
        }
    })
}

/// The catalog languages' tags, maximized, by id.
static SUPPORTED: [Lsr; LANGUAGE_COUNT] = supported();

/// Maximizes the catalog tags: `primary[-Script]`, the script and region from the primary's
/// likely subtags (and [`REGIONS_BY_SCRIPT`]). Every catalog language needs its likely subtags
/// in `cldr.rs`: the build fails without them.
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
const fn supported() -> [Lsr; LANGUAGE_COUNT] {
    let mut out = [Lsr {
        lang: NONE,
        script: NONE,
        region: NONE,
    }; LANGUAGE_COUNT];
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        let lang = cldr::primary_of(l);
        let script = cldr::catalog_script(l);
        let mut region = NONE;
        let mut i = 0;
        while i < cldr::LANGUAGES_KEPT.len() {
            if cldr::LANGUAGES_KEPT[i].lang == lang {
                region = cldr::LANGUAGES_KEPT[i].region;
            }
            i += 1;
        }
        let mut i = 0;
        while i < REGIONS_BY_SCRIPT.len() {
            if REGIONS_BY_SCRIPT[i].lang == lang && REGIONS_BY_SCRIPT[i].when == script {
                region = REGIONS_BY_SCRIPT[i].then;
            }
            i += 1;
        }
        out[l] = Lsr {
            lang,
            script,
            region,
        };
        let mut k = 0;
        while k < l {
            assert!(
                out[k].lang != lang || out[k].script != script,
                "two catalog languages with the same language and script"
            );
            k += 1;
        }
        l += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::{cldr, matched, quick};
    use std::format;
    use std::string::String;

    fn unpack(subtag: u32) -> String {
        subtag
            .to_be_bytes()
            .iter()
            .filter(|&&b| b != 0)
            .map(|&b| char::from(b))
            .collect()
    }

    /// Wherever `quick` answers a lone tag, `matched` (the full parser and the distance search)
    /// gives the same language: every language CLDR's rows name, two that lead nowhere and two
    /// aliases, in every script of the tables and none, with every 2-letter region and none.
    #[test]
    fn the_quick_answer_is_the_closest_language() {
        let mut languages: std::vec::Vec<String> = cldr::LANGUAGES_KEPT
            .iter()
            .map(|row| unpack(row.lang))
            .collect();
        languages.extend(["de", "fr", "cmn", "zho"].map(String::from));
        let scripts = [
            "", "Latn", "Hans", "Hant", "Hani", "Bopo", "Jpan", "Hira", "Kore", "Hang", "Arab",
            "Cyrl", "Thai", "Tibt", "Armn", "Zzzz",
        ];
        let mut regions = std::vec![String::new()];
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                regions.push(format!("{}{}", char::from(a), char::from(b)));
            }
        }
        let mut answered = 0;
        for language in &languages {
            for script in scripts {
                for region in &regions {
                    let mut tag = language.clone();
                    for part in [script, region.as_str()] {
                        if !part.is_empty() {
                            tag.push('-');
                            tag.push_str(part);
                        }
                    }
                    if let Some(lang) = quick(tag.bytes()) {
                        let full = matched(tag.bytes().take(usize::MAX)).map_or(0, |m| m.lang);
                        assert_eq!(lang, full, "{tag}");
                        answered += 1;
                    }
                }
            }
        }
        assert!(answered > 90_000, "only {answered} tags answered quickly");
        for tag in ["en-US", "zh_TW", "zh-Hant-HK", "yue", "de-DE", "ja-Jpan-JP"] {
            assert!(quick(tag.bytes()).is_some(), "{tag}");
        }
    }
}
