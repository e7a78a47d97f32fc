//! Language negotiation: BCP 47 and POSIX tags, through the C ABI.

use std::ffi::CString;

use room_errors_core::codes::*;
use room_errors_core::ffi::room_err_lang_from_tag;

fn negotiate(tag: &[u8]) -> i32 {
    let tag = CString::new(tag).expect("no NUL inside");
    // SAFETY: a NUL-terminated string.
    unsafe { room_err_lang_from_tag(tag.as_ptr()) }
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
    for tag in ["jp", "kr", "ara", "jpn", "kor", "ja2", "j", "a"] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_EN, "{tag}");
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
        "zh-US",
        "zh_CN.GB18030@stroke",
        "zh-cmn",
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
        "zh-HK-Hans",
        "ZH-HANS-MO",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANS, "{tag}");
    }
    for tag in [
        "zh-Hant",
        "zh-Hant-TW",
        "zh-hant-cn",
        "zh_Hant",
        "zh-CN-Hant",
        "ZH-HANT",
    ] {
        assert_eq!(negotiate(tag.as_bytes()), ROOM_ERR_LANG_ZH_HANT, "{tag}");
    }
}

#[test]
fn charset_and_modifier_end_the_tag() {
    assert_eq!(negotiate(b"zh.TW"), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh_CN@Hant"), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh_CN.UTF-8-Hant"), ROOM_ERR_LANG_ZH_HANS);
}

#[test]
fn everything_else_is_english() {
    let tags: [&[u8]; 22] = [
        b"",
        b"C",
        b"POSIX",
        b"C.UTF-8",
        b"fr-FR",
        b"de",
        b"zho",
        b"chi",
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
    let long = format!("zh-{}-TW", "x".repeat(1 << 20));
    assert_eq!(negotiate(long.as_bytes()), ROOM_ERR_LANG_ZH_HANT);
    let long_script = format!("zh-Hantxxxxx-{}", "CN");
    assert_eq!(negotiate(long_script.as_bytes()), ROOM_ERR_LANG_ZH_HANS);
    assert_eq!(negotiate(b"zh-\xff\xfe-TW"), ROOM_ERR_LANG_ZH_HANT);
    assert_eq!(negotiate(b"zh-TWN"), ROOM_ERR_LANG_ZH_HANS);
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
