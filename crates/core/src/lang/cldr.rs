//! The CLDR data language matching needs (CLDR 42, as ICU 72 ships it: `likelySubtags` and
//! `languageInfo`), cut down to the languages that can reach a catalog language: the catalog's
//! own primary subtags and the languages CLDR lets fall back to them.
//!
//! Rows are written for the catalog's languages;
//! [`kept`] drops, at compile time, every row that leads to no catalog language, so a language
//! added to the catalog's `languages` block brings its rows along with no code change, and rows
//! for absent languages cost nothing. Subtags are packed ([`pack`]), so rows compare as integers.

use super::index::{slots, Index};
use super::subtag::{pack as p, Subtag, LONG, NONE};
use crate::catalog::{LANGUAGES, LANGUAGE_COUNT};

/// Language subtags CLDR replaces (ISO 639-2 codes, deprecated and macrolanguage codes), when the
/// replacement is a language below: `(alias, language)`.
static ALIASES: [(Subtag, Subtag); 20] = [
    (p("ara"), p("ar")),
    (p("arb"), p("ar")),
    (p("chi"), p("zh")),
    (p("cmn"), p("zh")),
    (p("eng"), p("en")),
    (p("in"), p("id")),
    (p("ind"), p("id")),
    (p("jpn"), p("ja")),
    (p("kor"), p("ko")),
    (p("may"), p("ms")),
    (p("msa"), p("ms")),
    (p("por"), p("pt")),
    (p("rus"), p("ru")),
    (p("spa"), p("es")),
    (p("tha"), p("th")),
    (p("tib"), p("bo")),
    (p("vie"), p("vi")),
    (p("zho"), p("zh")),
    (p("zsm"), p("ms")),
    (p("zyb"), p("za")),
];

/// A language and where it leads: to the catalog languages of the catalog primary subtag it falls
/// back to (its own for a catalog language; maybe none), at `distance` (CLDR's language
/// distance; 0 for itself). `script` and `region` are its likely subtags (`und-` tags: see
/// [`UND_SCRIPTS`], [`UND_REGIONS`]).
#[derive(Clone, Copy)]
pub(crate) struct Language {
    pub lang: Subtag,
    pub script: Subtag,
    pub region: Subtag,
    pub distance: u8,
    /// The catalog ids, in id order, then [`NO_TARGET`]s.
    targets: [u8; MAX_TARGETS],
    /// Their scripts ([`catalog_script`], set when the rows are selected), then [`LONG`]s, which
    /// no script equals.
    scripts: [Subtag; MAX_TARGETS],
}

/// The most catalog languages one primary subtag may have (`zh`: `zh-Hans`, `zh-Hant`).
const MAX_TARGETS: usize = 2;
const NO_TARGET: u8 = u8::MAX;

impl Language {
    /// The catalog ids it leads to, in id order.
    #[inline(always)]
    pub fn targets(&self) -> impl Iterator<Item = usize> + '_ {
        self.targets
            .iter()
            .map(|&id| usize::from(id))
            .take_while(|&id| id < LANGUAGE_COUNT)
    }

    /// The catalog language it leads to that is written in `script`, if any (one at most).
    #[inline(always)]
    pub fn target_in(&self, script: Subtag) -> Option<usize> {
        let k = self
            .scripts
            .iter()
            .position(|&written_in| written_in == script)?;
        self.targets.get(k).map(|&id| usize::from(id))
    }

    /// The row with its catalog languages' scripts.
    #[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
    const fn with_scripts(mut self) -> Language {
        let mut k = 0;
        while k < MAX_TARGETS {
            if self.targets[k] != NO_TARGET {
                self.scripts[k] = catalog_script(self.targets[k] as usize);
            }
            k += 1;
        }
        self
    }
}

/// The script of catalog language `l`: its tag's (`Hant` in `zh-Hant`), else its primary
/// subtag's likely script. Every catalog language needs a row here: the build fails without.
pub(crate) const fn catalog_script(l: usize) -> Subtag {
    #[allow(clippy::indexing_slicing)] // const evaluation only
    let script = script_of(LANGUAGES[l].tag.as_bytes());
    let row = any_language(primary_of(l));
    assert!(
        row.is_some(),
        "every catalog language has likely subtags in cldr.rs"
    );
    match row {
        Some(row) if script == NONE => row.script,
        _ => script,
    }
}

/// The packed script subtag of a catalog tag (`Hant` in `zh-Hant`), [`NONE`] if it has none.
#[allow(clippy::indexing_slicing)] // const evaluation only
const fn script_of(tag: &[u8]) -> Subtag {
    let mut i = 0;
    while i < tag.len() && tag[i] != b'-' {
        i += 1;
    }
    if i == tag.len() {
        return NONE;
    }
    assert!(
        tag.len() - i - 1 == 4,
        "a catalog tag is `primary` or `primary-Script`"
    );
    let mut packed = 0;
    i += 1;
    while i < tag.len() {
        packed = packed << 8 | tag[i].to_ascii_lowercase() as Subtag;
        i += 1;
    }
    packed
}

#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
const fn lang(lang: &str, target: &str, distance: u8, script: &str, region: &str) -> Language {
    let target = p(target);
    let (mut targets, mut count, mut l) = ([NO_TARGET; MAX_TARGETS], 0, 0);
    while l < LANGUAGE_COUNT {
        if primary_of(l) == target {
            assert!(
                count < MAX_TARGETS,
                "a primary subtag has at most MAX_TARGETS catalog languages"
            );
            targets[count] = l as u8;
            count += 1;
        }
        l += 1;
    }
    assert!(LANGUAGE_COUNT < NO_TARGET as usize);
    assert!(
        (distance == 0) == (p(lang) == target),
        "only a language itself is at distance 0"
    );
    Language {
        lang: p(lang),
        script: p(script),
        region: p(region),
        distance,
        targets,
        scripts: [LONG; MAX_TARGETS],
    }
}

/// The languages, each with its likely script and region. CLDR's fallbacks to English (bn, sw,
/// zu, …) are left out: English is the answer when nothing matches anyway.
const ALL_LANGUAGES: &[Language] = &[
    lang("en", "en", 0, "Latn", "US"),
    lang("zh", "zh", 0, "Hans", "CN"),
    lang("ja", "ja", 0, "Jpan", "JP"),
    lang("ko", "ko", 0, "Kore", "KR"),
    lang("ar", "ar", 0, "Arab", "EG"),
    lang("es", "es", 0, "Latn", "ES"),
    lang("pt", "pt", 0, "Latn", "BR"),
    lang("id", "id", 0, "Latn", "ID"),
    lang("vi", "vi", 0, "Latn", "VN"),
    lang("th", "th", 0, "Thai", "TH"),
    lang("ru", "ru", 0, "Cyrl", "RU"),
    // Chinese languages and neighbours CLDR matches to Chinese.
    lang("yue", "zh", 10, "Hant", "HK"),
    lang("gan", "zh", 10, "Hans", "CN"),
    lang("hak", "zh", 10, "Hans", "CN"),
    lang("hsn", "zh", 10, "Hans", "CN"),
    lang("lzh", "zh", 10, "Hans", "CN"),
    lang("nan", "zh", 10, "Hans", "CN"),
    lang("wuu", "zh", 10, "Hans", "CN"),
    lang("bo", "zh", 20, "Tibt", "CN"),
    lang("ug", "zh", 20, "Arab", "CN"),
    lang("za", "zh", 20, "Latn", "CN"),
    // Arabic varieties, and Central Kurdish.
    lang("aeb", "ar", 10, "Arab", "TN"),
    lang("apc", "ar", 10, "Arab", "ZZ"),
    lang("apd", "ar", 10, "Arab", "TG"),
    lang("arq", "ar", 10, "Arab", "DZ"),
    lang("ars", "ar", 10, "Arab", "SA"),
    lang("ary", "ar", 10, "Arab", "MA"),
    lang("arz", "ar", 10, "Arab", "EG"),
    lang("avl", "ar", 10, "Arab", "ZZ"),
    lang("shu", "ar", 10, "Arab", "ZZ"),
    lang("ckb", "ar", 30, "Arab", "IQ"),
    // Planned catalog languages' neighbours.
    lang("ay", "es", 20, "Latn", "BO"),
    lang("ca", "es", 20, "Latn", "ES"),
    lang("eu", "es", 20, "Latn", "ES"),
    lang("gl", "es", 20, "Latn", "ES"),
    lang("gn", "es", 20, "Latn", "PY"),
    lang("qu", "es", 30, "Latn", "PE"),
    lang("jv", "id", 20, "Latn", "ID"),
    lang("su", "id", 20, "Latn", "ID"),
    lang("ms", "id", 30, "Latn", "MY"),
    lang("be", "ru", 20, "Cyrl", "BY"),
    lang("uk", "ru", 20, "Cyrl", "UA"),
    lang("ab", "ru", 30, "Cyrl", "GE"),
    lang("kk", "ru", 30, "Cyrl", "KZ"),
    lang("ky", "ru", 30, "Cyrl", "KG"),
    lang("mn", "ru", 30, "Cyrl", "MN"),
    lang("tg", "ru", 30, "Cyrl", "TJ"),
    lang("tt", "ru", 30, "Cyrl", "RU"),
    lang("az", "ru", 30, "Latn", "AZ"),
    lang("tk", "ru", 30, "Latn", "TM"),
    lang("uz", "ru", 30, "Latn", "UZ"),
    lang("hy", "ru", 30, "Armn", "AM"),
];

/// A likely-subtag exception: `lang` in script `when` is at home in region `then` (`zh-Hant` is
/// `zh-Hant-TW`); for `und-SCRIPT` ([`UND_SCRIPTS`]), `lang` is the language.
#[derive(Clone, Copy)]
pub(crate) struct Likely {
    pub lang: Subtag,
    pub when: Subtag,
    pub then: Subtag,
}

const fn likely(lang: &str, when: &str, then: &str) -> Likely {
    Likely {
        lang: p(lang),
        when: p(when),
        then: p(then),
    }
}

/// Regions where a language's likely script is not its default: `lang` is written in `script`
/// in each of `regions` (`zh-TW` is `zh-Hant-TW`).
#[derive(Clone, Copy)]
pub(crate) struct ScriptsByRegion {
    pub lang: Subtag,
    pub script: Subtag,
    pub regions: &'static [Subtag],
}

const ALL_SCRIPTS_BY_REGION: &[ScriptsByRegion] = &[
    ScriptsByRegion {
        lang: p("zh"),
        script: p("Hant"),
        regions: &[
            p("AU"),
            p("BN"),
            p("GB"),
            p("GF"),
            p("HK"),
            p("ID"),
            p("MO"),
            p("PA"),
            p("PF"),
            p("PH"),
            p("SR"),
            p("TH"),
            p("TW"),
            p("US"),
            p("VN"),
        ],
    },
    ScriptsByRegion {
        lang: p("yue"),
        script: p("Hans"),
        regions: &[p("CN")],
    },
    ScriptsByRegion {
        lang: p("ug"),
        script: p("Cyrl"),
        regions: &[p("KZ"), p("MN")],
    },
];

// One row per language: `tag.rs` reads only a language's first row.
const _: () = {
    let mut i = 0;
    while i < ALL_SCRIPTS_BY_REGION.len() {
        let mut k = 0;
        while k < i {
            #[allow(clippy::indexing_slicing)] // const evaluation only
            let (a, b) = (ALL_SCRIPTS_BY_REGION[i], ALL_SCRIPTS_BY_REGION[k]);
            assert!(
                a.lang != b.lang,
                "one row of scripts by region per language"
            );
            k += 1;
        }
        i += 1;
    }
};

/// Regions by script, where they differ from the language's default.
const ALL_REGIONS_BY_SCRIPT: &[Likely] = &[
    likely("zh", "Hant", "TW"),
    likely("zh", "Bopo", "TW"),
    likely("yue", "Hans", "CN"),
    likely("ug", "Cyrl", "KZ"),
];

/// `und-REGION`: the likely language and script of each region below.
#[derive(Clone, Copy)]
pub(crate) struct UndRegions {
    pub lang: Subtag,
    pub script: Subtag,
    pub regions: &'static [Subtag],
}

const fn und_regions(lang: &str, script: &str, regions: &'static [Subtag]) -> UndRegions {
    UndRegions {
        lang: p(lang),
        script: p(script),
        regions,
    }
}

const ALL_UND_REGIONS: &[UndRegions] = &[
    und_regions(
        "en",
        "Latn",
        &[
            p("AG"),
            p("AI"),
            p("AU"),
            p("BB"),
            p("BM"),
            p("BS"),
            p("BW"),
            p("BZ"),
            p("CA"),
            p("CC"),
            p("CK"),
            p("CX"),
            p("DG"),
            p("DM"),
            p("FJ"),
            p("FK"),
            p("FM"),
            p("GB"),
            p("GD"),
            p("GG"),
            p("GI"),
            p("GM"),
            p("GU"),
            p("GY"),
            p("IE"),
            p("IM"),
            p("IO"),
            p("JE"),
            p("JM"),
            p("KI"),
            p("KN"),
            p("KY"),
            p("LC"),
            p("LR"),
            p("MH"),
            p("MP"),
            p("MS"),
            p("MW"),
            p("NF"),
            p("NG"),
            p("NR"),
            p("NU"),
            p("NZ"),
            p("PN"),
            p("SB"),
            p("SG"),
            p("SH"),
            p("SL"),
            p("SS"),
            p("SX"),
            p("SZ"),
            p("TC"),
            p("TT"),
            p("UM"),
            p("US"),
            p("VC"),
            p("VG"),
            p("VI"),
            p("ZA"),
            p("ZM"),
        ],
    ),
    und_regions("zh", "Hans", &[p("CN")]),
    und_regions("zh", "Hant", &[p("HK"), p("MO"), p("TW")]),
    und_regions("ja", "Jpan", &[p("JP")]),
    und_regions("ko", "Kore", &[p("KP"), p("KR")]),
    und_regions(
        "ar",
        "Arab",
        &[
            p("AE"),
            p("BH"),
            p("DZ"),
            p("EG"),
            p("EH"),
            p("IQ"),
            p("JO"),
            p("KM"),
            p("KW"),
            p("LB"),
            p("LY"),
            p("MA"),
            p("MR"),
            p("OM"),
            p("PS"),
            p("QA"),
            p("SA"),
            p("SD"),
            p("SY"),
            p("TN"),
            p("YE"),
        ],
    ),
    und_regions(
        "es",
        "Latn",
        &[
            p("AR"),
            p("BO"),
            p("CL"),
            p("CO"),
            p("CR"),
            p("CU"),
            p("DO"),
            p("EA"),
            p("EC"),
            p("ES"),
            p("GQ"),
            p("GT"),
            p("HN"),
            p("IC"),
            p("MX"),
            p("NI"),
            p("PA"),
            p("PE"),
            p("PR"),
            p("SV"),
            p("UY"),
            p("VE"),
        ],
    ),
    und_regions(
        "pt",
        "Latn",
        &[
            p("AO"),
            p("BR"),
            p("CV"),
            p("GW"),
            p("MZ"),
            p("PT"),
            p("ST"),
            p("TL"),
        ],
    ),
    und_regions("id", "Latn", &[p("ID")]),
    und_regions("vi", "Latn", &[p("VN")]),
    und_regions("th", "Thai", &[p("TH")]),
    und_regions("ru", "Cyrl", &[p("KZ"), p("RU")]),
];

/// `und-SCRIPT`: the likely language and region of a script (`und-Hant` is `zh-Hant-TW`).
/// Scripts not below (and `und-Latn`) are written in English in the United States, as CLDR says.
const ALL_UND_SCRIPTS: &[Likely] = &[
    likely("zh", "Hans", "CN"),
    likely("zh", "Hant", "TW"),
    likely("zh", "Hani", "CN"),
    likely("zh", "Bopo", "TW"),
    likely("ja", "Jpan", "JP"),
    likely("ja", "Hira", "JP"),
    likely("ja", "Kana", "JP"),
    likely("ko", "Kore", "KR"),
    likely("ko", "Hang", "KR"),
    likely("ko", "Jamo", "KR"),
    likely("ar", "Arab", "EG"),
    likely("bo", "Tibt", "CN"),
    likely("th", "Thai", "TH"),
    likely("ru", "Cyrl", "RU"),
    likely("hy", "Armn", "AM"),
];

/// `und-SCRIPT-REGION`, where CLDR's language is not that of `und-SCRIPT`: `lang` (or none that
/// leads to a catalog language: [`NONE`]); the row counts when `key` leads to one.
#[derive(Clone, Copy)]
pub(crate) struct UndScriptRegions {
    pub script: Subtag,
    pub lang: Subtag,
    pub key: Subtag,
    pub regions: &'static [Subtag],
}

const ALL_UND_SCRIPT_REGIONS: &[UndScriptRegions] = &[
    UndScriptRegions {
        script: p("Arab"),
        lang: NONE,
        key: p("ar"),
        regions: &[
            p("CC"),
            p("CN"),
            p("GB"),
            p("ID"),
            p("IN"),
            p("KH"),
            p("MM"),
            p("MN"),
            p("MU"),
            p("NG"),
            p("PK"),
            p("TH"),
            p("TJ"),
            p("TR"),
            p("YT"),
        ],
    },
    UndScriptRegions {
        script: p("Latn"),
        lang: p("za"),
        key: p("zh"),
        regions: &[p("CN")],
    },
];

/// A script distance between two languages (the same one, or a fallback pair): `desired` written
/// in `from` for `supported` written in `to`, then `region` for any region difference.
#[derive(Clone, Copy)]
pub(crate) struct ScriptRule {
    pub desired: Subtag,
    pub supported: Subtag,
    pub from: Subtag,
    pub to: Subtag,
    pub distance: u32,
    pub region: u32,
}

const fn script(desired: &str, supported: &str, from: &str, to: &str, distance: u32) -> ScriptRule {
    ScriptRule {
        desired: p(desired),
        supported: p(supported),
        from: p(from),
        to: p(to),
        distance,
        region: DEFAULT_REGION_DISTANCE,
    }
}

const ALL_SCRIPT_RULES: &[ScriptRule] = &[
    script("zh", "zh", "Hani", "Hans", 20),
    script("zh", "zh", "Hani", "Hant", 20),
    script("zh", "zh", "Latn", "Hans", 20),
    script("ja", "ja", "Hani", "Jpan", 5),
    script("ja", "ja", "Hira", "Jpan", 5),
    script("ja", "ja", "Hrkt", "Jpan", 5),
    script("ja", "ja", "Kana", "Jpan", 5),
    script("ja", "ja", "Latn", "Jpan", 5),
    script("ko", "ko", "Hang", "Kore", 5),
    script("ko", "ko", "Hani", "Kore", 5),
    script("ko", "ko", "Jamo", "Kore", 5),
    ScriptRule {
        region: 5,
        ..script("ar", "ar", "Latn", "Arab", 20)
    },
    script("bo", "zh", "Tibt", "Hans", 10),
    script("za", "zh", "Latn", "Hans", 10),
    script("az", "ru", "Latn", "Cyrl", 10),
    script("hy", "ru", "Armn", "Cyrl", 10),
    script("tk", "ru", "Latn", "Cyrl", 10),
    script("uz", "ru", "Latn", "Cyrl", 10),
];

// A rule is between two scripts: `tag.rs` skips the rules when the scripts are the same.
const _: () = {
    let mut i = 0;
    while i < ALL_SCRIPT_RULES.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        let rule = ALL_SCRIPT_RULES[i];
        assert!(
            rule.from != rule.to && rule.to != NONE,
            "a script rule is between two scripts"
        );
        i += 1;
    }
};

/// Regions CLDR groups for one language in one script (any script: [`NONE`]): two regions on the
/// same side of the group are 4 apart, on different sides 5 (CLDR's `matchVariable`s).
#[derive(Clone, Copy)]
pub(crate) struct RegionGroup {
    pub lang: Subtag,
    pub script: Subtag,
    pub regions: &'static [Subtag],
}

const ALL_REGION_GROUPS: &[RegionGroup] = &[
    // $enUS
    RegionGroup {
        lang: p("en"),
        script: NONE,
        regions: &[
            p("AS"),
            p("CA"),
            p("GU"),
            p("MH"),
            p("MP"),
            p("PH"),
            p("PR"),
            p("UM"),
            p("US"),
            p("VI"),
        ],
    },
    // $maghreb
    RegionGroup {
        lang: p("ar"),
        script: p("Arab"),
        regions: &[p("DZ"), p("EH"), p("LY"), p("MA"), p("MR"), p("TN")],
    },
    // $cnsar
    RegionGroup {
        lang: p("zh"),
        script: p("Hant"),
        regions: &[p("HK"), p("MO")],
    },
];

/// Distances (CLDR's defaults): different scripts, different regions.
pub(crate) const SCRIPT_DISTANCE: u32 = 50;
pub(crate) const DEFAULT_REGION_DISTANCE: u32 = 4;
/// Regions on different sides of a [`RegionGroup`].
pub(crate) const GROUP_REGION_DISTANCE: u32 = 5;

// ---- compile-time selection ---------------------------------------------------------------

/// Whether `primary` is a catalog language's primary subtag.
const fn in_catalog(primary: Subtag) -> bool {
    let mut l = 0;
    while l < LANGUAGE_COUNT {
        if primary_of(l) == primary {
            return true;
        }
        l += 1;
    }
    false
}

/// The packed primary subtag of catalog language `l` (its tag up to the first `-`).
#[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
pub(crate) const fn primary_of(l: usize) -> Subtag {
    let tag = LANGUAGES[l].tag.as_bytes();
    let mut packed = 0;
    let mut i = 0;
    while i < tag.len() && tag[i] != b'-' {
        assert!(i < 4, "a catalog primary subtag has at most 4 bytes");
        assert!(
            !tag[i].is_ascii_uppercase(),
            "a catalog primary subtag is lowercase"
        );
        packed = packed << 8 | tag[i] as Subtag;
        i += 1;
    }
    packed
}

/// The language row for `lang`, among all rows.
#[allow(clippy::indexing_slicing)] // const evaluation only
const fn any_language(lang: Subtag) -> Option<Language> {
    let mut i = 0;
    while i < ALL_LANGUAGES.len() {
        if ALL_LANGUAGES[i].lang == lang {
            return Some(ALL_LANGUAGES[i]);
        }
        i += 1;
    }
    None
}

/// Whether `lang` leads to a catalog language.
const fn kept(lang: Subtag) -> bool {
    match any_language(lang) {
        Some(row) => row.targets[0] != NO_TARGET,
        None => in_catalog(lang),
    }
}

/// The number of rows of `$all` whose `$field` is [`kept`].
macro_rules! kept_rows {
    ($all:ident, $field:ident) => {{
        let (mut n, mut i) = (0, 0);
        while i < $all.len() {
            #[allow(clippy::indexing_slicing)] // const evaluation only
            let row = $all[i];
            n += kept(row.$field) as usize;
            i += 1;
        }
        n
    }};
}

/// Selects, at compile time, the rows of a table whose language is [`kept`]. `$field` names the
/// language of a row; `then` a function each selected row goes through.
macro_rules! select {
    ($name:ident: $ty:ty = $all:ident by $field:ident $(then $then:path)?) => {
        pub(crate) static $name: [$ty; kept_rows!($all, $field)] = {
            #[allow(clippy::indexing_slicing)] // const evaluation only
            const fn fill<const N: usize>() -> [$ty; N] {
                let mut out = [$all[0]; N];
                let (mut n, mut i) = (0, 0);
                while i < $all.len() {
                    if kept($all[i].$field) {
                        out[n] = $all[i];
                        $(out[n] = $then(out[n]);)?
                        n += 1;
                    }
                    i += 1;
                }
                out
            }
            fill()
        };
    };
}

/// A set of 2-letter regions: one bit for each of the 26 × 26 letter pairs, so a lookup is one
/// load. (A static of slices would need relocations, and the shared library has none.)
#[derive(Clone, Copy)]
pub(crate) struct Regions([u64; 11]);

impl Regions {
    /// The bit of a packed region as the parsers give them (2 lowercase letters, 3 digits or
    /// [`NONE`]); `None` for one that is not 2 letters, which alone fall in the bits' range.
    #[inline(always)]
    const fn bit(region: Subtag) -> Option<usize> {
        let bit = (region >> 8)
            .wrapping_mul(26)
            .wrapping_add(region & 0xff)
            .wrapping_sub(b'a' as Subtag * 27);
        if bit < 26 * 26 {
            Some(bit as usize)
        } else {
            None
        }
    }

    /// The set of `regions`, each 2 letters (else the build fails).
    #[allow(clippy::indexing_slicing)] // const evaluation only: an index out of range fails the build
    const fn of(regions: &[Subtag]) -> Regions {
        let mut words = [0; 11];
        let mut k = 0;
        while k < regions.len() {
            let bit = Regions::bit(regions[k]);
            assert!(bit.is_some(), "a listed region has 2 letters");
            if let Some(bit) = bit {
                words[bit / 64] |= 1 << (bit % 64);
            }
            k += 1;
        }
        Regions(words)
    }

    /// Whether the set holds `region`.
    #[inline(always)]
    pub fn has(&self, region: Subtag) -> bool {
        Regions::bit(region)
            .and_then(|bit| self.0.get(bit / 64).map(|word| word >> (bit % 64) & 1 != 0))
            .unwrap_or(false)
    }
}

/// A selected row of a table with region lists: its language, its script and its regions.
#[derive(Clone, Copy)]
pub(crate) struct RegionList {
    pub lang: Subtag,
    pub script: Subtag,
    pub regions: Regions,
}

/// Selects the rows of a table with region lists whose `$field` is [`kept`], their regions as
/// sets.
macro_rules! select_regions {
    ($name:ident = $all:ident by $field:ident) => {
        pub(crate) static $name: [RegionList; kept_rows!($all, $field)] = {
            #[allow(clippy::indexing_slicing)] // const evaluation only
            const fn fill<const N: usize>() -> [RegionList; N] {
                let empty = RegionList {
                    lang: NONE,
                    script: NONE,
                    regions: Regions([0; 11]),
                };
                let mut out = [empty; N];
                let (mut n, mut i) = (0, 0);
                while i < $all.len() {
                    let row = $all[i];
                    if kept(row.$field) {
                        out[n] = RegionList {
                            lang: row.lang,
                            script: row.script,
                            regions: Regions::of(row.regions),
                        };
                        n += 1;
                    }
                    i += 1;
                }
                out
            }
            fill()
        };
    };
}

select!(LANGUAGES_KEPT: Language = ALL_LANGUAGES by lang then Language::with_scripts);
select_regions!(SCRIPTS_BY_REGION = ALL_SCRIPTS_BY_REGION by lang);
select!(REGIONS_BY_SCRIPT: Likely = ALL_REGIONS_BY_SCRIPT by lang);
select_regions!(UND_REGIONS = ALL_UND_REGIONS by lang);
select!(UND_SCRIPTS: Likely = ALL_UND_SCRIPTS by lang);
select_regions!(UND_SCRIPT_REGIONS = ALL_UND_SCRIPT_REGIONS by key);
select!(SCRIPT_RULES: ScriptRule = ALL_SCRIPT_RULES by desired);
select_regions!(REGION_GROUPS = ALL_REGION_GROUPS by lang);

/// The row of a language that leads to a catalog language.
#[inline(always)]
pub(crate) fn language(lang: Subtag) -> Option<&'static Language> {
    LANGUAGE_INDEX
        .rows(lang)
        .find_map(|r| LANGUAGES_KEPT.get(r).filter(|row| row.lang == lang))
}

static LANGUAGE_INDEX: Index<{ slots(LANGUAGES_KEPT.len()) }> = {
    let mut keys = [NONE; LANGUAGES_KEPT.len()];
    let mut r = 0;
    while r < keys.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        {
            keys[r] = LANGUAGES_KEPT[r].lang;
        }
        r += 1;
    }
    Index::new(&keys)
};

/// A language subtag with CLDR's aliases replaced (all 3 letters, but `in`).
#[inline(always)]
pub(crate) fn canonical(lang: Subtag) -> Subtag {
    if lang <= 0xffff && lang != p("in") {
        return lang;
    }
    ALIAS_INDEX
        .rows(lang)
        .find_map(|r| ALIASES.get(r).filter(|&&(alias, _)| alias == lang))
        .map_or(lang, |&(_, to)| to)
}

static ALIAS_INDEX: Index<{ slots(ALIASES.len()) }> = {
    let mut keys = [NONE; ALIASES.len()];
    let mut r = 0;
    while r < keys.len() {
        #[allow(clippy::indexing_slicing)] // const evaluation only
        {
            keys[r] = ALIASES[r].0;
        }
        r += 1;
    }
    Index::new(&keys)
};

/// The first row of `table` that `is` accepts. Never inlined, so the table is a parameter: a
/// loop over a table of known length would be unrolled into code many times the table's size.
#[inline(never)]
pub(crate) fn find<T>(table: &'static [T], is: impl Fn(&T) -> bool) -> Option<&'static T> {
    table.iter().find(|row| is(row))
}
