//! `bindings/js/package/cldr.js`: the CLDR rows the JavaScript negotiation (`negotiate.js`, a port
//! of `crates/core/src/lang`) reads, taken from the core's own rows as the core selects them
//! (`lang.rs`): subtags as lowercase strings, region sets as strings of 2-letter regions.

use std::fmt::Write;

use crate::catalog::LANGUAGE_COUNT;
use crate::lang::cldr::{self, RegionList, Regions};
use crate::lang::subtag::{pack, Subtag, NONE};
use crate::names::GENERATED;

/// A packed subtag as the lowercase string it was packed from (`""` for none).
fn unpack(subtag: Subtag) -> String {
    subtag
        .to_be_bytes()
        .iter()
        .filter(|&&b| b != 0)
        .map(|&b| char::from(b))
        .collect()
}

/// A quoted subtag.
fn q(subtag: Subtag) -> String {
    format!("'{}'", unpack(subtag))
}

/// Every 2-letter region of a set, in order, concatenated (`'hkmotw'`).
fn regions(set: &Regions) -> String {
    let mut out = String::from("'");
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            let region = [a, b];
            let region = std::str::from_utf8(&region).unwrap_or_default();
            if set.has(pack(region)) {
                out.push_str(region);
            }
        }
    }
    out.push('\'');
    out
}

/// Rows with region sets as `[lang, script, regions]`.
fn region_lists(rows: &[RegionList]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|r| format!("[{},{},{}]", q(r.lang), q(r.script), regions(&r.regions)))
        .collect();
    format!("[{}]", rows.join(","))
}

/// Likely-subtag rows as `[lang, when, then]`.
fn likely(rows: &[cldr::Likely]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|r| format!("[{},{},{}]", q(r.lang), q(r.when), q(r.then)))
        .collect();
    format!("[{}]", rows.join(","))
}

/// The catalog languages' tags maximized, by id, as the core's `tag.rs` does: the primary
/// subtag, the tag's script (else the primary's likely one), the primary's likely region unless
/// the script has its own.
fn supported() -> Vec<[Subtag; 3]> {
    (0..LANGUAGE_COUNT)
        .map(|l| {
            let lang = cldr::primary_of(l);
            let script = cldr::catalog_script(l);
            let mut region = NONE;
            for row in cldr::LANGUAGES_KEPT.iter().filter(|row| row.lang == lang) {
                region = row.region;
            }
            for row in cldr::REGIONS_BY_SCRIPT
                .iter()
                .filter(|r| r.lang == lang && r.when == script)
            {
                region = row.then;
            }
            [lang, script, region]
        })
        .collect()
}

/// Every alias the core replaces (`canonical`), found by asking it about every subtag of 2 and
/// 3 letters: `{alias: language}`.
fn aliases() -> String {
    let mut out = Vec::new();
    let letters = || b'a'..=b'z';
    let mut probe = |s: &str| {
        let to = cldr::canonical(pack(s));
        if to != pack(s) {
            out.push(format!("{s}:{}", q(to)));
        }
    };
    for a in letters() {
        for b in letters() {
            probe(&format!("{}{}", char::from(a), char::from(b)));
            for c in letters() {
                probe(&format!(
                    "{}{}{}",
                    char::from(a),
                    char::from(b),
                    char::from(c)
                ));
            }
        }
    }
    format!("{{{}}}", out.join(","))
}

/// The contents of `cldr.js`.
pub fn tables() -> String {
    let mut out = format!(
        "// {GENERATED}\n// The CLDR rows of crates/core/src/lang/cldr.rs that lead to a catalog language, for negotiate.js.\n\n"
    );
    let _ = writeln!(out, "// Language aliases: {{alias: language}} (keys of 2 or 3 letters: no Object.prototype name).");
    let _ = writeln!(out, "export const ALIASES = {};", aliases());
    let _ = writeln!(
        out,
        "// Languages: {{language: [likely script, likely region, language distance, catalog ids it leads to...]}}."
    );
    let rows: Vec<String> = cldr::LANGUAGES_KEPT
        .iter()
        .map(|row| {
            let mut fields = vec![q(row.script), q(row.region), row.distance.to_string()];
            fields.extend(row.targets().map(|id| id.to_string()));
            format!("{}:[{}]", unpack(row.lang), fields.join(","))
        })
        .collect();
    let _ = writeln!(out, "export const LANGUAGES = {{{}}};", rows.join(","));
    let _ = writeln!(
        out,
        "// [language, script, regions]: the language's script in those regions."
    );
    let _ = writeln!(
        out,
        "export const SCRIPTS_BY_REGION = {};",
        region_lists(&cldr::SCRIPTS_BY_REGION)
    );
    let _ = writeln!(
        out,
        "// [language, script, region]: the language's region in that script."
    );
    let _ = writeln!(
        out,
        "export const REGIONS_BY_SCRIPT = {};",
        likely(&cldr::REGIONS_BY_SCRIPT)
    );
    let _ = writeln!(out, "// und-REGION: [language, script, regions].");
    let _ = writeln!(
        out,
        "export const UND_REGIONS = {};",
        region_lists(&cldr::UND_REGIONS)
    );
    let _ = writeln!(out, "// und-SCRIPT: [language, script, region].");
    let _ = writeln!(
        out,
        "export const UND_SCRIPTS = {};",
        likely(&cldr::UND_SCRIPTS)
    );
    let _ = writeln!(
        out,
        "// und-SCRIPT-REGION: [language ('' for none), script, regions]."
    );
    let _ = writeln!(
        out,
        "export const UND_SCRIPT_REGIONS = {};",
        region_lists(&cldr::UND_SCRIPT_REGIONS)
    );
    let _ = writeln!(
        out,
        "// Script rules: [desired, supported, from script, to script, distance, region distance]."
    );
    let rules: Vec<String> = cldr::SCRIPT_RULES
        .iter()
        .map(|r| {
            format!(
                "[{},{},{},{},{},{}]",
                q(r.desired),
                q(r.supported),
                q(r.from),
                q(r.to),
                r.distance,
                r.region
            )
        })
        .collect();
    let _ = writeln!(out, "export const SCRIPT_RULES = [{}];", rules.join(","));
    let _ = writeln!(
        out,
        "// Region groups: [language, script ('' for any), regions]."
    );
    let _ = writeln!(
        out,
        "export const REGION_GROUPS = {};",
        region_lists(&cldr::REGION_GROUPS)
    );
    let _ = writeln!(
        out,
        "// The catalog languages maximized, by id: [language, script, region]."
    );
    let supported: Vec<String> = supported()
        .iter()
        .map(|s| format!("[{},{},{}]", q(s[0]), q(s[1]), q(s[2])))
        .collect();
    let _ = writeln!(out, "export const SUPPORTED = [{}];", supported.join(","));
    let _ = writeln!(
        out,
        "// Distances: different scripts (no match from here up), different regions, across a region group.\nexport const SCRIPT_DISTANCE = {};\nexport const REGION_DISTANCE = {};\nexport const GROUP_REGION_DISTANCE = {};",
        cldr::SCRIPT_DISTANCE,
        cldr::DEFAULT_REGION_DISTANCE,
        cldr::GROUP_REGION_DISTANCE
    );
    out
}
