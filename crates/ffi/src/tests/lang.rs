//! Language negotiation: BCP 47 and POSIX tags and preference lists, through the C ABI.

use std::ffi::CString;

use crate::codes::*;
use crate::{room_err_lang_from_list, room_err_lang_from_tag};

fn negotiate(tag: &[u8]) -> i32 {
    let tag = CString::new(tag).expect("no NUL inside");
    // SAFETY: a NUL-terminated string.
    unsafe { room_err_lang_from_tag(tag.as_ptr()) }
}

fn from_list(list: &[u8]) -> i32 {
    let list = CString::new(list).expect("no NUL inside");
    // SAFETY: a NUL-terminated string.
    unsafe { room_err_lang_from_list(list.as_ptr()) }
}

#[test]
fn english_tags() {
    for tag in [
        "en",
        "EN",
        "en-US",
        "en_GB",
        "en-GB.UTF-8",
        "en_US@euro",
        "en-Latn-US-x-private",
        "en-",
        "en--",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_EN, "{tag}");
    }
}

#[test]
fn japanese_korean_and_arabic_tags() {
    let cases = [
        (
            [
                "ja",
                "JA",
                "ja-JP",
                "ja_JP.UTF-8",
                "ja_JP.eucJP@mod",
                "ja-Jpan-JP",
            ],
            ROOM_ERR_LANG_JA,
        ),
        (
            [
                "ko",
                "KO",
                "ko-KR",
                "ko_KR.UTF-8",
                "ko_KR.eucKR",
                "ko-Kore-KR",
            ],
            ROOM_ERR_LANG_KO,
        ),
        (
            [
                "ar",
                "AR",
                "ar-SA",
                "ar_EG.UTF-8",
                "ar-Arab-AE",
                "ar_MA@latin",
            ],
            ROOM_ERR_LANG_AR,
        ),
    ];
    for (tags, lang) in cases {
        for tag in tags {
            assert_eq!(negotiate(tag.as_bytes()), lang, "{tag}");
        }
    }
    assert_eq!(
        (ROOM_ERR_LANG_JA, ROOM_ERR_LANG_KO, ROOM_ERR_LANG_AR),
        (3, 4, 5)
    );
    for tag in ["jp", "kr", "ja2", "j", "a", "ko-Latn", "ar-Cyrl", "ja-Cyrl"] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_EN, "{tag}");
    }
    // ISO 639-2 codes are CLDR aliases; romanized Japanese and Arabic are close enough.
    let close = [
        ("jpn", ROOM_ERR_LANG_JA),
        ("kor", ROOM_ERR_LANG_KO),
        ("ara", ROOM_ERR_LANG_AR),
        ("arb", ROOM_ERR_LANG_AR),
        ("ja-Latn", ROOM_ERR_LANG_JA),
        ("ja-Hira", ROOM_ERR_LANG_JA),
        ("ko-Hang", ROOM_ERR_LANG_KO),
        ("ar-Latn", ROOM_ERR_LANG_AR),
        ("arz", ROOM_ERR_LANG_AR),
        ("ckb", ROOM_ERR_LANG_AR),
    ];
    for (tag, lang) in close {
        assert_eq!(negotiate(tag.as_bytes()), lang, "{tag}");
    }
}

#[test]
fn chinese_without_script_follows_the_region() {
    for tag in [
        "zh",
        "ZH",
        "zh-CN",
        "zh_CN.UTF-8",
        "zh-SG",
        "zh-MY",
        "zh-158",
        "zh_CN.GB18030@stroke",
        "zh-cmn",
        "cmn",
        "zho",
        "chi",
        "zh-",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANS, "{tag}");
    }
    for tag in [
        "zh-TW",
        "zh_TW",
        "zh_TW.UTF-8",
        "zh-HK",
        "zh_hk",
        "zh-MO",
        "zh_MO.Big5",
        "zh-yue-HK",
        "zh-US",
        "zh-AU",
        "zh-GB",
        "cmn-TW",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANT, "{tag}");
    }
}

#[test]
fn an_explicit_script_wins_over_the_region() {
    for tag in [
        "zh-Hans",
        "zh-Hans-CN",
        "zh-hans-tw",
        "zh_Hans_HK",
        "ZH-HANS-MO",
        "zh-CN-Hant",
        "zh-Hani",
        "zh-Latn",
        "und-Hans-TW",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANS, "{tag}");
    }
    for tag in [
        "zh-Hant",
        "zh-Hant-TW",
        "zh-hant-cn",
        "zh_Hant",
        "zh-HK-Hans",
        "ZH-HANT",
        "zh-Hani-TW",
        "und-Hant-CN",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANT, "{tag}");
    }
}

#[test]
fn chinese_languages_follow_cldr() {
    let cases = [
        ("yue", ROOM_ERR_LANG_ZH_HANT),
        ("yue-HK", ROOM_ERR_LANG_ZH_HANT),
        ("zh-yue", ROOM_ERR_LANG_ZH_HANT),
        ("yue-CN", ROOM_ERR_LANG_ZH_HANS),
        ("yue-Hans", ROOM_ERR_LANG_ZH_HANS),
        ("wuu", ROOM_ERR_LANG_ZH_HANS),
        ("hak", ROOM_ERR_LANG_ZH_HANS),
        ("zh-hakka", ROOM_ERR_LANG_ZH_HANS),
        ("gan", ROOM_ERR_LANG_ZH_HANS),
        ("hsn", ROOM_ERR_LANG_ZH_HANS),
        ("zh-xiang", ROOM_ERR_LANG_ZH_HANS),
        ("nan", ROOM_ERR_LANG_ZH_HANS),
        ("zh-min-nan", ROOM_ERR_LANG_ZH_HANS),
        ("zh-guoyu", ROOM_ERR_LANG_ZH_HANS),
        ("lzh", ROOM_ERR_LANG_ZH_HANS),
        ("bo", ROOM_ERR_LANG_ZH_HANS),
        ("za", ROOM_ERR_LANG_ZH_HANS),
        ("ug", ROOM_ERR_LANG_EN),
        ("cdo", ROOM_ERR_LANG_EN),
        ("zh-Bopo", ROOM_ERR_LANG_EN),
    ];
    for (tag, lang) in cases {
        assert_eq!(negotiate(tag.as_bytes()), lang, "{tag}");
    }
}

#[test]
fn region_only_tags_follow_the_region() {
    let cases = [
        ("und-TW", ROOM_ERR_LANG_ZH_HANT),
        ("und-HK", ROOM_ERR_LANG_ZH_HANT),
        ("und-MO", ROOM_ERR_LANG_ZH_HANT),
        ("und-CN", ROOM_ERR_LANG_ZH_HANS),
        ("und-JP", ROOM_ERR_LANG_JA),
        ("und-KR", ROOM_ERR_LANG_KO),
        ("und-EG", ROOM_ERR_LANG_AR),
        ("und-SA", ROOM_ERR_LANG_AR),
        ("und-Hant", ROOM_ERR_LANG_ZH_HANT),
        ("und-Jpan", ROOM_ERR_LANG_JA),
        ("und-Kore", ROOM_ERR_LANG_KO),
        ("und-Arab", ROOM_ERR_LANG_AR),
        ("und-Arab-PK", ROOM_ERR_LANG_EN),
        ("und-DE", ROOM_ERR_LANG_EN),
        ("und", ROOM_ERR_LANG_EN),
    ];
    for (tag, lang) in cases {
        assert_eq!(negotiate(tag.as_bytes()), lang, "{tag}");
    }
}

#[test]
fn extensions_and_private_use_are_ignored() {
    for (tag, lang) in [
        ("zh-TW-u-co-stroke", ROOM_ERR_LANG_ZH_HANT),
        ("zh-u-nu-hant", ROOM_ERR_LANG_ZH_HANS),
        ("zh-x-hant", ROOM_ERR_LANG_ZH_HANS),
        ("en-x-zh", ROOM_ERR_LANG_EN),
        ("x-zh-TW", ROOM_ERR_LANG_EN),
        ("ja-JP-u-ca-japanese-x-y", ROOM_ERR_LANG_JA),
        ("i-default", ROOM_ERR_LANG_EN),
    ] {
        assert_eq!(negotiate(tag.as_bytes()), lang, "{tag}");
    }
}

#[test]
fn charset_and_modifier_end_the_tag() {
    assert_eq!(negotiate(b"zh.TW"), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh_CN@Hant"), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh_CN.UTF-8-Hant"), ROOM_ERR_LANG_ZH_HANS);
}

/// The bytes besides NUL where a tag cannot continue: each
/// ends a tag before its subtags are judged.
const TAG_ENDS: [u8; 10] = [
    b' ', b'\t', b'\r', b'\n', 0x0c, b';', b',', b':', b'.', b'@',
];

#[test]
fn a_tag_ends_where_a_tag_cannot_continue() {
    for (input, tag) in [
        (&b"zh-TW\r"[..], ROOM_ERR_LANG_ZH_HANT),
        (b"zh-TW\r\n", ROOM_ERR_LANG_ZH_HANT),
        (b"zh-TW ", ROOM_ERR_LANG_ZH_HANT),
        (b"zh-Hant;q=0.9", ROOM_ERR_LANG_ZH_HANT),
        (b"zh_TW:ja:en", ROOM_ERR_LANG_ZH_HANT),
        (b"zh-TW, en;q=0.5", ROOM_ERR_LANG_ZH_HANT),
        (b"ja ", ROOM_ERR_LANG_JA),
        (b"ja\tzh-TW", ROOM_ERR_LANG_JA),
        (b" zh-TW", ROOM_ERR_LANG_EN),
    ] {
        assert_eq!(
            negotiate(input),
            tag,
            "{:?}",
            String::from_utf8_lossy(input)
        );
    }
    // Every shared tag, then each ending byte and text that would change the answer if read.
    let mut checked = 0;
    for (input, _) in shared_cases() {
        if input.contains([',', ':', ';', ' ']) {
            continue;
        }
        let alone = negotiate(input.as_bytes());
        for end in TAG_ENDS {
            for rest in ["", "-Hans-CN", "Hant", "-x", "en", "q=0.9", "\u{4e2d}"] {
                let mut tag = input.clone().into_bytes();
                tag.push(end);
                tag.extend_from_slice(rest.as_bytes());
                assert_eq!(
                    negotiate(&tag),
                    alone,
                    "{:?}",
                    String::from_utf8_lossy(&tag)
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 1000, "{checked} tags");
    // Inside the tag, a malformed subtag still ends it there: `TW!` is not a region.
    assert_eq!(negotiate(b"zh-TW! "), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh-\x0bTW"), ROOM_ERR_LANG_ZH_HANS);
}

#[test]
fn everything_else_is_english() {
    let tags: [&[u8]; 20] = [
        b"",
        b"C",
        b"POSIX",
        b"C.UTF-8",
        b"fr-FR",
        b"de",
        b"z",
        b"zhx-TW",
        b"e",
        b"eng",
        b"-zh",
        b"_zh-TW",
        b"--",
        b"-",
        b".",
        b"@",
        b"\xe4\xb8\xad\xe6\x96\x87",
        b"zh\xff",
        b"\xffzh",
        b"zhzhzhzhzh-TW",
    ];
    for tag in tags {
        assert_eq!(
            negotiate(tag),
            ROOM_ERR_LANG_EN,
            "{:?}",
            String::from_utf8_lossy(tag)
        );
    }
}

#[test]
fn long_and_odd_subtags_are_harmless() {
    // A subtag over 8 bytes is malformed: reading stops there, as ICU's does.
    let long = format!("zh-{}-TW", "x".repeat(1 << 20));
    assert_eq!(negotiate(long.as_bytes()), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh-TW-xxxxxxxxx"), ROOM_ERR_LANG_ZH_HANT);
    let long_script = format!("zh-Hantxxxxx-{}", "CN");
    assert_eq!(negotiate(long_script.as_bytes()), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh-\xff\xfe-TW"), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh-TW-\xff\xfe"), ROOM_ERR_LANG_ZH_HANT);
    // A 3-letter second subtag is an extended language subtag: `twn` is no catalog language.
    assert_eq!(negotiate(b"zh-TWN"), ROOM_ERR_LANG_EN);
    assert_eq!(negotiate(&[b'-'; 4096]), ROOM_ERR_LANG_EN);
}

#[test]
fn the_rust_api_agrees() {
    for tag in ["zh_TW.UTF-8", "zh-Hans-CN", "en-GB", "C", "", "zh-hk"] {
        assert_eq!(
            room_errors_core::lang_from_tag(tag),
            negotiate(tag.as_bytes()),
            "{tag}"
        );
    }
}

/// The rows of tests/lang/cases.tsv: (input, expected language id).
fn shared_cases() -> Vec<(String, i32)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/lang/cases.tsv");
    let text = std::fs::read_to_string(path).expect("tests/lang/cases.tsv");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let (input, tag) = line.split_once('\t').expect("INPUT<TAB>EXPECTED");
            let id = room_errors_core::languages()
                .find(|l| l.tag == tag)
                .unwrap_or_else(|| panic!("{tag} is not a catalog tag"))
                .id;
            (input.to_owned(), id)
        })
        .collect()
}

#[test]
fn the_shared_cases_hold() {
    let cases = shared_cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    for (input, lang) in cases {
        assert_eq!(from_list(input.as_bytes()), lang, "list {input:?}");
        if !input.contains([',', ':', ';', ' ']) {
            assert_eq!(negotiate(input.as_bytes()), lang, "tag {input:?}");
        }
    }
}

#[test]
fn a_one_tag_list_is_that_tag() {
    for tag in [
        "zh_TW.UTF-8",
        "zh-Hans-HK",
        "en-GB",
        "ja",
        "ko-KR",
        "ar",
        "fr",
        "C",
        "x",
        "",
    ] {
        assert_eq!(
            from_list(tag.as_bytes()),
            negotiate(tag.as_bytes()),
            "{tag}"
        );
    }
}

#[test]
fn every_list_form_gives_the_same_answer() {
    for list in [
        "fr-CH, ja;q=0.9, ko;q=0.8",
        "fr-CH,ja;q=0.9,ko;q=0.8",
        "fr_CH:ja:ko",
        "fr-CH ja ko",
        "fr-CH\tja\nko",
        " , fr-CH ,, ja , ko , ",
        "fr-CH:ja,ko",
    ] {
        assert_eq!(from_list(list.as_bytes()), ROOM_ERR_LANG_JA, "{list:?}");
    }
}

#[test]
fn weights_order_the_entries() {
    let cases: [(&str, i32); 10] = [
        ("ja;q=0.5, ko", ROOM_ERR_LANG_KO),
        ("ja;q=0.5, ko;q=0.5", ROOM_ERR_LANG_JA),
        ("ja;q=0.5, ko;q=0.51", ROOM_ERR_LANG_KO),
        ("ja;q=1, ko;q=1.000", ROOM_ERR_LANG_JA),
        ("ja;q=0.999, ko;q=1.", ROOM_ERR_LANG_KO),
        ("ja;q=0.0001, ko;q=0.0002", ROOM_ERR_LANG_EN),
        ("ja;q=0.0005, ko;q=0.0004", ROOM_ERR_LANG_JA),
        ("ja;q=0.00049999, ko;q=0.0001", ROOM_ERR_LANG_EN),
        ("ja;q=0, ko;q=0.001", ROOM_ERR_LANG_KO),
        ("ar;Q=0.2 , ja ; q = 0.1", ROOM_ERR_LANG_AR),
    ];
    for (list, lang) in cases {
        assert_eq!(from_list(list.as_bytes()), lang, "{list:?}");
    }
}

#[test]
fn a_repeated_entry_counts_at_its_last_place() {
    assert_eq!(from_list(b"ja, ko, ja"), ROOM_ERR_LANG_KO);
    assert_eq!(from_list(b"ja, ko, JA"), ROOM_ERR_LANG_KO);
    assert_eq!(from_list(b"ja-JP, ko, ja_jp"), ROOM_ERR_LANG_KO);
    assert_eq!(from_list(b"ja, ja;q=0"), ROOM_ERR_LANG_EN);
    assert_eq!(from_list(b"ja;q=0, ja"), ROOM_ERR_LANG_JA);
    assert_eq!(from_list(b"ja;q=0.5, ko;q=0.4, ja;q=0.3"), ROOM_ERR_LANG_KO);
}

#[test]
fn malformed_entries_are_skipped() {
    for list in [
        "ja;q=abc, ko",
        "ja;q=1.5, ko",
        "ja;q=-1, ko",
        "ja;level=1, ko",
        "ja;q=0.5x, ko",
        ";q=0.9, ko",
        ";, ko",
        "ja;, ko",
        "ja;q, ko",
        "ja;q=, ko",
        "ja;q=.5, ko",
    ] {
        assert_eq!(from_list(list.as_bytes()), ROOM_ERR_LANG_KO, "{list:?}");
    }
}

#[test]
fn entries_after_the_tenth_change_nothing() {
    let unsupported = "fr,de,it,hu,nl,sv,pl,tr,cs,da,nb,fi";
    for n in 0..12 {
        let head: Vec<&str> = unsupported.split(',').take(n).collect();
        let list = format!("{},ja", head.join(","));
        let expected = if n < 10 {
            ROOM_ERR_LANG_JA
        } else {
            ROOM_ERR_LANG_EN
        };
        assert_eq!(from_list(list.as_bytes()), expected, "{list}");
    }
    let many = format!("{},ko", vec!["ja;q=0"; 40].join(","));
    assert_eq!(
        from_list(many.as_bytes()),
        ROOM_ERR_LANG_EN,
        "only 32 entries count"
    );
}

#[test]
fn nothing_usable_is_english() {
    let lists: [&[u8]; 14] = [
        b"",
        b",",
        b" ,:; \t\n",
        b";;;",
        b"*",
        b"*;q=0.5",
        b"fr, de",
        b"ja;q=0",
        b"\xff\xfe",
        b"zh\xff",
        b"q=1",
        b";q=1",
        b"C:POSIX",
        b"-,_,.,@",
    ];
    for list in lists {
        assert_eq!(
            from_list(list),
            ROOM_ERR_LANG_EN,
            "{:?}",
            String::from_utf8_lossy(list)
        );
    }
    assert_eq!(
        // SAFETY: NULL is allowed.
        unsafe { room_err_lang_from_list(std::ptr::null()) },
        ROOM_ERR_LANG_EN
    );
}

#[test]
fn megabyte_lists_are_harmless() {
    let commas = ",".repeat(1 << 20);
    assert_eq!(
        from_list(format!("{commas}ja").as_bytes()),
        ROOM_ERR_LANG_JA
    );
    let long_tag = format!("zh-TW-{}, ja", "x".repeat(1 << 20));
    assert_eq!(from_list(long_tag.as_bytes()), ROOM_ERR_LANG_ZH_HANT);
    let junk = "\u{4e2d};q=9 ";
    assert_eq!(
        from_list(format!("{}ko", junk.repeat(31)).as_bytes()),
        ROOM_ERR_LANG_KO
    );
    assert_eq!(
        from_list(format!("{}ko", junk.repeat(1 << 18)).as_bytes()),
        ROOM_ERR_LANG_EN
    );
    assert_eq!(from_list(&[b'a'; 1 << 20]), ROOM_ERR_LANG_EN);
}

#[test]
fn the_rust_list_api_agrees() {
    for list in ["zh_TW:ja", "fr, ko;q=0.1", "", "ja\0ko", "en, zh"] {
        let upto_nul = list.split('\0').next().unwrap_or_default();
        assert_eq!(
            room_errors_core::lang_from_list(list),
            from_list(upto_nul.as_bytes()),
            "{list:?}"
        );
    }
}
