//! The texts are product: punctuation, script and terminology rules per language, checked over
//! the whole catalog (every summary, remedy and message, the unknown-code text, the user
//! fallback and the action labels), so a careless edit or a machine conversion fails the build.
//! The glossary (one agreed word per key term and language, and the words it rules out) is the
//! `TERMS` and `RULED_OUT` tables below.

use room_errors_core::{
    action, action_label, codes, is_retryable, lang_from_tag, message, remedy, summary,
    user_message, Action,
};

/// An unknown code: its texts are the unknown-code text; its user message is the user fallback.
const UNKNOWN: i32 = i32::MIN;

/// Which part of a code's text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Summary,
    Remedy,
    Message,
    /// The generic text end users read for developer-audience and unknown codes.
    UserFallback,
}

/// Every text in the language of `tag`: each code's summary, remedy (where it has one) and
/// message, the unknown code's text, and the user fallback.
fn texts(tag: &str) -> Vec<(i32, Part, &'static str)> {
    let lang = lang_from_tag(tag);
    let mut out = Vec::new();
    for &code in codes().iter().chain(&[UNKNOWN]) {
        out.push((code, Part::Summary, summary(code, lang)));
        out.push((code, Part::Message, message(code, lang)));
        let remedy = remedy(code, lang);
        if !remedy.is_empty() {
            out.push((code, Part::Remedy, remedy));
        }
    }
    out.push((UNKNOWN, Part::UserFallback, user_message(UNKNOWN, lang)));
    out
}

/// The summaries and remedies: each must be one sentence.
fn sentences(tag: &str) -> impl Iterator<Item = (i32, Part, &'static str)> {
    texts(tag)
        .into_iter()
        .filter(|(_, part, _)| matches!(part, Part::Summary | Part::Remedy))
}

/// How many sentences `text` in the language of `tag` holds. Thai has no full stop: a space
/// separates its sentences, and a Thai sentence break is a space between a Thai character and
/// โปรด, the polite word that opens every Thai request (inside a sentence a request follows a
/// Latin token or is joined without a space: "…จึงโปรด…"). Elsewhere: full stops that end the
/// text or are followed by a space (so that "H.265" and "0x20-0x7e" are not counted), and every
/// `。` in Chinese and Japanese.
fn sentence_count(tag: &str, text: &str) -> usize {
    if tag == "th" {
        let breaks = text
            .match_indices(" โปรด")
            .filter(|(at, _)| text[..*at].chars().next_back().is_some_and(is_thai))
            .count();
        return usize::from(!text.is_empty()) + breaks;
    }
    let full_width = text.matches('。').count();
    let half_width = text.matches(". ").count() + usize::from(text.ends_with('.'));
    full_width + half_width
}

/// The tags of every language.
fn tags() -> impl Iterator<Item = &'static str> {
    room_errors_core::languages().map(|l| l.tag)
}

/// The words of `text`, lowercased: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn is_thai(c: char) -> bool {
    ('\u{0e00}'..='\u{0e7f}').contains(&c)
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04ff}').contains(&c)
}

fn is_cjk(c: char) -> bool {
    ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{064a}').contains(&c)
}

/// Traditional characters that never occur in Simplified Chinese, and the reverse.
const TRADITIONAL: &str =
    "麥攝機頭裝權請間錯誤碼數進開關時發與戶號個們會對螢設備線應該於過禮連選擇錄";
const SIMPLIFIED: &str = "麦摄机头装权请间错误码数进开关时发与户号个们会对设备线应该于过礼连选择录";

/// Tokens that must survive translation unchanged.
const TOKENS: &[&str] = &[
    "0x20-0x7e",
    "48",
    "30",
    "UTF-8",
    "SDKAppID",
    "UserSig",
    "Login",
    "roomEngine",
    "Conference",
    "LivingRoom",
    "HEVC/H.265",
    "IM",
    "key",
];

#[test]
fn every_summary_and_remedy_is_one_sentence() {
    for tag in tags() {
        for (code, part, text) in sentences(tag) {
            assert_eq!(
                sentence_count(tag, text),
                1,
                "{tag} {code} {part:?}: {text}"
            );
        }
    }
}

#[test]
fn english_is_sentence_case_ascii_prose() {
    for (code, part, text) in texts("en") {
        let at = format!("{code} {part:?}: {text}");
        assert!(text.starts_with(|c: char| c.is_ascii_uppercase()), "{at}");
        assert!(text.ends_with('.'), "{at}");
        assert!(text.is_ascii(), "{at}");
        assert!(!text.contains("  ") && !text.contains(" ."), "{at}");
        assert!(!text.contains(['?', '!']), "{at}");
    }
}

#[test]
fn chinese_uses_full_width_punctuation() {
    for tag in ["zh-Hans", "zh-Hant"] {
        for (code, part, text) in texts(tag) {
            let at = format!("{tag} {code} {part:?}: {text}");
            assert!(text.ends_with('。'), "{at}");
            assert!(text.chars().any(is_cjk), "{at}");
            for ascii in [',', ';', ':', '(', ')', '?', '!', '.'] {
                let stray = text.replace("H.265", "");
                assert!(!stray.contains(ascii), "half-width {ascii:?}: {at}");
            }
            assert!(
                !text.contains("  ") && !text.contains(" ，") && !text.contains(" 。"),
                "{at}"
            );
        }
    }
}

#[test]
fn simplified_chinese_has_no_traditional_characters() {
    for (code, part, text) in texts("zh-Hans") {
        assert!(
            !text.chars().any(|c| TRADITIONAL.contains(c)),
            "{code} {part:?}: {text}"
        );
    }
}

#[test]
fn traditional_chinese_is_taiwan_usage() {
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
        ("元數據", "中繼資料"),
        ("進房", "進入房間"),
        ("退房", "離開房間"),
        ("當前", "目前"),
    ];
    // Taiwan words that contain a mainland term: 主控台 (console), 用戶端 (client).
    const TAIWAN_COMPOUNDS: [&str; 2] = ["主控台", "用戶端"];
    for (code, part, text) in texts("zh-Hant") {
        let at = format!("{code} {part:?}: {text}");
        assert!(!text.chars().any(|c| SIMPLIFIED.contains(c)), "{at}");
        let rest = TAIWAN_COMPOUNDS
            .iter()
            .fold(text.to_owned(), |t, w| t.replace(w, ""));
        for (mainland, taiwan) in MAINLAND {
            assert!(!rest.contains(mainland), "{mainland} (use {taiwan}): {at}");
        }
    }
}

/// A key term: its English forms, and for each other language (by tag) the agreed word, in any
/// of its forms.
type Term = (
    &'static [&'static str],
    &'static [(&'static str, &'static [&'static str])],
);

/// The agreed word for each key term, per language (the glossary).
const TERMS: &[Term] = &[
    (
        &["camera"],
        &[
            ("zh-Hans", &["摄像头"]),
            ("zh-Hant", &["攝影機"]),
            ("ja", &["カメラ"]),
            ("ko", &["카메라"]),
            ("ar", &["كاميرا"]),
            ("es", &["cámara", "Cámara"]),
            ("pt", &["câmera", "Câmera"]),
            ("id", &["kamera", "Kamera"]),
            ("vi", &["camera", "Camera"]),
            ("th", &["กล้อง"]),
            ("ru", &["камер", "Камер"]),
        ],
    ),
    (
        &["microphone"],
        &[
            ("zh-Hans", &["麦克风"]),
            ("zh-Hant", &["麥克風"]),
            ("ja", &["マイク"]),
            ("ko", &["마이크"]),
            ("ar", &["ميكروفون"]),
            ("es", &["micrófono", "Micrófono"]),
            ("pt", &["microfone", "Microfone"]),
            ("id", &["mikrofon", "Mikrofon"]),
            ("vi", &["micrô", "Micrô"]),
            ("th", &["ไมโครโฟน"]),
            ("ru", &["микрофон", "Микрофон"]),
        ],
    ),
    (
        &["screen sharing"],
        &[
            ("zh-Hans", &["屏幕分享"]),
            ("zh-Hant", &["螢幕分享"]),
            ("ja", &["画面共有"]),
            ("ko", &["화면 공유"]),
            ("ar", &["مشاركة الشاشة"]),
            (
                "es",
                &["uso compartido de pantalla", "Uso compartido de pantalla"],
            ),
            (
                "pt",
                &["compartilhamento de tela", "Compartilhamento de tela"],
            ),
            ("id", &["berbagi layar", "Berbagi layar"]),
            ("vi", &["chia sẻ màn hình", "Chia sẻ màn hình"]),
            ("th", &["แชร์หน้าจอ"]),
            ("ru", &["демонстраци", "Демонстраци"]),
        ],
    ),
    (
        &["screen recording"],
        &[
            ("zh-Hans", &["屏幕录制"]),
            ("zh-Hant", &["螢幕錄製"]),
            ("ja", &["画面収録"]),
            ("ko", &["화면 기록"]),
            ("ar", &["تسجيل الشاشة"]),
            ("es", &["grabación de pantalla", "Grabación de pantalla"]),
            ("pt", &["gravação de tela", "Gravação de tela"]),
            ("id", &["perekaman layar", "Perekaman layar"]),
            ("vi", &["ghi màn hình", "Ghi màn hình"]),
            ("th", &["บันทึกหน้าจอ"]),
            ("ru", &["запись экрана", "Запись экрана"]),
        ],
    ),
    (
        &["seat"],
        &[
            ("zh-Hans", &["麦"]),
            ("zh-Hant", &["麥"]),
            ("ja", &["マイク席"]),
            ("ko", &["마이크석"]),
            ("ar", &["مقعد", "مقاعد"]),
            ("es", &["asiento", "Asiento"]),
            ("pt", &["assento", "Assento"]),
            ("id", &["kursi", "Kursi"]),
            ("vi", &["ghế mic", "Ghế mic"]),
            ("th", &["ที่นั่ง"]),
            ("ru", &["мест", "Мест"]),
        ],
    ),
    (
        &["room owner"],
        &[
            ("zh-Hans", &["房主"]),
            ("zh-Hant", &["房主"]),
            ("ja", &["ルームオーナー"]),
            ("ko", &["방장"]),
            ("ar", &["مالك"]),
            ("es", &["propietario de la sala", "Propietario de la sala"]),
            ("pt", &["proprietário da sala", "Proprietário da sala"]),
            ("id", &["pemilik ruang", "Pemilik ruang"]),
            ("vi", &["chủ phòng", "Chủ phòng"]),
            ("th", &["เจ้าของห้อง"]),
            (
                "ru",
                &[
                    "владелец комнаты",
                    "владельца комнаты",
                    "владельцем комнаты",
                    "Владелец комнаты",
                ],
            ),
        ],
    ),
    (
        &["administrator"],
        &[
            ("zh-Hans", &["管理员"]),
            ("zh-Hant", &["管理員"]),
            ("ja", &["管理者"]),
            ("ko", &["관리자"]),
            ("ar", &["مشرف"]),
            ("es", &["administrador"]),
            ("pt", &["administrador"]),
            ("id", &["administrator"]),
            ("vi", &["quản trị viên"]),
            ("th", &["ผู้ดูแล"]),
            ("ru", &["администратор"]),
        ],
    ),
    (
        &["co-hosting"],
        &[
            ("zh-Hans", &["连麦"]),
            ("zh-Hant", &["連麥"]),
            ("ja", &["共同配信"]),
            ("ko", &["공동 방송"]),
            ("ar", &["البث المشترك"]),
            ("es", &["transmisión conjunta", "Transmisión conjunta"]),
            ("pt", &["transmissão conjunta", "Transmissão conjunta"]),
            ("id", &["siaran bersama", "Siaran bersama"]),
            ("vi", &["phát sóng chung", "Phát sóng chung"]),
            ("th", &["ร่วมไลฟ์"]),
            ("ru", &["овместный эфир", "овместного эфира"]),
        ],
    ),
    (
        &["battle"],
        &[
            ("zh-Hans", &["PK"]),
            ("zh-Hant", &["PK"]),
            ("ja", &["PK バトル"]),
            ("ko", &["PK 배틀"]),
            ("ar", &["منافسة PK", "منافسات PK"]),
            ("es", &["batalla PK"]),
            ("pt", &["batalha PK"]),
            ("id", &["pertandingan PK", "Pertandingan PK"]),
            ("vi", &["trận PK", "Trận PK"]),
            ("th", &["แข่ง PK"]),
            ("ru", &["PK-батл"]),
        ],
    ),
    (
        &["cross-room connection"],
        &[
            ("zh-Hans", &["连线"]),
            ("zh-Hant", &["連線"]),
            ("ja", &["ルーム間接続"]),
            ("ko", &["방 간 연결"]),
            ("ar", &["اتصال بين الغرف"]),
            ("es", &["conexión entre salas"]),
            ("pt", &["conexão entre salas"]),
            ("id", &["koneksi antarruang", "Koneksi antarruang"]),
            ("vi", &["kết nối liên phòng", "Kết nối liên phòng"]),
            ("th", &["เชื่อมต่อข้ามห้อง"]),
            ("ru", &["между комнат"]),
        ],
    ),
    (
        &["chat service"],
        &[
            ("zh-Hans", &["聊天服务"]),
            ("zh-Hant", &["聊天服務"]),
            ("ja", &["チャットサービス"]),
            ("ko", &["채팅 서비스"]),
            ("ar", &["خدمة الدردشة"]),
            ("es", &["servicio de chat"]),
            ("pt", &["serviço de chat"]),
            ("id", &["layanan obrolan", "Layanan obrolan"]),
            ("vi", &["dịch vụ trò chuyện", "Dịch vụ trò chuyện"]),
            ("th", &["บริการแชท"]),
            (
                "ru",
                &["ервис чата", "ервиса чата", "ервису чата", "ервисом чата"],
            ),
        ],
    ),
    (
        &["gift"],
        &[
            ("zh-Hans", &["礼物"]),
            ("zh-Hant", &["禮物"]),
            ("ja", &["ギフト"]),
            ("ko", &["선물"]),
            ("ar", &["هدية", "هدايا", "الهدايا", "الهدية"]),
            ("es", &["regalo"]),
            ("pt", &["presente"]),
            ("id", &["hadiah", "Hadiah"]),
            ("vi", &["quà tặng", "Quà tặng"]),
            ("th", &["ของขวัญ"]),
            ("ru", &["одар"]),
        ],
    ),
    (
        &["metadata"],
        &[
            ("zh-Hans", &["元数据"]),
            ("zh-Hant", &["中繼資料"]),
            ("ja", &["メタデータ"]),
            ("ko", &["메타데이터"]),
            ("ar", &["البيانات الوصفية"]),
            ("es", &["metadatos"]),
            ("pt", &["metadados"]),
            ("id", &["metadata"]),
            ("vi", &["siêu dữ liệu"]),
            ("th", &["เมทาดาทา"]),
            ("ru", &["етаданн"]),
        ],
    ),
    (
        // 禁言: never "muted", which reads as audio.
        &["allowed to send messages"],
        &[
            ("zh-Hans", &["禁言"]),
            ("zh-Hant", &["禁言"]),
            ("ja", &["メッセージの送信を禁止", "メッセージの送信が禁止"]),
            ("ko", &["메시지 전송이 금지"]),
            ("ar", &["من إرسال الرسائل"]),
            ("es", &["permitido enviar mensajes"]),
            ("pt", &["permissão para enviar mensagens"]),
            ("id", &["diizinkan mengirim pesan"]),
            ("vi", &["được phép gửi tin nhắn"]),
            ("th", &["ได้รับอนุญาตให้ส่งข้อความ"]),
            ("ru", &["разрешено отправлять сообщения"]),
        ],
    ),
    (
        &["plan"],
        &[
            ("zh-Hans", &["套餐"]),
            ("zh-Hant", &["方案"]),
            ("ja", &["プラン"]),
            ("ko", &["요금제"]),
            ("ar", &["باقة", "الباقة"]),
            ("es", &["plan"]),
            ("pt", &["plano"]),
            ("id", &["paket"]),
            ("vi", &["gói dịch vụ"]),
            ("th", &["แพ็กเกจ"]),
            ("ru", &["тариф"]),
        ],
    ),
    (
        &["console"],
        &[
            ("zh-Hans", &["控制台"]),
            ("zh-Hant", &["主控台"]),
            ("ja", &["コンソール"]),
            ("ko", &["콘솔"]),
            ("ar", &["وحدة التحكم"]),
            ("es", &["consola"]),
            ("pt", &["console"]),
            ("id", &["konsol"]),
            ("vi", &["bảng điều khiển"]),
            ("th", &["คอนโซล"]),
            ("ru", &["консол"]),
        ],
    ),
    (
        &["license"],
        &[
            ("zh-Hans", &["License"]),
            ("zh-Hant", &["License"]),
            ("ja", &["ライセンス"]),
            ("ko", &["라이선스"]),
            ("ar", &["الترخيص"]),
            ("es", &["licencia", "Licencia"]),
            ("pt", &["licença", "Licença"]),
            ("id", &["License"]),
            ("vi", &["License"]),
            ("th", &["License"]),
            ("ru", &["Лицензи"]),
        ],
    ),
    (
        &["log in", "logged in"],
        &[
            ("zh-Hans", &["登录"]),
            ("zh-Hant", &["登入"]),
            ("ja", &["ログイン"]),
            ("ko", &["로그인"]),
            ("ar", &["تسجيل الدخول"]),
            ("es", &["iniciar sesión", "iniciado sesión"]),
            ("pt", &["fazer login", "fez login", "Faça login"]),
            ("id", &["login"]),
            ("vi", &["đăng nhập", "Đăng nhập"]),
            ("th", &["เข้าสู่ระบบ"]),
            ("ru", &["вход"]),
        ],
    ),
];

/// Words the glossary rules out, per language, with the agreed word to use instead.
const RULED_OUT: &[(&str, &str, &str)] = &[
    ("en", "Please", "the imperative alone"),
    ("en", "please", "the imperative alone"),
    ("en", "muted", "not allowed to send messages"),
    ("en", "link-mic", "co-hosting"),
    ("en", "Link-mic", "co-hosting"),
    ("en", "cancelling", "canceling"),
    ("en", "License", "license"),
    (
        "en",
        "dismissed",
        "closed (a room); dismiss is for IM groups",
    ),
    ("ja", "画面録画", "画面収録"),
    ("ko", "라이센스", "라이선스"),
    ("ko", "화면 녹화", "화면 기록"),
    ("ko", "작업이 성공", "작업에 성공"),
    ("ar", "حلّ الغرفة", "إغلاق الغرفة"),
    ("ar", "حلّها", "إغلاقها"),
    ("ar", "تم حلّ", "تم إغلاق"),
    ("es", "silenciad", "no tiene permitido enviar mensajes"),
    ("pt", "silenciad", "não tem permissão para enviar mensagens"),
    ("id", "dibisukan", "tidak diizinkan mengirim pesan"),
    ("vi", "tắt tiếng", "không được phép gửi tin nhắn"),
    ("th", "กรุณา", "โปรด"),
    ("ru", "заглуш", "не разрешено отправлять сообщения"),
    ("ru", "ежкомнатн", "соединение между комнатами"),
];

/// Whole words (lowercase) the glossary and register rule out, per language, with what to use.
const RULED_OUT_WORDS: &[(&str, &[&str], &str)] = &[
    (
        "es",
        &[
            "tú",
            "tu",
            "tus",
            "ti",
            "contigo",
            "puedes",
            "tienes",
            "debes",
            "inténtalo",
            "asegúrate",
        ],
        "usted forms (su, puede, Inténtelo, Asegúrese)",
    ),
    (
        "es",
        &[
            "vosotros",
            "vuestro",
            "vídeo",
            "vídeos",
            "ordenador",
            "ajustes",
        ],
        "Latin American usage (ustedes, video, computadora, configuración)",
    ),
    (
        "pt",
        &[
            "ecrã",
            "utilizador",
            "utilizadores",
            "telemóvel",
            "partilha",
            "partilhar",
            "ficheiro",
            "registo",
            "equipa",
        ],
        "Brazilian usage (tela, usuário, celular, compartilhamento, arquivo, registro, equipe)",
    ),
    ("pt", &["tu", "teu", "tua"], "você"),
    ("id", &["mohon", "harap", "tolong", "silahkan"], "Silakan"),
    ("vi", &["hãy"], "vui lòng"),
    (
        "vi",
        &["khoá", "hoá", "xoá", "huỷ", "tuỳ"],
        "one tone-mark style: khóa, hóa, xóa, hủy, tùy",
    ),
    (
        "ru",
        &[
            "ты",
            "тебя",
            "тебе",
            "тобой",
            "твой",
            "твоя",
            "твоё",
            "твои",
            "твоего",
            "твоей",
            "проверь",
            "повтори",
            "попробуй",
            "выбери",
            "запроси",
            "попроси",
            "выполни",
            "войди",
            "уменьши",
            "сократи",
            "покинь",
            "включи",
        ],
        "the polite вы imperative (Проверьте, Повторите попытку)",
    ),
];

#[test]
fn key_terms_are_translated_consistently() {
    // A summary or remedy naming the thing in English names it with the one agreed word in
    // every language, in the same part. Every miss is listed, then the test fails.
    let mut misses = Vec::new();
    for (code, part, english) in sentences("en") {
        let english = english.to_ascii_lowercase();
        let named = TERMS
            .iter()
            .filter(|(forms, _)| forms.iter().any(|f| english.contains(f)));
        for (forms, translations) in named {
            for (tag, words) in *translations {
                let lang = lang_from_tag(tag);
                let text = match part {
                    Part::Summary => summary(code, lang),
                    _ => remedy(code, lang),
                };
                if !words.iter().any(|w| text.contains(w)) {
                    misses.push(format!(
                        "{code} {part:?} {tag}: {} → {words:?}: {text}",
                        forms[0]
                    ));
                }
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn ruled_out_words_are_not_used() {
    for (tag, wrong, instead) in RULED_OUT {
        for (code, part, text) in texts(tag) {
            assert!(
                !text.contains(wrong),
                "{tag} {code} {part:?}: {wrong} (use {instead}): {text}"
            );
        }
    }
}

#[test]
fn ruled_out_words_are_not_used_as_words() {
    for (tag, wrong, instead) in RULED_OUT_WORDS {
        for (code, part, text) in texts(tag) {
            let used = words(text).find(|w| wrong.contains(&w.as_str()));
            assert!(
                used.is_none(),
                "{tag} {code} {part:?}: {used:?} (use {instead}): {text}"
            );
        }
    }
}

#[test]
fn every_language_has_its_terms() {
    let tags: Vec<&str> = room_errors_core::languages()
        .skip(1)
        .map(|l| l.tag)
        .collect();
    for (forms, translations) in TERMS {
        let listed: Vec<&str> = translations.iter().map(|(tag, _)| *tag).collect();
        assert_eq!(
            listed, tags,
            "{forms:?}: a language without its agreed word"
        );
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
    for (code, part, text) in texts("ja") {
        let at = format!("{code} {part:?}: {text}");
        assert!(text.ends_with('。'), "{at}");
        for sentence in text.split('。').filter(|s| !s.is_empty()) {
            let sentence = without_trailing_parenthetical(sentence, '（', '）');
            let polite = ["ます", "ません", "ください", "です", "ました", "でした"];
            assert!(
                polite.iter().any(|e| sentence.ends_with(e)),
                "not です/ます: {sentence}: {at}"
            );
        }
        assert!(
            !text.contains([',', '(', ';', '?', '!']),
            "half-width punctuation: {at}"
        );
    }
}

#[test]
fn korean_is_formal() {
    for (code, part, text) in texts("ko") {
        let at = format!("{code} {part:?}: {text}");
        assert!(text.ends_with('.'), "{at}");
        for sentence in text.split(". ").map(|s| s.trim_end_matches('.')) {
            let sentence = without_trailing_parenthetical(sentence, '(', ')');
            assert!(
                sentence.ends_with("니다") || sentence.ends_with("시오"),
                "not 합니다체: {sentence}: {at}"
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
    // The choice: no directional marks. Every text (each summary and remedy too) starts with an
    // Arabic letter, so a label that takes its direction from the first strong character lays it
    // out right to left, and embedded Latin tokens and digits are placed so that the Unicode
    // Bidirectional Algorithm alone orders them correctly (checked visually by
    // tests/python/test_arabic_bidi.py).
    for (code, part, text) in texts("ar") {
        let at = format!("{code} {part:?}: {text}");
        let first_letter = text.chars().find(|c| c.is_alphabetic());
        assert!(first_letter.is_some_and(is_arabic_letter), "{at}");
        assert!(
            !text.chars().any(is_bidi_control),
            "a directional mark: {at}"
        );
        assert!(text.ends_with('.'), "{at}");
        for ascii in [',', ';', '?'] {
            assert!(
                !text.contains(ascii),
                "{ascii:?} instead of the Arabic mark: {at}"
            );
        }
    }
}

/// The languages that end every sentence with a full stop and start it with a capital.
const FULL_STOP_LANGUAGES: [&str; 5] = ["es", "pt", "id", "vi", "ru"];

#[test]
fn latin_and_cyrillic_texts_are_punctuated_sentences() {
    for tag in FULL_STOP_LANGUAGES {
        for (code, part, text) in texts(tag) {
            let at = format!("{tag} {code} {part:?}: {text}");
            assert!(text.starts_with(char::is_uppercase), "{at}");
            assert!(text.ends_with('.'), "{at}");
            assert!(
                !text.contains("  ") && !text.contains(" .") && !text.contains(" ,"),
                "{at}"
            );
            assert!(!text.contains(['?', '!', '¿', '¡', '"']), "{at}");
        }
    }
}

/// Thai vowels and marks that attach to the character before them, so no word starts with one.
fn is_thai_mark(c: char) -> bool {
    matches!(c, '\u{0e30}'..='\u{0e3a}' | '\u{0e45}' | '\u{0e47}'..='\u{0e4e}')
}

#[test]
fn thai_is_spaced_by_clauses_without_full_stops() {
    // Thai writes words together: a space separates clauses (at most two per sentence, where
    // English has a comma or semicolon) and sentences, and sets off Latin tokens and numbers.
    for (code, part, text) in texts("th") {
        let at = format!("{code} {part:?}: {text}");
        let chars: Vec<char> = text.chars().collect();
        assert!(chars.iter().copied().any(is_thai), "{at}");
        assert!(
            !text
                .replace("H.265", "")
                .contains(['.', ',', ';', '?', '!']),
            "Latin punctuation: {at}"
        );
        assert!(text.trim() == text && !text.contains("  "), "{at}");
        for pair in chars.windows(2) {
            let token = |c: char| c.is_ascii_alphanumeric();
            assert!(
                !(is_thai(pair[0]) && token(pair[1]) || token(pair[0]) && is_thai(pair[1])),
                "a Latin token or number not set off by spaces: {at}"
            );
            assert!(
                !(pair[0] == ' ' && is_thai_mark(pair[1])),
                "a space inside a word: {at}"
            );
        }
        let joins = chars
            .windows(3)
            .filter(|w| w[1] == ' ' && is_thai(w[0]) && is_thai(w[2]))
            .count();
        if matches!(part, Part::Summary | Part::Remedy) {
            assert!(joins <= 2, "spaces beyond clause breaks: {at}");
        }
        if part == Part::Remedy {
            assert!(text.contains("โปรด"), "not a polite request: {at}");
        }
    }
}

#[test]
fn vietnamese_is_precomposed_and_asks_politely() {
    let vi = lang_from_tag("vi");
    let labels = Action::ALL
        .into_iter()
        .map(|a| (0, Part::Summary, action_label(a, vi)));
    for (code, part, text) in texts("vi").into_iter().chain(labels) {
        let at = format!("{code} {part:?}: {text}");
        assert!(
            !text.chars().any(|c| ('\u{0300}'..='\u{036f}').contains(&c)),
            "a combining mark, not NFC: {at}"
        );
        if part == Part::Remedy {
            assert!(
                text.starts_with("Vui lòng ") || text.contains(" vui lòng "),
                "not a Vui lòng request: {at}"
            );
        }
    }
}

#[test]
fn indonesian_asks_with_silakan() {
    for (code, _, text) in texts("id").into_iter().filter(|t| t.1 == Part::Remedy) {
        assert!(
            text.starts_with("Silakan ") || text.contains(" silakan "),
            "{code}: {text}"
        );
    }
}

#[test]
fn spanish_uses_usted() {
    // A remedy clause opens with its imperative: the usted form (Verifique), never the tú form.
    const TU_IMPERATIVES: &[&str] = &[
        "intenta",
        "verifica",
        "revisa",
        "comprueba",
        "elige",
        "pide",
        "solicita",
        "espera",
        "usa",
        "cambia",
        "abre",
        "reduce",
        "acorta",
        "activa",
        "cierra",
        "sal",
        "vuelve",
        "llama",
    ];
    for (code, _, text) in texts("es").into_iter().filter(|t| t.1 == Part::Remedy) {
        for clause in text.split([';', ',']) {
            let first = words(clause).next().unwrap_or_default();
            assert!(
                !TU_IMPERATIVES.contains(&first.as_str()),
                "{code}: a tú imperative {first}: {text}"
            );
        }
    }
}

#[test]
fn russian_is_cyrillic_and_asks_politely() {
    let ru = lang_from_tag("ru");
    let labels = Action::ALL
        .into_iter()
        .map(|a| (0, Part::Summary, action_label(a, ru)));
    for (code, part, text) in texts("ru").into_iter().chain(labels) {
        let at = format!("{code} {part:?}: {text}");
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !word.chars().any(is_cyrillic) || word.chars().all(is_cyrillic),
                "a Latin look-alike letter in {word}: {at}"
            );
        }
        if part == Part::Remedy {
            assert!(
                words(text).any(|w| ["йте", "ите", "ьте"].iter().any(|e| w.ends_with(e))),
                "no polite imperative: {at}"
            );
        }
    }
}

#[test]
fn a_remedy_exists_exactly_when_there_is_something_to_do() {
    for &code in codes().iter().chain(&[UNKNOWN]) {
        for language in room_errors_core::languages() {
            assert_eq!(
                remedy(code, language.id).is_empty(),
                action(code) == Action::None,
                "{code} {}: action {} and remedy {:?}",
                language.tag,
                action(code).as_str(),
                remedy(code, language.id)
            );
        }
    }
}

#[test]
fn the_english_remedy_says_try_again_exactly_when_the_code_is_retryable() {
    for &code in codes() {
        let (summary, remedy) = (
            summary(code, 0).to_ascii_lowercase(),
            remedy(code, 0).to_ascii_lowercase(),
        );
        assert!(!summary.contains("try again"), "{code}: {summary}");
        assert_eq!(
            remedy.contains("try again"),
            is_retryable(code),
            "{code}: {remedy}"
        );
    }
}

#[test]
fn the_user_fallback_asks_to_try_again_later() {
    // End users read it for every developer-audience code, so it promises nothing but a retry.
    let english = user_message(UNKNOWN, 0);
    assert!(english.ends_with("Try again later."), "{english}");
    for language in room_errors_core::languages() {
        let text = user_message(UNKNOWN, language.id);
        assert_eq!(
            sentence_count(language.tag, text),
            2,
            "{}: {text}",
            language.tag
        );
        assert_ne!(text, message(UNKNOWN, language.id), "{}", language.tag);
    }
}

#[test]
fn action_labels_are_short_button_titles() {
    for action in Action::ALL.into_iter().filter(|a| a.has_label()) {
        let english = action_label(action, 0);
        assert!(
            english
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase())),
            "{action:?}: title case: {english}"
        );
        for language in room_errors_core::languages() {
            let label = action_label(action, language.id);
            let at = format!("{action:?} {}: {label}", language.tag);
            assert!(!label.is_empty(), "{at}");
            assert!(label.chars().count() <= 24, "too long: {at}");
            assert!(
                !label.ends_with(['.', '。', '!', '！', ':', '：']),
                "punctuation: {at}"
            );
            assert!(!label.contains("  ") && label.trim() == label, "{at}");
            match language.tag {
                "zh-Hans" | "zh-Hant" | "ja" => assert!(label.chars().all(is_cjk), "{at}"),
                "ar" => assert!(label.chars().next().is_some_and(is_arabic_letter), "{at}"),
                "th" => assert!(label.chars().all(is_thai), "{at}"),
                tag if FULL_STOP_LANGUAGES.contains(&tag) => {
                    assert!(label.starts_with(char::is_uppercase), "{at}")
                }
                _ => {}
            }
        }
    }
    // The script rules of each Chinese variant hold for labels too.
    for action in Action::ALL {
        let hans = action_label(action, lang_from_tag("zh-Hans"));
        let hant = action_label(action, lang_from_tag("zh-Hant"));
        assert!(!hans.chars().any(|c| TRADITIONAL.contains(c)), "{hans}");
        assert!(!hant.chars().any(|c| SIMPLIFIED.contains(c)), "{hant}");
    }
}

#[test]
fn technical_tokens_survive_translation() {
    // Per message: a token glossed at its first mention ("鍵（key）") need not recur in the remedy.
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
