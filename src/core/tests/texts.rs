//! The texts are product: punctuation, script and terminology rules per language, checked over
//! the whole catalog, so a careless edit or a machine conversion fails the build.

use room_errors_core::{codes, lang_from_tag, message};

/// Every message (unknown codes included) in the language of `tag`, with its code.
fn messages(tag: &str) -> Vec<(i32, &'static str)> {
    let lang = lang_from_tag(tag);
    codes()
        .iter()
        .chain(&[i32::MIN])
        .map(|&c| (c, message(c, lang)))
        .collect()
}

fn is_cjk(c: char) -> bool {
    ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// Tokens that must survive translation unchanged.
const TOKENS: &[&str] = &[
    "0x20-0x7e",
    "48",
    "30",
    "UTF-8",
    "SDKAppID",
    "Login",
    "roomEngine",
    "Conference",
    "LivingRoom",
];

#[test]
fn english_is_sentence_case_ascii_prose() {
    for (code, text) in messages("en") {
        assert!(
            text.starts_with(|c: char| c.is_ascii_uppercase()),
            "{code}: {text}"
        );
        assert!(text.ends_with('.'), "{code}: {text}");
        assert!(text.is_ascii(), "{code}: {text}");
        assert!(
            !text.contains("  ") && !text.contains(" ."),
            "{code}: {text}"
        );
    }
}

#[test]
fn chinese_uses_full_width_punctuation() {
    for tag in ["zh-Hans", "zh-Hant"] {
        for (code, text) in messages(tag) {
            assert!(text.ends_with('。'), "{tag} {code}: {text}");
            assert!(text.chars().any(is_cjk), "{tag} {code}: {text}");
            for ascii in [',', ';', ':', '(', ')', '?', '!'] {
                assert!(
                    !text.contains(ascii),
                    "{tag} {code}: half-width {ascii:?} in {text}"
                );
            }
            assert!(
                !text.contains("  ") && !text.contains(" ，") && !text.contains(" 。"),
                "{tag} {code}: {text}"
            );
        }
    }
}

#[test]
fn simplified_chinese_has_no_traditional_characters() {
    const TRADITIONAL: &str = "麥攝機頭裝權請間錯誤碼數進開關時發與戶號個們會對螢設備線應該於過";
    for (code, text) in messages("zh-Hans") {
        assert!(
            !text.chars().any(|c| TRADITIONAL.contains(c)),
            "{code}: {text}"
        );
    }
}

#[test]
fn traditional_chinese_is_taiwan_usage() {
    const SIMPLIFIED: &str = "麦摄机头装权请间错误码数进开关时发与户号个们会对设备线应该于过";
    // Mainland terms, even in traditional characters, with the Taiwan term to use instead.
    const MAINLAND: &[(&str, &str)] = &[
        ("攝像頭", "攝影機"),
        ("屏幕", "螢幕"),
        ("用戶", "使用者"),
        ("登錄", "登入"),
        ("設置", "設定"),
        ("視頻", "視訊"),
        ("音頻", "音訊"),
        ("默認", "預設"),
        ("網絡", "網路"),
        ("服務器", "伺服器"),
        ("字節", "位元組"),
        ("字符", "字元"),
        ("創建", "建立"),
        ("支持", "支援"),
        ("獲取", "取得"),
        ("調用", "呼叫"),
        ("信息", "訊息"),
        ("套餐", "方案"),
        ("控制台", "主控台"),
    ];
    for (code, text) in messages("zh-Hant") {
        assert!(
            !text.chars().any(|c| SIMPLIFIED.contains(c)),
            "{code}: {text}"
        );
        for (mainland, taiwan) in MAINLAND {
            assert!(
                !text.replace("主控台", "").contains(mainland),
                "{code}: {mainland} (use {taiwan}) in {text}"
            );
        }
    }
}

#[test]
fn key_terms_are_translated_consistently() {
    // (English term, the zh-Hans term, the zh-Hant term): a message naming the thing in English
    // names it with the one agreed word in each Chinese script.
    const TERMS: &[(&str, &str, &str)] = &[
        ("camera", "摄像头", "攝影機"),
        ("microphone", "麦克风", "麥克風"),
        ("screen sharing", "屏幕分享", "螢幕分享"),
        ("seat", "麦", "麥"),
        ("room owner", "房主", "房主"),
        ("administrator", "管理员", "管理員"),
    ];
    for &code in codes() {
        let en = message(code, 0).to_ascii_lowercase();
        for (term, hans, hant) in TERMS {
            if en.contains(term) {
                assert!(
                    message(code, 1).contains(hans),
                    "{code}: {term} → {hans}: {}",
                    message(code, 1)
                );
                assert!(
                    message(code, 2).contains(hant),
                    "{code}: {term} → {hant}: {}",
                    message(code, 2)
                );
            }
        }
    }
}

#[test]
fn technical_tokens_survive_translation() {
    for &code in codes() {
        let english = message(code, 0);
        for token in TOKENS.iter().filter(|t| english.contains(*t)) {
            for language in room_errors_core::languages() {
                let text = message(code, language.id);
                assert!(
                    text.contains(token),
                    "{code} {}: {token} missing in {text}",
                    language.tag
                );
            }
        }
    }
}
