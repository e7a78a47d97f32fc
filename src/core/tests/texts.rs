//! The texts are product: punctuation, script and terminology rules per language, checked over
//! the whole catalog, so a careless edit or a machine conversion fails the build.

use room_errors_core::{codes, is_retryable, lang_from_tag, message};

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
    "UserSig",
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
    // Taiwan words that contain a mainland term: 主控台 (console), 用戶端 (client).
    const TAIWAN_COMPOUNDS: [&str; 2] = ["主控台", "用戶端"];
    for (code, text) in messages("zh-Hant") {
        assert!(
            !text.chars().any(|c| SIMPLIFIED.contains(c)),
            "{code}: {text}"
        );
        let rest = TAIWAN_COMPOUNDS
            .iter()
            .fold(text.to_owned(), |t, w| t.replace(w, ""));
        for (mainland, taiwan) in MAINLAND {
            assert!(
                !rest.contains(mainland),
                "{code}: {mainland} (use {taiwan}) in {text}"
            );
        }
    }
}

/// A key term in English, and for each other language (by tag) the agreed word, in any of its forms.
type Term = (
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

/// The agreed word for each key term, per language.
const TERMS: &[Term] = &[
    (
        "camera",
        &[
            ("zh-Hans", &["摄像头"]),
            ("zh-Hant", &["攝影機"]),
            ("ja", &["カメラ"]),
            ("ko", &["카메라"]),
            ("ar", &["كاميرا"]),
        ],
    ),
    (
        "microphone",
        &[
            ("zh-Hans", &["麦克风"]),
            ("zh-Hant", &["麥克風"]),
            ("ja", &["マイク"]),
            ("ko", &["마이크"]),
            ("ar", &["ميكروفون"]),
        ],
    ),
    (
        "screen sharing",
        &[
            ("zh-Hans", &["屏幕分享"]),
            ("zh-Hant", &["螢幕分享"]),
            ("ja", &["画面共有"]),
            ("ko", &["화면 공유"]),
            ("ar", &["مشاركة الشاشة"]),
        ],
    ),
    (
        "seat",
        &[
            ("zh-Hans", &["麦"]),
            ("zh-Hant", &["麥"]),
            ("ja", &["マイク席"]),
            ("ko", &["마이크석"]),
            ("ar", &["مقعد", "مقاعد"]),
        ],
    ),
    (
        "room owner",
        &[
            ("zh-Hans", &["房主"]),
            ("zh-Hant", &["房主"]),
            ("ja", &["ルームオーナー"]),
            ("ko", &["방장"]),
            ("ar", &["مالك"]),
        ],
    ),
    (
        "administrator",
        &[
            ("zh-Hans", &["管理员"]),
            ("zh-Hant", &["管理員"]),
            ("ja", &["管理者"]),
            ("ko", &["관리자"]),
            ("ar", &["مشرف"]),
        ],
    ),
    (
        "cross-room connection",
        &[
            ("zh-Hans", &["连线"]),
            ("zh-Hant", &["連線"]),
            ("ja", &["ルーム間接続"]),
            ("ko", &["방 간 연결"]),
            ("ar", &["اتصال بين الغرف"]),
        ],
    ),
    (
        "battle",
        &[
            ("zh-Hans", &["PK"]),
            ("zh-Hant", &["PK"]),
            ("ja", &["PK バトル"]),
            ("ko", &["PK 배틀"]),
            ("ar", &["منافسة", "منافسات"]),
        ],
    ),
    (
        "room metadata",
        &[
            ("zh-Hans", &["房间元数据"]),
            ("zh-Hant", &["房間中繼資料"]),
            ("ja", &["ルームのメタデータ"]),
            ("ko", &["방 메타데이터"]),
            ("ar", &["البيانات الوصفية للغرفة"]),
        ],
    ),
    (
        "gift",
        &[
            ("zh-Hans", &["礼物"]),
            ("zh-Hant", &["禮物"]),
            ("ja", &["ギフト"]),
            ("ko", &["선물"]),
            ("ar", &["هدية", "هدايا"]),
        ],
    ),
    (
        "chat service",
        &[
            ("zh-Hans", &["聊天服务"]),
            ("zh-Hant", &["聊天服務"]),
            ("ja", &["チャットサービス"]),
            ("ko", &["채팅 서비스"]),
            ("ar", &["خدمة الدردشة"]),
        ],
    ),
];

#[test]
fn key_terms_are_translated_consistently() {
    // A message naming the thing in English names it with the one agreed word in every language.
    for &code in codes() {
        let en = message(code, 0).to_ascii_lowercase();
        for (term, translations) in TERMS.iter().filter(|(t, _)| en.contains(t)) {
            for (tag, words) in *translations {
                let text = message(code, lang_from_tag(tag));
                assert!(
                    words.iter().any(|w| text.contains(w)),
                    "{code} {tag}: {term} → {words:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn every_language_has_its_terms() {
    let tags: Vec<&str> = room_errors_core::languages()
        .skip(1)
        .map(|l| l.tag)
        .collect();
    for (term, translations) in TERMS {
        let listed: Vec<&str> = translations.iter().map(|(tag, _)| *tag).collect();
        assert_eq!(listed, tags, "{term}: a language without its agreed word");
    }
}

/// Drops a parenthetical at the end of a sentence: `…です（…）` → `…です`.
fn without_trailing_parenthetical(sentence: &str, open: char, close: char) -> &str {
    match (sentence.ends_with(close), sentence.rfind(open)) {
        (true, Some(at)) => sentence[..at].trim_end(),
        _ => sentence,
    }
}

#[test]
fn japanese_is_polite() {
    for (code, text) in messages("ja") {
        assert!(text.ends_with('。'), "{code}: {text}");
        for sentence in text.split('。').filter(|s| !s.is_empty()) {
            let sentence = without_trailing_parenthetical(sentence, '（', '）');
            let polite = ["ます", "ません", "ください", "です", "ました", "でした"];
            assert!(
                polite.iter().any(|e| sentence.ends_with(e)),
                "{code}: not です/ます: {sentence}"
            );
        }
        assert!(
            !text.contains(',') && !text.contains('('),
            "{code}: half-width punctuation: {text}"
        );
    }
}

#[test]
fn korean_is_formal() {
    for (code, text) in messages("ko") {
        assert!(text.ends_with('.'), "{code}: {text}");
        for sentence in text.split(". ").map(|s| s.trim_end_matches('.')) {
            let sentence = without_trailing_parenthetical(sentence, '(', ')');
            assert!(
                sentence.ends_with("니다") || sentence.ends_with("시오"),
                "{code}: not 합니다체: {sentence}"
            );
        }
    }
}

/// Bidirectional formatting characters (marks, embeddings, overrides, isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn arabic_reads_right_to_left_without_marks() {
    // The choice: no directional marks. Every message starts with an Arabic letter, so a label
    // that takes its direction from the first strong character lays it out right to left, and
    // embedded Latin tokens and digits are placed so that the Unicode Bidirectional Algorithm
    // alone orders them correctly (checked visually by tests/python/test_arabic_bidi.py).
    for (code, text) in messages("ar") {
        let first_letter = text.chars().find(|c| c.is_alphabetic());
        assert!(
            first_letter.is_some_and(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
            "{code}: {text}"
        );
        assert!(
            !text.chars().any(is_bidi_control),
            "{code}: a directional mark in {text}"
        );
        assert!(text.ends_with('.'), "{code}: {text}");
        for ascii in [',', ';', '?'] {
            assert!(
                !text.contains(ascii),
                "{code}: {ascii:?} instead of the Arabic mark in {text}"
            );
        }
    }
}

#[test]
fn a_message_says_try_again_exactly_when_the_code_is_retryable() {
    for &code in codes() {
        let english = message(code, 0).to_ascii_lowercase();
        assert_eq!(
            english.contains("try again"),
            is_retryable(code),
            "{code}: {english}"
        );
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
