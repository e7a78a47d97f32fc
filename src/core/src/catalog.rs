//! The catalog: every language and every error code, one row per code with all of its texts side by
//! side. This file is the single source of truth; everything else (tables, C header constants,
//! docs, wrapper enums) is derived from it. Codes are appended, never renumbered or renamed.
//!
//! A row: `CODE NAME Category action[(MS)] [developer] { lang: "summary" "remedy", ... }`.
//! - `Category`: the section of the source document (`crate::Category`).
//! - `action`: what the remedy asks for (`crate::Action`, by its C name: `none`, `retry`,
//!   `open_settings`, `check_device`, `ask_host`, `choose_another`, `sign_in`, `leave_room`,
//!   `upgrade_plan`, `fix_integration`); `retry(MS)`: retry after MS milliseconds, where the source
//!   states a delay. A code is retryable exactly when its action is `retry`.
//! - `developer`: the code reports a programming or configuration error, not for end users
//!   (`room_err_user_message` shows them the `user_fallback` text instead).
//! - Per language of the `languages` block (a missing or unknown language fails the build): the
//!   summary (what happened, one sentence) and optionally the remedy (what to do, one sentence).
//!   The message is the summary, the language's sentence separator and the remedy.

catalog! {
    // field  BCP 47 tag  English name  sentence separator (between a summary and its remedy)
    languages {
        en      "en"      "English" " ",
        zh_hans "zh-Hans" "Simplified Chinese" "",
        zh_hant "zh-Hant" "Traditional Chinese" "",
        ja      "ja"      "Japanese" "",
        ko      "ko"      "Korean" " ",
        ar      "ar"      "Arabic" " ",
    }

    unknown {
        en:      "Unknown error code.",
        zh_hans: "未知错误码。",
        zh_hant: "未知的錯誤碼。",
        ja:      "不明なエラーコードです。",
        ko:      "알 수 없는 오류 코드입니다.",
        ar:      "رمز خطأ غير معروف.",
    }

    // What end users read instead of a developer-audience or unknown code's message.
    user_fallback {
        en:      "The operation could not be completed." "Try again later.",
        zh_hans: "操作未能完成。" "请稍后重试。",
        zh_hant: "操作未能完成。" "請稍後再試。",
        ja:      "操作を完了できませんでした。" "しばらくしてから再度お試しください。",
        ko:      "작업을 완료하지 못했습니다." "잠시 후 다시 시도하십시오.",
        ar:      "تعذّر إكمال العملية." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }

    // A short button label per action (`none` and `fix_integration` have none: nothing for a user to press).
    action_labels {
        retry {
            en: "Try Again", zh_hans: "重试", zh_hant: "重試", ja: "再試行", ko: "다시 시도",
            ar: "إعادة المحاولة",
        }
        open_settings {
            en: "Open Settings", zh_hans: "打开设置", zh_hant: "開啟設定", ja: "設定を開く",
            ko: "설정 열기", ar: "فتح الإعدادات",
        }
        check_device {
            en: "Check Device", zh_hans: "检查设备", zh_hant: "檢查裝置", ja: "デバイスを確認",
            ko: "장치 확인", ar: "التحقق من الجهاز",
        }
        ask_host {
            en: "Request Permission", zh_hans: "申请权限", zh_hant: "申請權限", ja: "権限を申請",
            ko: "권한 요청", ar: "طلب الإذن",
        }
        choose_another {
            en: "Choose Another", zh_hans: "重新选择", zh_hant: "重新選擇", ja: "選び直す",
            ko: "다시 선택", ar: "اختيار بديل",
        }
        sign_in {
            en: "Log In", zh_hans: "重新登录", zh_hant: "重新登入", ja: "ログイン", ko: "로그인",
            ar: "تسجيل الدخول",
        }
        leave_room {
            en: "Leave Room", zh_hans: "退出房间", zh_hant: "離開房間", ja: "ルームを退出",
            ko: "방 나가기", ar: "مغادرة الغرفة",
        }
        upgrade_plan {
            en: "Upgrade Plan", zh_hans: "升级套餐", zh_hant: "升級方案", ja: "プランをアップグレード",
            ko: "요금제 업그레이드", ar: "ترقية الباقة",
        }
    }

    // General
    0 ERR_SUCC General none {
        en:      "The operation succeeded.",
        zh_hans: "操作成功。",
        zh_hant: "操作成功。",
        ja:      "操作は成功しました。",
        ko:      "작업에 성공했습니다.",
        ar:      "تمت العملية بنجاح.",
    }
    -1 ERR_FAILED General none {
        en:      "A general error occurred that has not been classified yet.",
        zh_hans: "暂未归类的通用错误。",
        zh_hant: "尚未分類的一般錯誤。",
        ja:      "分類されていない一般的なエラーが発生しました。",
        ko:      "분류되지 않은 일반 오류가 발생했습니다.",
        ar:      "حدث خطأ عام غير مصنّف.",
    }
    -2 ERR_FREQ_LIMIT General retry {
        en:      "Too many requests have been sent." "Try again later.",
        zh_hans: "请求被限频。" "请稍后重试。",
        zh_hant: "請求過於頻繁。" "請稍後再試。",
        ja:      "リクエストの頻度が制限されています。" "しばらくしてから再度お試しください。",
        ko:      "요청 빈도가 제한되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "تم تقييد معدل الطلبات." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    -1000 ERR_SDKAPPID_NOT_FOUND General fix_integration developer {
        en:      "The SDKAppID was not found." "Check the application information in the TRTC / RTC Engine console.",
        zh_hans: "未找到 SDKAppID。" "请在 TRTC / RTC Engine 控制台检查应用信息。",
        zh_hant: "找不到 SDKAppID。" "請在 TRTC / RTC Engine 主控台檢查應用程式資訊。",
        ja:      "SDKAppID が見つかりません。" "TRTC / RTC Engine のコンソールでアプリケーション情報を確認してください。",
        ko:      "SDKAppID를 찾을 수 없습니다." "TRTC / RTC Engine 콘솔에서 애플리케이션 정보를 확인하십시오.",
        ar:      "لم يُعثر على SDKAppID." "يُرجى التحقق من معلومات التطبيق في وحدة التحكم الخاصة بـ TRTC / RTC Engine.",
    }
    -1001 ERR_INVALID_PARAMETER General fix_integration developer {
        en:      "An invalid parameter was passed to the API." "Check the arguments of the call.",
        zh_hans: "调用 API 时，传入的参数不合法。" "请检查入参是否合法。",
        zh_hant: "呼叫 API 時傳入的參數無效。" "請檢查傳入的參數是否正確。",
        ja:      "API の呼び出し時に渡されたパラメータが無効です。" "入力パラメータを確認してください。",
        ko:      "API 호출 시 전달된 매개변수가 유효하지 않습니다." "입력 매개변수를 확인하십시오.",
        ar:      "المعاملات المُمرَّرة عند استدعاء واجهة API غير صالحة." "يُرجى التحقق من معاملات الإدخال.",
    }
    -1002 ERR_SDK_NOT_INITIALIZED General sign_in developer {
        en:      "The user is not logged in." "Call the Login API first.",
        zh_hans: "未登录。" "请调用 Login 接口。",
        zh_hant: "尚未登入。" "請先呼叫 Login API。",
        ja:      "ログインしていません。" "先に Login API を呼び出してください。",
        ko:      "로그인하지 않았습니다." "먼저 Login API를 호출하십시오.",
        ar:      "لم يتم تسجيل الدخول." "يُرجى استدعاء واجهة Login أولًا.",
    }
    -1003 ERR_PERMISSION_DENIED General open_settings {
        en:      "Failed to get permission: access to audio or video has not been granted." "Check that the device permissions are enabled.",
        zh_hans: "获取权限失败，当前未授权音/视频权限。" "请查看是否开启设备权限。",
        zh_hant: "取得權限失敗，目前未授予音訊/視訊權限。" "請確認是否已開啟裝置權限。",
        ja:      "音声・ビデオの権限が許可されていないため、権限を取得できませんでした。" "デバイスの権限が有効になっているか確認してください。",
        ko:      "오디오/비디오 권한이 허용되지 않아 권한을 얻지 못했습니다." "장치 권한이 켜져 있는지 확인하십시오.",
        ar:      "تعذّر الحصول على الأذونات، إذ لم يُمنح إذن الصوت/الفيديو." "يُرجى التحقق من تفعيل أذونات الجهاز.",
    }
    -1004 ERR_REQUIRE_PAYMENT General upgrade_plan developer {
        en:      "This feature requires an additional plan." "Activate it in the console.",
        zh_hans: "该功能需要开通额外的套餐包。" "请在控制台开通。",
        zh_hant: "此功能需要額外的方案。" "請在主控台啟用。",
        ja:      "この機能を利用するには追加のプランが必要です。" "コンソールでプランを有効にしてください。",
        ko:      "이 기능을 사용하려면 추가 요금제가 필요합니다." "콘솔에서 요금제를 활성화하십시오.",
        ar:      "تتطلب هذه الميزة باقة إضافية." "يُرجى تفعيل الباقة من وحدة التحكم.",
    }

    // Device
    -1100 ERR_CAMERA_START_FAILED Device check_device {
        en:      "Failed to start the camera because of a system error." "Check that the camera is working properly.",
        zh_hans: "系统问题，打开摄像头失败。" "请检查摄像头设备是否正常。",
        zh_hant: "系統問題，開啟攝影機失敗。" "請檢查攝影機裝置是否正常運作。",
        ja:      "システムの問題によりカメラを起動できませんでした。" "カメラデバイスが正常に動作しているか確認してください。",
        ko:      "시스템 문제로 카메라를 켜지 못했습니다." "카메라 장치가 정상적으로 작동하는지 확인하십시오.",
        ar:      "تعذّر تشغيل الكاميرا بسبب مشكلة في النظام." "يُرجى التحقق من أن جهاز الكاميرا يعمل بشكل سليم.",
    }
    -1101 ERR_CAMERA_NOT_AUTHORIZED Device open_settings {
        en:      "The system has not authorized camera access." "Check that the app has camera permission in the system settings.",
        zh_hans: "摄像头没有系统授权。" "请检查摄像头的系统授权。",
        zh_hant: "攝影機未取得系統授權。" "請在系統設定中檢查攝影機的授權。",
        ja:      "カメラへのアクセスがシステムで許可されていません。" "システム設定でカメラの権限を確認してください。",
        ko:      "카메라에 대한 시스템 권한이 없습니다." "시스템 설정에서 카메라 권한을 확인하십시오.",
        ar:      "لم يمنح النظام إذن استخدام الكاميرا." "يُرجى التحقق من إذن الكاميرا في إعدادات النظام.",
    }
    -1102 ERR_CAMERA_OCCUPIED Device check_device {
        en:      "The camera is already in use." "Check whether another app is using it.",
        zh_hans: "摄像头被占用。" "请检查是否有其他进程使用摄像头。",
        zh_hant: "攝影機已被佔用。" "請檢查是否有其他程式正在使用攝影機。",
        ja:      "カメラは使用中です。" "ほかのアプリがカメラを使用していないか確認してください。",
        ko:      "카메라가 사용 중입니다." "다른 앱이 카메라를 사용하고 있는지 확인하십시오.",
        ar:      "الكاميرا مشغولة." "يُرجى التحقق مما إذا كان تطبيق آخر يستخدم الكاميرا.",
    }
    -1103 ERR_CAMERA_DEVICE_EMPTY Device check_device {
        en:      "No camera is available." "Connect a camera.",
        zh_hans: "当前无摄像头设备。" "请插入摄像头设备解决该问题。",
        zh_hant: "目前沒有攝影機裝置。" "請連接攝影機以解決此問題。",
        ja:      "カメラデバイスがありません。" "カメラを接続してください。",
        ko:      "카메라 장치가 없습니다." "카메라를 연결하십시오.",
        ar:      "لا يوجد جهاز كاميرا." "يُرجى توصيل كاميرا.",
    }
    -1104 ERR_MICROPHONE_START_FAILED Device check_device {
        en:      "Failed to start the microphone because of a system error." "Check that the microphone is working properly.",
        zh_hans: "系统问题，打开麦克风失败。" "请检查麦克风设备是否正常。",
        zh_hant: "系統問題，開啟麥克風失敗。" "請檢查麥克風裝置是否正常運作。",
        ja:      "システムの問題によりマイクを起動できませんでした。" "マイクデバイスが正常に動作しているか確認してください。",
        ko:      "시스템 문제로 마이크를 켜지 못했습니다." "마이크 장치가 정상적으로 작동하는지 확인하십시오.",
        ar:      "تعذّر تشغيل الميكروفون بسبب مشكلة في النظام." "يُرجى التحقق من أن جهاز الميكروفون يعمل بشكل سليم.",
    }
    -1105 ERR_MICROPHONE_NOT_AUTHORIZED Device open_settings {
        en:      "The system has not authorized microphone access." "Check that the app has microphone permission in the system settings.",
        zh_hans: "麦克风没有系统授权。" "请检查麦克风的系统授权。",
        zh_hant: "麥克風未取得系統授權。" "請在系統設定中檢查麥克風的授權。",
        ja:      "マイクへのアクセスがシステムで許可されていません。" "システム設定でマイクの権限を確認してください。",
        ko:      "마이크에 대한 시스템 권한이 없습니다." "시스템 설정에서 마이크 권한을 확인하십시오.",
        ar:      "لم يمنح النظام إذن استخدام الميكروفون." "يُرجى التحقق من إذن الميكروفون في إعدادات النظام.",
    }
    -1106 ERR_MICROPHONE_OCCUPIED Device check_device {
        en:      "The microphone is already in use." "Check whether another app is using it.",
        zh_hans: "麦克风被占用。" "请检查是否有其他进程使用麦克风。",
        zh_hant: "麥克風已被佔用。" "請檢查是否有其他程式正在使用麥克風。",
        ja:      "マイクは使用中です。" "ほかのアプリがマイクを使用していないか確認してください。",
        ko:      "마이크가 사용 중입니다." "다른 앱이 마이크를 사용하고 있는지 확인하십시오.",
        ar:      "الميكروفون مشغول." "يُرجى التحقق مما إذا كان تطبيق آخر يستخدم الميكروفون.",
    }
    -1107 ERR_MICROPHONE_DEVICE_EMPTY Device check_device {
        en:      "No microphone is available." "Connect a microphone.",
        zh_hans: "当前无麦克风设备。" "请插入麦克风设备。",
        zh_hant: "目前沒有麥克風裝置。" "請連接麥克風。",
        ja:      "マイクデバイスがありません。" "マイクを接続してください。",
        ko:      "마이크 장치가 없습니다." "마이크를 연결하십시오.",
        ar:      "لا يوجد جهاز ميكروفون." "يُرجى توصيل ميكروفون.",
    }
    -1108 ERR_GET_SCREEN_SHARING_TARGET_FAILED Device open_settings {
        en:      "Failed to get the screen sharing source (screen or window)." "Check the screen recording permission.",
        zh_hans: "获取屏幕分享对象失败。" "请检查屏幕录制权限。",
        zh_hant: "取得螢幕分享來源失敗。" "請檢查螢幕錄製權限。",
        ja:      "画面共有の対象（画面またはウィンドウ）を取得できませんでした。" "画面収録の権限を確認してください。",
        ko:      "화면 공유 대상(화면 또는 창)을 가져오지 못했습니다." "화면 기록 권한을 확인하십시오.",
        ar:      "تعذّر الحصول على مصدر مشاركة الشاشة (الشاشة أو النافذة)." "يُرجى التحقق من إذن تسجيل الشاشة.",
    }
    -1109 ERR_START_SCREEN_SHARING_FAILED Device retry {
        en:      "Failed to start screen sharing." "Check whether someone in the room is already sharing their screen, and try again when they stop.",
        zh_hans: "开启屏幕分享失败。" "请检查房间内是否有人正在屏幕分享，待其结束后重试。",
        zh_hant: "開啟螢幕分享失敗。" "請檢查房間內是否已有人正在分享螢幕，待對方結束後再試一次。",
        ja:      "画面共有を開始できませんでした。" "ルーム内でほかの人が画面共有中でないか確認し、共有が終わってから再度お試しください。",
        ko:      "화면 공유를 시작하지 못했습니다." "방에서 다른 사람이 화면 공유 중인지 확인하고, 공유가 끝나면 다시 시도하십시오.",
        ar:      "تعذّر بدء مشاركة الشاشة." "يُرجى التحقق مما إذا كان شخص آخر في الغرفة يشارك شاشته حاليًا، ثم المحاولة مرة أخرى بعد انتهائه.",
    }

    // Room
    -2100 ERR_ROOM_ID_NOT_EXIST Room none {
        en:      "The room you are entering does not exist; it may have been closed.",
        zh_hans: "进房时房间不存在，或许已被解散。",
        zh_hant: "要進入的房間不存在，可能已被解散。",
        ja:      "入室しようとしたルームが存在しません（すでに解散された可能性があります）。",
        ko:      "입장하려는 방이 존재하지 않으며, 이미 해산되었을 수 있습니다.",
        ar:      "الغرفة التي تحاول دخولها غير موجودة، وربما تم إغلاقها.",
    }
    -2101 ERR_OPERATION_INVALID_BEFORE_ENTER_ROOM Room none developer {
        en:      "This feature is available only after you enter a room.",
        zh_hans: "需要进房后才可使用此功能。",
        zh_hant: "需要進入房間後才能使用此功能。",
        ja:      "この機能はルームに入室してから利用できます。",
        ko:      "이 기능은 방에 입장한 후에 사용할 수 있습니다.",
        ar:      "لا يمكن استخدام هذه الميزة إلا بعد دخول الغرفة.",
    }
    -2102 ERR_EXIT_NOT_SUPPORTED_FOR_ROOM_OWNER Room fix_integration developer {
        en:      "The room owner cannot leave the room." "In a Conference room, transfer ownership to another member first and then leave; in a LivingRoom room, the owner can only close the room.",
        zh_hans: "房主不支持退房操作。" "Conference（会议）房间类型：可以先转让房主，再退房；LivingRoom（直播）房间类型：房主只能解散房间。",
        zh_hant: "房主無法離開房間。" "Conference（會議）房間類型：可先轉讓房主身分，再離開房間；LivingRoom（直播）房間類型：房主只能解散房間。",
        ja:      "ルームオーナーはルームから退出できません。" "Conference（会議）ルームでは先にルームオーナー権限をほかのユーザーに譲渡してから退出できますが、LivingRoom（ライブ配信）ルームではルームを解散することしかできません。",
        ko:      "방장은 방에서 나갈 수 없습니다." "Conference(회의) 방에서는 먼저 방장 권한을 다른 사용자에게 양도한 후 나갈 수 있으며, LivingRoom(라이브 방송) 방에서는 방장이 방을 해산하는 것만 가능합니다.",
        ar:      "لا يمكن لمالك الغرفة مغادرتها." "في غرف Conference (الاجتماعات)، يُرجى نقل ملكية الغرفة إلى مستخدم آخر أولًا ثم المغادرة، أما في غرف LivingRoom (البث المباشر)، فلا يمكن لمالك الغرفة سوى إغلاق الغرفة.",
    }
    -2103 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_ROOM_TYPE Room none developer {
        en:      "This operation is not supported for the current room type.",
        zh_hans: "当前房间类型下不支持该操作。",
        zh_hant: "目前的房間類型不支援此操作。",
        ja:      "現在のルームタイプではこの操作はサポートされていません。",
        ko:      "현재 방 유형에서는 이 작업을 지원하지 않습니다.",
        ar:      "هذه العملية غير مدعومة في نوع الغرفة الحالي.",
    }
    -2104 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_SPEECH_MODE Room none developer {
        en:      "This operation is not supported in the current speaking mode.",
        zh_hans: "当前发言模式下不支持该操作。",
        zh_hant: "目前的發言模式不支援此操作。",
        ja:      "現在の発言モードではこの操作はサポートされていません。",
        ko:      "현재 발언 모드에서는 이 작업을 지원하지 않습니다.",
        ar:      "هذه العملية غير مدعومة في وضع التحدث الحالي.",
    }
    -2105 ERR_ROOM_ID_INVALID Room choose_another {
        en:      "The room ID is invalid." "Use a custom room ID of printable ASCII characters (0x20-0x7e), at most 48 bytes long.",
        zh_hans: "创建房间的 ID 非法。" "自定义 ID 必须为可打印 ASCII 字符（0x20-0x7e），最长 48 个字节。",
        zh_hant: "建立房間的 ID 無效。" "自訂 ID 必須為可列印的 ASCII 字元（0x20-0x7e），最長 48 個位元組。",
        ja:      "ルーム ID が無効です。" "カスタムルーム ID は印刷可能な ASCII 文字（0x20-0x7e）のみで構成し、48 バイト以内にしてください。",
        ko:      "방 ID가 유효하지 않습니다." "사용자 지정 방 ID는 출력 가능한 ASCII 문자(0x20-0x7e)로만 구성하고 최대 48바이트 이내로 지정하십시오.",
        ar:      "معرّف الغرفة (ID) غير صالح." "يُرجى استخدام معرّف مخصص يتكون من محارف ASCII قابلة للطباعة (0x20-0x7e) فقط، وألا يتجاوز طوله 48 بايتًا.",
    }
    -2106 ERR_ROOM_ID_OCCUPIED Room choose_another {
        en:      "The room ID is already in use." "Choose a different room ID.",
        zh_hans: "房间 ID 已被使用。" "请选择别的房间 ID。",
        zh_hant: "房間 ID 已被使用。" "請選擇其他房間 ID。",
        ja:      "このルーム ID はすでに使用されています。" "別のルーム ID を選択してください。",
        ko:      "이 방 ID는 이미 사용 중입니다." "다른 방 ID를 선택하십시오.",
        ar:      "معرّف الغرفة (ID) مستخدم بالفعل." "يُرجى اختيار معرّف آخر للغرفة.",
    }
    -2107 ERR_ROOM_NAME_INVALID Room choose_another {
        en:      "The room name is invalid." "Use a name of at most 30 bytes in UTF-8, where each Chinese character takes 3 bytes.",
        zh_hans: "房间名称非法。" "名称最长 30 个字节，字符编码必须是 UTF-8，如果包含中文，每个中文字符占 3 个字节。",
        zh_hant: "房間名稱無效。" "名稱最長 30 個位元組，字元編碼必須是 UTF-8，若包含中文，每個中文字元佔 3 個位元組。",
        ja:      "ルーム名が無効です。" "ルーム名は UTF-8 で 30 バイト以内にしてください（UTF-8 では中国語の文字は 1 文字あたり 3 バイトです）。",
        ko:      "방 이름이 유효하지 않습니다." "방 이름은 UTF-8 기준 최대 30바이트 이내로 지정하십시오(UTF-8에서 중국어 문자는 한 글자당 3바이트).",
        ar:      "اسم الغرفة غير صالح." "يُرجى استخدام اسم لا يتجاوز 30 بايتًا بترميز UTF-8، علمًا بأن الحرف الصيني الواحد يشغل 3 بايتات بهذا الترميز.",
    }
    -2108 ERR_ALREADY_IN_OTHER_ROOM Room leave_room developer {
        en:      "You are already in another room." "A single roomEngine instance can be in only one room at a time, so leave the current room first or use a new roomEngine instance.",
        zh_hans: "当前用户已在别的房间内。" "单个 roomEngine 实例只支持用户进入一个房间，如果要进入不同的房间，请先退房或者使用新的 roomEngine 实例。",
        zh_hant: "目前使用者已在其他房間內。" "單一 roomEngine 實例只支援使用者進入一個房間，如要進入其他房間，請先離開目前的房間，或使用新的 roomEngine 實例。",
        ja:      "現在のユーザーはすでに別のルームに入室しています。" "1 つの roomEngine インスタンスで同時に入室できるルームは 1 つだけのため、別のルームに入室するには、先に現在のルームから退出するか、別の roomEngine インスタンスを使用してください。",
        ko:      "현재 사용자가 이미 다른 방에 입장해 있습니다." "하나의 roomEngine 인스턴스로는 한 번에 하나의 방에만 입장할 수 있으므로, 다른 방에 입장하려면 먼저 현재 방에서 나가거나 다른 roomEngine 인스턴스를 사용하십시오.",
        ar:      "المستخدم الحالي موجود بالفعل في غرفة أخرى." "لا يمكن لمثيل roomEngine الواحد أن يكون إلا في غرفة واحدة في الوقت نفسه، لذا يُرجى مغادرة الغرفة الحالية أولًا أو استخدام مثيل آخر من roomEngine لدخول غرفة مختلفة.",
    }

    // User
    -2200 ERR_USER_NOT_EXIST User none {
        en:      "The user was not found.",
        zh_hans: "未找到该用户。",
        zh_hant: "找不到該使用者。",
        ja:      "ユーザーが見つかりません。",
        ko:      "사용자를 찾을 수 없습니다.",
        ar:      "لم يُعثر على المستخدم.",
    }
    -2201 ERR_USER_NOT_ENTERED User none {
        en:      "The user was not found in the room.",
        zh_hans: "房间内未找到该用户。",
        zh_hant: "在房間內找不到該使用者。",
        ja:      "ルーム内にこのユーザーが見つかりません。",
        ko:      "방에서 해당 사용자를 찾을 수 없습니다.",
        ar:      "لم يُعثر على المستخدم في الغرفة.",
    }

    // Seat
    -2300 ERR_NEED_OWNER_PERMISSION Seat none {
        en:      "Only the room owner can perform this operation.",
        zh_hans: "需要房主权限才能操作。",
        zh_hant: "需要房主權限才能執行此操作。",
        ja:      "この操作にはルームオーナーの権限が必要です。",
        ko:      "이 작업에는 방장 권한이 필요합니다.",
        ar:      "تتطلب هذه العملية صلاحية مالك الغرفة.",
    }
    -2301 ERR_NEED_ADMIN_PERMISSION Seat none {
        en:      "Only the room owner or an administrator can perform this operation.",
        zh_hans: "需要房主或者管理员权限才能操作。",
        zh_hant: "需要房主或管理員權限才能執行此操作。",
        ja:      "この操作にはルームオーナーまたは管理者の権限が必要です。",
        ko:      "이 작업에는 방장 또는 관리자 권한이 필요합니다.",
        ar:      "تتطلب هذه العملية صلاحية مالك الغرفة أو المشرف.",
    }
    -2310 ERR_REQUEST_NO_PERMISSION Seat none developer {
        en:      "You do not have permission for this signaling request, for example canceling an invitation that you did not send.",
        zh_hans: "信令请求无权限，比如取消非自己发起的邀请。",
        zh_hant: "沒有此信令請求的權限，例如取消並非由自己發出的邀請。",
        ja:      "このシグナリングリクエストを実行する権限がありません（例：自分が送信していない招待の取り消し）。",
        ko:      "이 시그널링 요청을 실행할 권한이 없습니다(예: 본인이 보내지 않은 초대 취소).",
        ar:      "لا تملك صلاحية تنفيذ طلب الإشارات هذا، مثل إلغاء دعوة لم ترسلها أنت.",
    }
    -2311 ERR_REQUEST_ID_INVALID Seat none developer {
        en:      "The signaling request ID is invalid, or the request has already been handled.",
        zh_hans: "信令请求 ID 无效或已经被处理过。",
        zh_hant: "信令請求 ID 無效，或該請求已被處理。",
        ja:      "シグナリングリクエストの ID が無効か、すでに処理されています。",
        ko:      "시그널링 요청 ID가 유효하지 않거나 이미 처리되었습니다.",
        ar:      "معرّف طلب الإشارات (ID) غير صالح، أو تمت معالجة الطلب بالفعل.",
    }
    -2340 ERR_MAX_SEAT_COUNT_LIMIT Seat none developer {
        en:      "The maximum number of seats exceeds the limit of your plan.",
        zh_hans: "最大麦位数超出套餐包数量限制。",
        zh_hant: "最大麥位數超出方案的數量上限。",
        ja:      "マイク席の最大数がプランの上限を超えています。",
        ko:      "최대 마이크석 수가 요금제 한도를 초과했습니다.",
        ar:      "يتجاوز الحد الأقصى لعدد المقاعد الحدَّ المسموح به في الباقة.",
    }
    -2341 ERR_ALREADY_IN_SEAT Seat none {
        en:      "You are already on a seat.",
        zh_hans: "当前用户已经在麦位上。",
        zh_hant: "目前使用者已在麥位上。",
        ja:      "現在のユーザーはすでにマイク席にいます。",
        ko:      "현재 사용자가 이미 마이크석에 있습니다.",
        ar:      "المستخدم الحالي يشغل مقعدًا بالفعل.",
    }
    -2342 ERR_SEAT_OCCUPIED Seat none {
        en:      "This seat is already taken.",
        zh_hans: "当前麦位已经有人了。",
        zh_hant: "此麥位已經有人了。",
        ja:      "このマイク席はすでに使用されています。",
        ko:      "이 마이크석은 이미 사용 중입니다.",
        ar:      "هذا المقعد مشغول بالفعل.",
    }
    -2343 ERR_SEAT_LOCKED Seat none {
        en:      "This seat is locked.",
        zh_hans: "当前麦位被锁。",
        zh_hant: "此麥位已被鎖定。",
        ja:      "このマイク席はロックされています。",
        ko:      "이 마이크석은 잠겨 있습니다.",
        ar:      "هذا المقعد مقفل.",
    }
    -2344 ERR_SEAT_INDEX_NOT_EXIST Seat none developer {
        en:      "The seat index does not exist.",
        zh_hans: "麦位编号不存在。",
        zh_hant: "麥位編號不存在。",
        ja:      "マイク席の番号が存在しません。",
        ko:      "마이크석 번호가 존재하지 않습니다.",
        ar:      "رقم المقعد غير موجود.",
    }
    -2345 ERR_USER_NOT_IN_SEAT Seat none {
        en:      "You are not on a seat.",
        zh_hans: "当前用户没有在麦上。",
        zh_hant: "目前使用者不在麥位上。",
        ja:      "現在のユーザーはマイク席にいません。",
        ko:      "현재 사용자가 마이크석에 있지 않습니다.",
        ar:      "المستخدم الحالي لا يشغل أي مقعد.",
    }
    -2346 ERR_ALL_SEAT_OCCUPIED Seat none {
        en:      "The maximum number of users on seats has been reached.",
        zh_hans: "上麦人数已满。",
        zh_hant: "上麥人數已滿。",
        ja:      "マイク席の人数が上限に達しています。",
        ko:      "마이크석에 오를 수 있는 인원이 가득 찼습니다.",
        ar:      "بلغ عدد المستخدمين على المقاعد الحد الأقصى.",
    }
    -2360 ERR_OPEN_MICROPHONE_NEED_SEAT_UNLOCK Seat none {
        en:      "Audio on this seat is locked.",
        zh_hans: "当前麦位音频被锁。",
        zh_hant: "此麥位的音訊已被鎖定。",
        ja:      "このマイク席の音声はロックされています。",
        ko:      "이 마이크석의 오디오가 잠겨 있습니다.",
        ar:      "صوت هذا المقعد مقفل.",
    }
    -2361 ERR_OPEN_MICROPHONE_NEED_PERMISSION_FROM_ADMIN Seat ask_host {
        en:      "The microphone can be turned on only with permission." "Request permission from the room owner or an administrator.",
        zh_hans: "需要申请后才能打开麦克风。" "请向房主或管理员申请。",
        zh_hant: "需要申請後才能開啟麥克風。" "請向房主或管理員申請。",
        ja:      "マイクをオンにするには申請が必要です。" "ルームオーナーまたは管理者に申請してください。",
        ko:      "마이크를 켜려면 권한이 필요합니다." "방장 또는 관리자에게 권한을 요청하십시오.",
        ar:      "يتطلب تشغيل الميكروفون الحصول على إذن." "يُرجى طلب الإذن من مالك الغرفة أو المشرف.",
    }
    -2370 ERR_OPEN_CAMERA_NEED_SEAT_UNLOCK Seat ask_host {
        en:      "Video on this seat is locked." "Ask the room owner to unlock the seat to turn on the camera.",
        zh_hans: "当前麦位视频被锁。" "需要由房主解锁麦位后，才能打开摄像头。",
        zh_hant: "此麥位的視訊已被鎖定。" "需由房主解鎖麥位後，才能開啟攝影機。",
        ja:      "このマイク席の映像はロックされています。" "カメラをオンにするには、ルームオーナーにマイク席のロックを解除してもらってください。",
        ko:      "이 마이크석의 비디오가 잠겨 있습니다." "카메라를 켜려면 방장에게 마이크석 잠금 해제를 요청하십시오.",
        ar:      "فيديو هذا المقعد مقفل." "لتشغيل الكاميرا، يُرجى أن تطلب من مالك الغرفة فتح قفل المقعد.",
    }
    -2371 ERR_OPEN_CAMERA_NEED_PERMISSION_FROM_ADMIN Seat ask_host {
        en:      "The camera can be turned on only with permission." "Request permission from the room owner or an administrator.",
        zh_hans: "需要申请后才能打开摄像头。" "请向房主或管理员申请。",
        zh_hant: "需要申請後才能開啟攝影機。" "請向房主或管理員申請。",
        ja:      "カメラをオンにするには申請が必要です。" "ルームオーナーまたは管理者に申請してください。",
        ko:      "카메라를 켜려면 권한이 필요합니다." "방장 또는 관리자에게 권한을 요청하십시오.",
        ar:      "يتطلب تشغيل الكاميرا الحصول على إذن." "يُرجى طلب الإذن من مالك الغرفة أو المشرف.",
    }
    -2380 ERR_SEND_MESSAGE_DISABLED_FOR_ALL Seat none {
        en:      "No one in this room is allowed to send messages.",
        zh_hans: "当前房间已开启全员禁言。",
        zh_hant: "此房間已開啟全員禁言。",
        ja:      "このルームでは全員のメッセージの送信が禁止されています。",
        ko:      "이 방에서는 모든 참가자의 메시지 전송이 금지되어 있습니다.",
        ar:      "تم منع جميع الأعضاء من إرسال الرسائل في هذه الغرفة.",
    }
    -2381 ERR_SEND_MESSAGE_DISABLED_FOR_CURRENT Seat none {
        en:      "You are not allowed to send messages in this room.",
        zh_hans: "当前房间内，您已被禁言。",
        zh_hant: "您在此房間內已被禁言。",
        ja:      "このルームでは、あなたはメッセージの送信を禁止されています。",
        ko:      "이 방에서 귀하의 메시지 전송이 금지되었습니다.",
        ar:      "تم منعك من إرسال الرسائل في هذه الغرفة.",
    }

    // Server
    100001 ERR_SERVER_SYSTEM_ERROR Server retry {
        en:      "An internal server error occurred." "Try again.",
        zh_hans: "服务器内部错误。" "请重试。",
        zh_hant: "伺服器內部錯誤。" "請再試一次。",
        ja:      "サーバー内部エラーが発生しました。" "再度お試しください。",
        ko:      "서버 내부 오류가 발생했습니다." "다시 시도하십시오.",
        ar:      "حدث خطأ داخلي في الخادم." "يُرجى المحاولة مرة أخرى.",
    }
    100002 ERR_SERVER_INVALID_PARAMETER Server fix_integration developer {
        en:      "The request parameters are invalid." "Check the request against the error description.",
        zh_hans: "请求参数非法。" "请根据错误描述检查请求是否正确。",
        zh_hant: "請求參數無效。" "請根據錯誤說明檢查請求是否正確。",
        ja:      "リクエストのパラメータが無効です。" "エラーの説明に従ってリクエストが正しいか確認してください。",
        ko:      "요청 매개변수가 유효하지 않습니다." "오류 설명을 참고하여 요청이 올바른지 확인하십시오.",
        ar:      "معاملات الطلب غير صالحة." "يُرجى التحقق من صحة الطلب وفقًا لوصف الخطأ.",
    }
    100003 ERR_SERVER_INVALID_ROOM_ID Server none {
        en:      "The room ID is invalid: the room does not exist or has been closed.",
        zh_hans: "无效房间 ID，表示房间不存在或已经被解散。",
        zh_hant: "房間 ID 無效，表示房間不存在或已被解散。",
        ja:      "ルームが存在しないか、すでに解散されているため、ルーム ID が無効です。",
        ko:      "방이 존재하지 않거나 이미 해산되어 방 ID가 유효하지 않습니다.",
        ar:      "معرّف الغرفة (ID) غير صالح، فالغرفة غير موجودة أو تم إغلاقها.",
    }
    100004 ERR_SERVER_ROOM_NOT_EXIST Server none {
        en:      "The room does not exist, or it existed before but has since been closed.",
        zh_hans: "房间不存在，或者曾经存在过，但是目前已经被解散。",
        zh_hant: "房間不存在，或曾經存在，但目前已被解散。",
        ja:      "ルームが存在しないか、以前は存在していたもののすでに解散されています。",
        ko:      "방이 존재하지 않거나, 존재했지만 이미 해산되었습니다.",
        ar:      "الغرفة غير موجودة، أو كانت موجودة ثم تم إغلاقها.",
    }
    100005 ERR_SERVER_NOT_ROOM_MEMBER Server none {
        en:      "The user is not a member of this room.",
        zh_hans: "非房间成员。",
        zh_hant: "非房間成員。",
        ja:      "ルームのメンバーではありません。",
        ko:      "방의 멤버가 아닙니다.",
        ar:      "المستخدم ليس عضوًا في الغرفة.",
    }
    100006 ERR_SERVER_INSUFFICIENT_PERMISSION Server none {
        en:      "You do not have permission to perform this operation.",
        zh_hans: "操作权限不足。",
        zh_hant: "操作權限不足。",
        ja:      "操作の権限が不足しています。",
        ko:      "작업 권한이 부족합니다.",
        ar:      "لا توجد صلاحيات كافية لتنفيذ العملية.",
    }
    100007 ERR_SERVER_NO_PAYMENT_INFO Server upgrade_plan developer {
        en:      "No payment information was found." "Purchase a plan in the console.",
        zh_hans: "无付费信息。" "需在控制台购买套餐包。",
        zh_hant: "沒有付費資訊。" "請在主控台購買方案。",
        ja:      "支払い情報がありません。" "コンソールでプランを購入してください。",
        ko:      "결제 정보가 없습니다." "콘솔에서 요금제를 구매하십시오.",
        ar:      "لا توجد معلومات دفع." "يُرجى شراء باقة من وحدة التحكم.",
    }
    100008 ERR_SERVER_ROOM_FULL Server none {
        en:      "The room has reached its member limit.",
        zh_hans: "房间成员已满。",
        zh_hant: "房間成員已滿。",
        ja:      "ルームのメンバー数が上限に達しています。",
        ko:      "방 인원이 가득 찼습니다.",
        ar:      "بلغ عدد أعضاء الغرفة الحد الأقصى.",
    }
    100009 ERR_SERVER_TAG_LIMIT_EXCEEDED Server none developer {
        en:      "The number of tags exceeds the limit.",
        zh_hans: "标签数量超出上限。",
        zh_hant: "標籤數量超出上限。",
        ja:      "タグの数が上限を超えています。",
        ko:      "태그 수가 한도를 초과했습니다.",
        ar:      "تجاوز عدد الوسوم الحد الأقصى.",
    }
    100010 ERR_SERVER_ROOM_ID_USED_BY_OWNER Server none developer {
        en:      "This room ID is already in use, and you are its owner, so you can use it directly.",
        zh_hans: "房间 ID 已被使用，并且操作者为房主，可以直接使用。",
        zh_hant: "房間 ID 已被使用，且操作者為房主，可直接使用。",
        ja:      "このルーム ID はすでに使用されていますが、操作者がルームオーナーのため、そのまま使用できます。",
        ko:      "이 방 ID는 이미 사용 중이지만 요청자가 방장이므로 그대로 사용할 수 있습니다.",
        ar:      "معرّف الغرفة (ID) مستخدم بالفعل، ولكنك مالك الغرفة، لذا يمكنك استخدامه مباشرةً.",
    }
    100011 ERR_SERVER_ROOM_ID_OCCUPIED_BY_IM Server choose_another developer {
        en:      "The room ID is already taken by an IM group." "Use a different room ID, or first dismiss that group through the IM API.",
        zh_hans: "房间 ID 已被 IM 群组占用。" "可以换一个房间 ID 使用，或者先通过 IM 接口解散该群组。",
        zh_hant: "房間 ID 已被 IM 群組佔用。" "可以改用其他房間 ID，或先透過 IM API 解散該群組。",
        ja:      "このルーム ID はすでに IM グループで使用されています。" "別のルーム ID を使用するか、先に IM API でそのグループを解散してください。",
        ko:      "이 방 ID는 이미 IM 그룹에서 사용 중입니다." "다른 방 ID를 사용하거나 먼저 IM API로 해당 그룹을 해산하십시오.",
        ar:      "معرّف الغرفة (ID) محجوز بالفعل لمجموعة IM." "يُرجى استخدام معرّف آخر للغرفة أو حلّ تلك المجموعة أولًا عبر واجهة IM API.",
    }
    100012 ERR_SERVER_CREATE_ROOM_FREQ_LIMIT Server retry(1000) {
        en:      "Rooms are being created too often: the same room ID can be created at most once per second." "Try again later.",
        zh_hans: "创建房间频率超限，同一房间 ID 1 秒内只能创建一次。" "请稍后重试。",
        zh_hant: "建立房間的頻率超過上限，同一房間 ID 在 1 秒內只能建立一次。" "請稍後再試。",
        ja:      "同じルーム ID でのルーム作成は 1 秒に 1 回までのため、作成頻度の上限を超えました。" "しばらくしてから再度お試しください。",
        ko:      "동일한 방 ID로는 1초에 한 번만 방을 만들 수 있어 방 생성 빈도가 한도를 초과했습니다." "잠시 후 다시 시도하십시오.",
        ar:      "تم تجاوز الحد المسموح به لمعدل إنشاء الغرف، إذ لا يمكن إنشاء غرفة بمعرّف الغرفة (ID) نفسه أكثر من مرة واحدة في الثانية." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    100200 ERR_SERVER_SEAT_LOCKED Server choose_another {
        en:      "This seat is locked." "Try a different seat.",
        zh_hans: "麦位已锁定。" "可以尝试换一个麦位。",
        zh_hant: "此麥位已鎖定。" "請改用其他麥位。",
        ja:      "マイク席はロックされています。" "別のマイク席をお試しください。",
        ko:      "마이크석이 잠겨 있습니다." "다른 마이크석을 이용하십시오.",
        ar:      "المقعد مقفل." "يُرجى تجربة مقعد آخر.",
    }
    100202 ERR_SERVER_ALREADY_IN_SEAT_QUEUE Server none {
        en:      "You are already in the seat queue.",
        zh_hans: "已经处于排麦状态。",
        zh_hant: "已在排麥中。",
        ja:      "すでにマイク席の待機リストに入っています。",
        ko:      "이미 마이크석 대기 목록에 있습니다.",
        ar:      "أنت بالفعل في قائمة انتظار المقاعد.",
    }
    100203 ERR_SERVER_ALREADY_IN_SEAT Server none {
        en:      "You are already on a seat.",
        zh_hans: "已经处于麦上状态。",
        zh_hant: "已在麥位上。",
        ja:      "すでにマイク席にいます。",
        ko:      "이미 마이크석에 있습니다.",
        ar:      "أنت تشغل مقعدًا بالفعل.",
    }
    100204 ERR_SERVER_NOT_IN_SEAT_QUEUE Server none {
        en:      "You are not in the seat queue.",
        zh_hans: "没有在排麦列表中。",
        zh_hant: "不在排麥列表中。",
        ja:      "マイク席の待機リストに入っていません。",
        ko:      "마이크석 대기 목록에 없습니다.",
        ar:      "أنت لست في قائمة انتظار المقاعد.",
    }
    100205 ERR_SERVER_ALL_SEAT_OCCUPIED Server none {
        en:      "All seats are taken.",
        zh_hans: "麦位已满。",
        zh_hant: "麥位已滿。",
        ja:      "マイク席に空きがありません。",
        ko:      "마이크석이 모두 찼습니다.",
        ar:      "جميع المقاعد مشغولة.",
    }
    100206 ERR_SERVER_NOT_IN_SEAT Server none {
        en:      "You are not on a seat.",
        zh_hans: "未在麦上。",
        zh_hant: "不在麥位上。",
        ja:      "マイク席にいません。",
        ko:      "마이크석에 있지 않습니다.",
        ar:      "أنت لا تشغل أي مقعد.",
    }
    100210 ERR_SERVER_USER_ALREADY_IN_SEAT Server none {
        en:      "Another user is already on this seat.",
        zh_hans: "已经有用户在麦位上。",
        zh_hant: "已有使用者在此麥位上。",
        ja:      "このマイク席にはすでにユーザーがいます。",
        ko:      "이 마이크석에 이미 사용자가 있습니다.",
        ar:      "يوجد مستخدم على هذا المقعد بالفعل.",
    }
    100211 ERR_SERVER_SEAT_NOT_SUPPORT_LINK_MIC Server none {
        en:      "This room does not support co-hosting.",
        zh_hans: "该房间不支持连麦。",
        zh_hant: "此房間不支援連麥。",
        ja:      "このルームは共同配信に対応していません。",
        ko:      "이 방은 공동 방송을 지원하지 않습니다.",
        ar:      "لا تدعم هذه الغرفة البث المشترك.",
    }
    100251 ERR_SERVER_SEAT_LIST_EMPTY Server none {
        en:      "The co-hosting list is empty.",
        zh_hans: "连麦列表为空。",
        zh_hant: "連麥列表為空。",
        ja:      "共同配信のリストが空です。",
        ko:      "공동 방송 목록이 비어 있습니다.",
        ar:      "قائمة البث المشترك فارغة.",
    }

    // Codes newer engines return (beyond the source document)
    -3 ERR_REPEAT_OPERATION General none developer {
        en:      "Repeated operation: the same call has already been made.",
        zh_hans: "重复操作，相同的调用已经执行过。",
        zh_hant: "重複操作，相同的呼叫已經執行過。",
        ja:      "同じ呼び出しがすでに実行されているため、操作が重複しています。",
        ko:      "동일한 호출이 이미 실행되어 작업이 중복되었습니다.",
        ar:      "عملية مكررة، فقد تم تنفيذ الاستدعاء نفسه من قبل.",
    }
    -4 ERR_ROOM_MISMATCH General fix_integration developer {
        en:      "The room ID does not match." "Check whether the user has left or switched rooms.",
        zh_hans: "房间 ID 不匹配。" "请检查用户是否已退出或切换了房间。",
        zh_hant: "房間 ID 不符。" "請確認使用者是否已離開或切換了房間。",
        ja:      "ルーム ID が一致しません。" "ユーザーがルームから退出したか、別のルームに切り替えていないか確認してください。",
        ko:      "방 ID가 일치하지 않습니다." "사용자가 방에서 나갔거나 다른 방으로 전환했는지 확인하십시오.",
        ar:      "معرّف الغرفة (ID) غير مطابق." "يُرجى التحقق مما إذا كان المستخدم قد غادر الغرفة أو انتقل إلى غرفة أخرى.",
    }
    -1005 ERR_INVALID_LICENSE General none developer {
        en:      "The license is invalid or has expired.",
        zh_hans: "当前 License 无效或已过期。",
        zh_hant: "目前的 License 無效或已過期。",
        ja:      "ライセンス（License）が無効か、有効期限が切れています。",
        ko:      "라이선스가 유효하지 않거나 만료되었습니다.",
        ar:      "الترخيص (License) غير صالح أو منتهي الصلاحية.",
    }
    -1110 ERR_AUDIO_CAPTURE_DEVICE_UNAVAILABLE Device none {
        en:      "The audio capture device is unavailable; it may be in use by a phone call or another voice call app.",
        zh_hans: "音频采集设备不可用，可能正被电话或其他语音通话应用占用。",
        zh_hant: "音訊擷取裝置無法使用，可能正被電話或其他語音通話應用程式佔用。",
        ja:      "電話やほかの音声通話アプリで使用中のため、音声キャプチャデバイスを使用できない可能性があります。",
        ko:      "오디오 캡처 장치를 사용할 수 없으며, 전화 또는 다른 음성 통화 앱에서 사용 중일 수 있습니다.",
        ar:      "جهاز التقاط الصوت غير متاح، فقد يكون قيد الاستخدام من قِبل مكالمة هاتفية أو تطبيق آخر للمكالمات الصوتية.",
    }
    -1200 ERR_ALREADY_ROOM_OWNER Room none {
        en:      "The user is already the room owner.",
        zh_hans: "该用户已经是房主。",
        zh_hant: "該使用者已經是房主。",
        ja:      "このユーザーはすでにルームオーナーです。",
        ko:      "해당 사용자는 이미 방장입니다.",
        ar:      "هذا المستخدم هو مالك الغرفة بالفعل.",
    }
    -1201 ERR_IM_ATTRIBUTE_WRITE_CONFLICT Room none developer {
        en:      "IM attribute write conflict: several clients changed the same room attribute at the same time.",
        zh_hans: "IM 属性写入冲突，多个客户端同时修改了同一个房间属性。",
        zh_hant: "IM 屬性寫入衝突，多個用戶端同時修改了同一個房間屬性。",
        ja:      "複数のクライアントが同じルーム属性を同時に変更したため、IM 属性の書き込みが競合しました。",
        ko:      "여러 클라이언트가 동일한 방 속성을 동시에 변경하여 IM 속성 쓰기 충돌이 발생했습니다.",
        ar:      "حدث تعارض عند كتابة سمات IM، إذ عدّل عدة عملاء سمة الغرفة نفسها في الوقت ذاته.",
    }
    -1202 ERR_ALREADY_ROOM_ENTER Room none developer {
        en:      "The user has already entered the room; there is no need to enter it again.",
        zh_hans: "用户已在房间内，无需重复进房。",
        zh_hant: "使用者已在房間內，不需要重複進入房間。",
        ja:      "ユーザーはすでにルームに入室しているため、再度入室する必要はありません。",
        ko:      "사용자가 이미 방에 입장해 있으므로 다시 입장할 필요가 없습니다.",
        ar:      "المستخدم موجود في الغرفة بالفعل، ولا داعي لدخولها مرة أخرى.",
    }
    -1203 ERR_DESTROY_ROOM_NO_PERMISSION Room none {
        en:      "You do not have permission to close the room: only the room owner can close it.",
        zh_hans: "没有解散房间的权限，只有房主可以解散房间。",
        zh_hant: "沒有解散房間的權限，只有房主可以解散房間。",
        ja:      "ルームを解散できるのはルームオーナーのみのため、ルームを解散する権限がありません。",
        ko:      "방장만 방을 해산할 수 있으므로 방을 해산할 권한이 없습니다.",
        ar:      "لا تملك صلاحية إغلاق الغرفة، إذ لا يستطيع إغلاقها إلا مالك الغرفة.",
    }
    -1300 ERR_LIVE_REQUEST_SERVER_TIMEOUT Room retry {
        en:      "The live streaming request to the server timed out, possibly because of a network problem or a slow server." "Check the network and try again.",
        zh_hans: "直播请求服务器超时，可能是网络问题或服务器响应慢。" "请检查网络后重试。",
        zh_hant: "直播請求伺服器逾時，可能是網路問題或伺服器回應緩慢。" "請檢查網路後再試一次。",
        ja:      "ライブ配信のサーバーへのリクエストがタイムアウトしました（ネットワークの問題、またはサーバーの応答の遅れが考えられます）。" "ネットワークを確認してから再度お試しください。",
        ko:      "라이브 방송 서버 요청 시간이 초과되었으며, 네트워크 문제이거나 서버 응답이 느릴 수 있습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انتهت مهلة طلب البث المباشر المرسل إلى الخادم، وقد يعود ذلك إلى مشكلة في الشبكة أو بطء الخادم." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    -1301 ERR_LIVE_SERVER_PROCESS_FAILED Room retry {
        en:      "The live streaming server failed to process the request because of an internal server error." "Try again later.",
        zh_hans: "直播服务器处理请求失败（服务器内部错误）。" "请稍后重试。",
        zh_hant: "直播伺服器處理請求失敗（伺服器內部錯誤）。" "請稍後再試。",
        ja:      "ライブ配信サーバーでリクエストの処理に失敗しました（サーバー内部エラー）。" "しばらくしてから再度お試しください。",
        ko:      "라이브 방송 서버에서 요청을 처리하지 못했습니다(서버 내부 오류)." "잠시 후 다시 시도하십시오.",
        ar:      "أخفق خادم البث المباشر في معالجة الطلب بسبب خطأ داخلي في الخادم." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    -1302 ERR_LIVE_DISCONNECTED Room retry {
        en:      "The live streaming connection was lost, possibly because of a network interruption or a service problem." "Check the network connection and try again.",
        zh_hans: "直播连接已断开，可能是网络中断或服务异常。" "请检查网络连接后重试。",
        zh_hant: "直播連線已中斷，可能是網路中斷或服務異常。" "請檢查網路連線後再試一次。",
        ja:      "ライブ配信の接続が切断されました（ネットワークの中断またはサービスの異常が考えられます）。" "ネットワーク接続を確認してから再度お試しください。",
        ko:      "라이브 방송 연결이 끊어졌으며, 네트워크 중단 또는 서비스 문제일 수 있습니다." "네트워크 연결을 확인한 후 다시 시도하십시오.",
        ar:      "انقطع اتصال البث المباشر، وقد يعود ذلك إلى انقطاع الشبكة أو مشكلة في الخدمة." "يُرجى التحقق من اتصال الشبكة ثم المحاولة مرة أخرى.",
    }
    -1303 ERR_LIVE_NO_AVAILABLE_HEVC_DECODERS Device none {
        en:      "No HEVC/H.265 decoder is available: this device does not support the format.",
        zh_hans: "没有可用的 HEVC/H.265 解码器，当前设备不支持该格式。",
        zh_hant: "沒有可用的 HEVC/H.265 解碼器，目前的裝置不支援此格式。",
        ja:      "このデバイスは HEVC/H.265 に対応していないため、利用可能なデコーダーがありません。",
        ko:      "이 장치는 HEVC/H.265 형식을 지원하지 않아 사용 가능한 디코더가 없습니다.",
        ar:      "لا يتوفر مفكك ترميز HEVC/H.265، فهذا الجهاز لا يدعم هذا التنسيق.",
    }
    -2312 ERR_REQUEST_ID_REPEAT Seat none developer {
        en:      "The signaling request is a duplicate.",
        zh_hans: "信令请求重复。",
        zh_hant: "信令請求重複。",
        ja:      "シグナリングリクエストが重複しています。",
        ko:      "시그널링 요청이 중복되었습니다.",
        ar:      "طلب الإشارات مكرر.",
    }
    -2313 ERR_REQUEST_ID_CONFLICT Seat none developer {
        en:      "The signaling request conflicts with another request.",
        zh_hans: "信令请求与其他请求冲突。",
        zh_hant: "信令請求與其他請求衝突。",
        ja:      "シグナリングリクエストがほかのリクエストと競合しています。",
        ko:      "시그널링 요청이 다른 요청과 충돌합니다.",
        ar:      "يتعارض طلب الإشارات مع طلب آخر.",
    }
    -2347 ERR_SEAT_NOT_SUPPORT_LINK_MIC Seat none {
        en:      "Co-hosting is not supported.",
        zh_hans: "当前不支持连麦。",
        zh_hant: "目前不支援連麥。",
        ja:      "共同配信はサポートされていません。",
        ko:      "공동 방송은 지원되지 않습니다.",
        ar:      "البث المشترك غير مدعوم.",
    }
    -2372 ERR_OPEN_SCREEN_SHARE_NEED_SEAT_UNLOCK Seat ask_host {
        en:      "Video on this seat is locked." "Ask the room owner to unlock the seat to start screen sharing.",
        zh_hans: "当前麦位视频已被锁定。" "需要由房主解锁麦位后，才能开启屏幕分享。",
        zh_hant: "此麥位的視訊已被鎖定。" "需要由房主解鎖麥位後，才能開啟螢幕分享。",
        ja:      "このマイク席の映像はロックされています。" "画面共有を開始するには、ルームオーナーにマイク席のロックを解除してもらってください。",
        ko:      "이 마이크석의 비디오가 잠겨 있습니다." "화면 공유를 시작하려면 방장에게 마이크석 잠금 해제를 요청하십시오.",
        ar:      "فيديو هذا المقعد مقفل." "لبدء مشاركة الشاشة، يُرجى أن تطلب من مالك الغرفة فتح قفل المقعد.",
    }
    -2373 ERR_OPEN_SCREEN_SHARE_NEED_PERMISSION_FROM_ADMIN Seat ask_host {
        en:      "Screen sharing can be started only with permission." "Request permission from the room owner or an administrator.",
        zh_hans: "需要申请后才能开启屏幕分享。" "请向房主或管理员申请。",
        zh_hant: "需要申請後才能開啟螢幕分享。" "請向房主或管理員申請。",
        ja:      "画面共有を開始するには申請が必要です。" "ルームオーナーまたは管理者に申請してください。",
        ko:      "화면 공유를 시작하려면 권한이 필요합니다." "방장 또는 관리자에게 권한을 요청하십시오.",
        ar:      "يتطلب بدء مشاركة الشاشة الحصول على إذن." "يُرجى طلب الإذن من مالك الغرفة أو المشرف.",
    }
    100013 ERR_SERVER_PAYMENT_LIMIT_EXCEEDED Server none developer {
        en:      "The limit of the paid plan has been exceeded.",
        zh_hans: "已超过付费套餐包的上限。",
        zh_hant: "已超過付費方案的上限。",
        ja:      "有料プランの上限を超えています。",
        ko:      "유료 요금제 한도를 초과했습니다.",
        ar:      "تم تجاوز الحد المسموح به في الباقة المدفوعة.",
    }
    100015 ERR_SERVER_INVALID_ROOM_TYPE Server none developer {
        en:      "The room type is invalid.",
        zh_hans: "无效的房间类型。",
        zh_hant: "無效的房間類型。",
        ja:      "ルームタイプが無効です。",
        ko:      "방 유형이 유효하지 않습니다.",
        ar:      "نوع الغرفة غير صالح.",
    }
    100016 ERR_SERVER_MEMBER_BANNED Server none {
        en:      "This member has been banned.",
        zh_hans: "该成员已被封禁。",
        zh_hant: "該成員已被封鎖。",
        ja:      "このメンバーは参加を禁止されています。",
        ko:      "해당 멤버는 차단되었습니다.",
        ar:      "تم حظر هذا العضو.",
    }
    100017 ERR_SERVER_MEMBER_MUTED Server none {
        en:      "This member is not allowed to send messages.",
        zh_hans: "该成员已被禁言，无法发送消息。",
        zh_hant: "該成員已被禁言，無法傳送訊息。",
        ja:      "このメンバーはメッセージの送信を禁止されています。",
        ko:      "해당 멤버는 메시지 전송이 금지되었습니다.",
        ar:      "تم منع هذا العضو من إرسال الرسائل.",
    }
    100018 ERR_SERVER_NEED_PASSWORD Server none {
        en:      "This room requires a password to enter.",
        zh_hans: "当前房间需要密码才能进入。",
        zh_hant: "此房間需要密碼才能進入。",
        ja:      "このルームに入室するにはパスワードが必要です。",
        ko:      "이 방에 입장하려면 비밀번호가 필요합니다.",
        ar:      "يتطلب دخول هذه الغرفة كلمة مرور.",
    }
    100019 ERR_SERVER_WRONG_PASSWORD Server none {
        en:      "The room password is incorrect.",
        zh_hans: "进房密码错误。",
        zh_hant: "房間密碼錯誤。",
        ja:      "ルームのパスワードが正しくありません。",
        ko:      "방 비밀번호가 올바르지 않습니다.",
        ar:      "كلمة مرور الغرفة غير صحيحة.",
    }
    100020 ERR_SERVER_ADMIN_LIMIT_EXCEEDED Server none {
        en:      "The number of administrators exceeds the limit.",
        zh_hans: "管理员数量超过上限。",
        zh_hant: "管理員數量超過上限。",
        ja:      "管理者の数が上限を超えています。",
        ko:      "관리자 수가 한도를 초과했습니다.",
        ar:      "تجاوز عدد المشرفين الحد الأقصى.",
    }
    100102 ERR_SERVER_REQUEST_CONFLICT Server none developer {
        en:      "The signaling request conflicts with another request.",
        zh_hans: "信令请求与其他请求冲突。",
        zh_hant: "信令請求與其他請求衝突。",
        ja:      "シグナリングリクエストがほかのリクエストと競合しています。",
        ko:      "시그널링 요청이 다른 요청과 충돌합니다.",
        ar:      "يتعارض طلب الإشارات مع طلب آخر.",
    }
    100201 ERR_SERVER_SEAT_OCCUPIED Server none {
        en:      "The seat is already taken.",
        zh_hans: "该麦位已被占用。",
        zh_hant: "該麥位已有人使用。",
        ja:      "このマイク席はすでに使用されています。",
        ko:      "이 마이크석은 이미 사용 중입니다.",
        ar:      "هذا المقعد مشغول بالفعل.",
    }

    // Current engines: room preloading and the call engine
    -4001 ERR_ROOM_NOT_SUPPORT_PRELOADING Room fix_integration developer {
        en:      "This room does not support preloading." "Enter the room without preloading it.",
        zh_hans: "当前房间不支持预加载。" "请不使用预加载，直接进入房间。",
        zh_hant: "目前的房間不支援預先載入。" "請不使用預先載入，直接進入房間。",
        ja:      "このルームはプリロードに対応していません。" "プリロードせずにルームに入室してください。",
        ko:      "이 방은 미리 로드를 지원하지 않습니다." "미리 로드하지 않고 방에 입장하십시오.",
        ar:      "لا تدعم هذه الغرفة التحميل المسبق." "يُرجى دخول الغرفة مباشرةً دون تحميل مسبق.",
    }
    -6001 ERR_CALL_IN_PROGRESS Device check_device {
        en:      "The device operation failed because a call is in progress." "End the call, then use the device again.",
        zh_hans: "正在通话中，设备操作失败。" "请结束通话后再使用设备。",
        zh_hant: "正在通話中，裝置操作失敗。" "請結束通話後再使用裝置。",
        ja:      "通話中のため、デバイスの操作に失敗しました。" "通話を終了してからデバイスを使用してください。",
        ko:      "통화 중이어서 장치 작업에 실패했습니다." "통화를 종료한 후 장치를 사용하십시오.",
        ar:      "أخفقت عملية الجهاز بسبب وجود مكالمة جارية." "يُرجى إنهاء المكالمة ثم استخدام الجهاز مرة أخرى.",
    }

    // Webinar seats
    100253 ERR_SERVER_SPEAKER_SEAT_OCCUPIED Server none {
        en:      "The main speaker's seat is already taken, so the device cannot be turned on.",
        zh_hans: "主讲嘉宾麦位已被占用，无法打开设备。",
        zh_hant: "主講嘉賓麥位已有人使用，無法開啟裝置。",
        ja:      "主講者のマイク席はすでに使用されているため、デバイスをオンにできません。",
        ko:      "주 발표자 마이크석이 이미 사용 중이므로 장치를 켤 수 없습니다.",
        ar:      "مقعد المتحدث الرئيسي مشغول بالفعل، لذا لا يمكن تشغيل الجهاز.",
    }

    // Cross-room connections (co-hosting between rooms)
    100400 ERR_SERVER_CONNECTION_NOT_EXIST Server none {
        en:      "The cross-room connection does not exist or has ended.",
        zh_hans: "当前连线不存在或已结束。",
        zh_hant: "目前的連線不存在或已結束。",
        ja:      "ルーム間接続が存在しないか、すでに終了しています。",
        ko:      "방 간 연결이 존재하지 않거나 이미 종료되었습니다.",
        ar:      "الاتصال بين الغرف غير موجود أو انتهى.",
    }
    100401 ERR_SERVER_ROOM_ALREADY_CONNECTED Server choose_another {
        en:      "The requested room is already in a cross-room connection." "Choose another room.",
        zh_hans: "该房间已经在连线中。" "请选择其他房间。",
        zh_hant: "該房間已在連線中。" "請選擇其他房間。",
        ja:      "指定したルームはすでにルーム間接続中です。" "別のルームを選択してください。",
        ko:      "요청한 방은 이미 방 간 연결 중입니다." "다른 방을 선택하십시오.",
        ar:      "الغرفة المطلوبة مشاركة بالفعل في اتصال بين الغرف." "يُرجى اختيار غرفة أخرى.",
    }
    100402 ERR_SERVER_PENDING_CONNECTION_REQUEST Server none {
        en:      "The room has a cross-room connection request that is still pending.",
        zh_hans: "该房间存在待处理的连线请求。",
        zh_hant: "該房間有尚待處理的連線請求。",
        ja:      "このルームには保留中のルーム間接続のリクエストがあります。",
        ko:      "이 방에 처리 대기 중인 방 간 연결 요청이 있습니다.",
        ar:      "لدى الغرفة طلب اتصال بين الغرف لا يزال قيد الانتظار.",
    }
    100403 ERR_SERVER_ROOM_CONNECTED_IN_OTHER Server none {
        en:      "The current room is already in a cross-room connection with other rooms.",
        zh_hans: "当前房间正在与其他房间连线。",
        zh_hant: "目前的房間正在與其他房間連線。",
        ja:      "現在のルームはほかのルームとルーム間接続中です。",
        ko:      "현재 방은 다른 방과 방 간 연결 중입니다.",
        ar:      "تشارك الغرفة الحالية بالفعل في اتصال بين الغرف مع غرف أخرى.",
    }
    100404 ERR_SERVER_MAX_CONNECTED_COUNT_LIMIT Server none {
        en:      "The number of rooms in the cross-room connection or battle exceeds the limit.",
        zh_hans: "连线和 PK 的房间数量超过上限。",
        zh_hant: "連線和 PK 的房間數量超過上限。",
        ja:      "ルーム間接続または PK バトルのルーム数が上限を超えています。",
        ko:      "방 간 연결 또는 PK 배틀의 방 수가 한도를 초과했습니다.",
        ar:      "تجاوز عدد الغرف في الاتصال بين الغرف أو منافسة PK الحد الأقصى.",
    }
    100405 ERR_SERVER_CONNECTION_FREQ_LIMIT Server retry {
        en:      "Cross-room connections are requested too often." "Try again later.",
        zh_hans: "短时间内连线过于频繁。" "请稍后重试。",
        zh_hant: "短時間內連線過於頻繁。" "請稍後再試。",
        ja:      "短時間にルーム間接続のリクエストが多すぎます。" "しばらくしてから再度お試しください。",
        ko:      "짧은 시간에 방 간 연결 요청이 너무 많습니다." "잠시 후 다시 시도하십시오.",
        ar:      "تتكرر طلبات الاتصال بين الغرف كثيرًا خلال وقت قصير." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }

    // Battles (PK between live rooms)
    100411 ERR_SERVER_BATTLE_NOT_EXIST Server none {
        en:      "The battle does not exist or has ended.",
        zh_hans: "该场 PK 不存在或已结束。",
        zh_hant: "該場 PK 不存在或已結束。",
        ja:      "この PK バトルは存在しないか、すでに終了しています。",
        ko:      "해당 PK 배틀이 존재하지 않거나 이미 종료되었습니다.",
        ar:      "منافسة PK غير موجودة أو انتهت.",
    }
    100412 ERR_SERVER_BATTLE_NO_VALID_ROOM Server choose_another {
        en:      "None of the rooms in the requested battle is valid." "Choose other rooms.",
        zh_hans: "发起的 PK 中没有一个有效的房间。" "请选择其他房间。",
        zh_hant: "發起的 PK 中沒有任何有效的房間。" "請選擇其他房間。",
        ja:      "開始しようとした PK バトルに有効なルームが 1 つもありません。" "別のルームを選択してください。",
        ko:      "요청한 PK 배틀에 유효한 방이 하나도 없습니다." "다른 방을 선택하십시오.",
        ar:      "لا توجد أي غرفة صالحة في منافسة PK المطلوبة." "يُرجى اختيار غرف أخرى.",
    }
    100413 ERR_SERVER_BATTLE_FREQ_LIMIT Server retry {
        en:      "Battles are started too often." "Try again later.",
        zh_hans: "短时间内频繁发起 PK。" "请稍后重试。",
        zh_hant: "短時間內過於頻繁地發起 PK。" "請稍後再試。",
        ja:      "短時間に PK バトルを開始する回数が多すぎます。" "しばらくしてから再度お試しください。",
        ko:      "짧은 시간에 PK 배틀을 너무 자주 시작했습니다." "잠시 후 다시 시도하십시오.",
        ar:      "يتكرر بدء منافسات PK كثيرًا خلال وقت قصير." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    100414 ERR_SERVER_ROOM_NOT_IN_BATTLE Server none {
        en:      "The room is no longer in the battle.",
        zh_hans: "该房间已经不在 PK 中。",
        zh_hant: "該房間已不在 PK 中。",
        ja:      "このルームはすでに PK バトルに参加していません。",
        ko:      "해당 방은 더 이상 PK 배틀에 참여하고 있지 않습니다.",
        ar:      "لم تعد الغرفة مشاركة في منافسة PK.",
    }
    100415 ERR_SERVER_ROOM_IN_OTHER_BATTLE Server choose_another {
        en:      "The requested room is already in another battle." "Choose another room.",
        zh_hans: "该房间处于其他 PK 场次中。" "请选择其他房间。",
        zh_hant: "該房間正在進行其他場 PK。" "請選擇其他房間。",
        ja:      "指定したルームはすでに別の PK バトルに参加しています。" "別のルームを選択してください。",
        ko:      "요청한 방은 이미 다른 PK 배틀에 참여하고 있습니다." "다른 방을 선택하십시오.",
        ar:      "الغرفة المطلوبة مشاركة بالفعل في منافسة PK أخرى." "يُرجى اختيار غرفة أخرى.",
    }
    100416 ERR_SERVER_PENDING_BATTLE_REQUEST Server none {
        en:      "The room has a battle request that is still pending.",
        zh_hans: "该房间存在待处理的 PK 请求。",
        zh_hant: "該房間有尚待處理的 PK 請求。",
        ja:      "このルームには保留中の PK バトルのリクエストがあります。",
        ko:      "이 방에 처리 대기 중인 PK 배틀 요청이 있습니다.",
        ar:      "لدى الغرفة طلب منافسة PK لا يزال قيد الانتظار.",
    }
    100419 ERR_SERVER_BATTLE_IN_RUNNING Server none {
        en:      "The room is in a running battle, so the battle request cannot be canceled.",
        zh_hans: "该房间正处于 PK 中，无法取消 PK 请求。",
        zh_hant: "該房間正在進行 PK，無法取消 PK 請求。",
        ja:      "このルームは PK バトル中のため、PK バトルのリクエストを取り消せません。",
        ko:      "이 방은 PK 배틀이 진행 중이므로 PK 배틀 요청을 취소할 수 없습니다.",
        ar:      "الغرفة في منافسة PK جارية، لذا لا يمكن إلغاء طلب المنافسة.",
    }
    100420 ERR_SERVER_BATTLE_NOT_STARTED Server none {
        en:      "The battle has not started yet.",
        zh_hans: "该场 PK 还未开始。",
        zh_hant: "該場 PK 尚未開始。",
        ja:      "この PK バトルはまだ開始されていません。",
        ko:      "해당 PK 배틀은 아직 시작되지 않았습니다.",
        ar:      "لم تبدأ منافسة PK بعد.",
    }
    100421 ERR_SERVER_BATTLE_ENDED Server none {
        en:      "The battle has already ended.",
        zh_hans: "该场 PK 已经结束。",
        zh_hant: "該場 PK 已經結束。",
        ja:      "この PK バトルはすでに終了しています。",
        ko:      "해당 PK 배틀은 이미 종료되었습니다.",
        ar:      "انتهت منافسة PK بالفعل.",
    }

    // Mixed and published streams
    100427 ERR_SERVER_MIX_STREAM_UPDATE_FREQ_LIMIT Server retry {
        en:      "The mixed-stream layout is updated too often." "Try again later.",
        zh_hans: "混流布局更新操作过于频繁。" "请稍后重试。",
        zh_hant: "混流版面配置更新過於頻繁。" "請稍後再試。",
        ja:      "ミキシングストリームのレイアウトの更新が頻繁すぎます。" "しばらくしてから再度お試しください。",
        ko:      "믹스 스트림 레이아웃을 너무 자주 업데이트했습니다." "잠시 후 다시 시도하십시오.",
        ar:      "يتكرر تحديث تخطيط البث المدمج كثيرًا." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    100430 ERR_SERVER_PUBLISH_STREAM_INFO_NOT_EXIST Server none developer {
        en:      "The information about the published stream does not exist.",
        zh_hans: "推流信息不存在。",
        zh_hant: "推流資訊不存在。",
        ja:      "配信ストリームの情報が存在しません。",
        ko:      "송출 스트림 정보가 존재하지 않습니다.",
        ar:      "معلومات البث المنشور غير موجودة.",
    }
    100431 ERR_SERVER_PUBLISH_STREAM_NO_NEED_RECOVERY Server none developer {
        en:      "The published stream does not need to be recovered.",
        zh_hans: "推流无需恢复。",
        zh_hant: "推流無須恢復。",
        ja:      "配信ストリームを復旧する必要はありません。",
        ko:      "송출 스트림을 복구할 필요가 없습니다.",
        ar:      "لا يحتاج البث المنشور إلى استعادة.",
    }

    // Room metadata
    100500 ERR_SERVER_METADATA_KEY_COUNT_LIMIT Server fix_integration developer {
        en:      "The number of keys in the room metadata exceeds the limit." "Reduce the number of keys.",
        zh_hans: "房间元数据中的 key 数量超过上限。" "请减少 key 的数量。",
        zh_hant: "房間中繼資料中的鍵（key）數量超過上限。" "請減少鍵的數量。",
        ja:      "ルームのメタデータのキー（key）の数が上限を超えています。" "キーの数を減らしてください。",
        ko:      "방 메타데이터의 키(key) 수가 한도를 초과했습니다." "키 수를 줄이십시오.",
        ar:      "تجاوز عدد المفاتيح (key) في البيانات الوصفية للغرفة الحد الأقصى." "يُرجى تقليل عدد المفاتيح.",
    }
    100501 ERR_SERVER_METADATA_VALUE_SIZE_LIMIT Server fix_integration developer {
        en:      "The value of a key in the room metadata exceeds the maximum size in bytes." "Shorten the value.",
        zh_hans: "房间元数据中单个 key 对应的 value 超过最大字节数限制。" "请缩短该 value。",
        zh_hant: "房間中繼資料中單一鍵（key）對應的值（value）超過位元組數上限。" "請縮短該值。",
        ja:      "ルームのメタデータで、1 つのキー（key）の値が最大バイト数を超えています。" "値を短くしてください。",
        ko:      "방 메타데이터에서 한 키(key)의 값이 최대 바이트 수를 초과했습니다." "값의 길이를 줄이십시오.",
        ar:      "تتجاوز قيمة أحد المفاتيح (key) في البيانات الوصفية للغرفة الحد الأقصى لعدد البايتات." "يُرجى تقصير القيمة.",
    }
    100502 ERR_SERVER_METADATA_TOTAL_SIZE_LIMIT Server fix_integration developer {
        en:      "The values of all keys in the room metadata together exceed the maximum size in bytes." "Reduce the total size of the values.",
        zh_hans: "房间元数据中所有 key 对应的 value 总和超过最大字节数限制。" "请减小 value 的总大小。",
        zh_hant: "房間中繼資料中所有鍵（key）對應的值總和超過位元組數上限。" "請減少值的總大小。",
        ja:      "ルームのメタデータで、すべてのキー（key）の値の合計が最大バイト数を超えています。" "値の合計サイズを減らしてください。",
        ko:      "방 메타데이터에서 모든 키(key) 값의 합계가 최대 바이트 수를 초과했습니다." "값의 전체 크기를 줄이십시오.",
        ar:      "يتجاوز مجموع قيم جميع المفاتيح (key) في البيانات الوصفية للغرفة الحد الأقصى لعدد البايتات." "يُرجى تقليل الحجم الإجمالي للقيم.",
    }
    100503 ERR_SERVER_METADATA_NO_VALID_KEY Server fix_integration developer {
        en:      "None of the keys to delete exists in the room metadata." "Check the keys to delete.",
        zh_hans: "删除房间元数据时，被删除的 key 没有一个存在。" "请检查要删除的 key。",
        zh_hant: "刪除房間中繼資料時，要刪除的鍵（key）都不存在。" "請檢查要刪除的鍵。",
        ja:      "ルームのメタデータを削除する際、削除対象のキー（key）が 1 つも存在しません。" "削除するキーを確認してください。",
        ko:      "방 메타데이터를 삭제할 때 삭제할 키(key)가 하나도 존재하지 않습니다." "삭제할 키를 확인하십시오.",
        ar:      "لا يوجد أي من المفاتيح (key) المطلوب حذفها في البيانات الوصفية للغرفة." "يُرجى التحقق من المفاتيح المطلوب حذفها.",
    }
    100504 ERR_SERVER_METADATA_KEY_SIZE_LIMIT Server fix_integration developer {
        en:      "A key in the room metadata exceeds the maximum size in bytes." "Shorten the key.",
        zh_hans: "房间元数据中的 key 大小超过了最大字节数限制。" "请缩短该 key。",
        zh_hant: "房間中繼資料中的鍵（key）大小超過位元組數上限。" "請縮短該鍵。",
        ja:      "ルームのメタデータのキー（key）が最大バイト数を超えています。" "キーを短くしてください。",
        ko:      "방 메타데이터의 키(key)가 최대 바이트 수를 초과했습니다." "키 길이를 줄이십시오.",
        ar:      "يتجاوز أحد المفاتيح (key) في البيانات الوصفية للغرفة الحد الأقصى لعدد البايتات." "يُرجى تقصير المفتاح.",
    }

    // Gifts
    102001 ERR_SERVER_GIFT_ABILITY_NOT_ENABLED Server upgrade_plan developer {
        en:      "The gift service is not enabled." "Check the version of your plan.",
        zh_hans: "礼物功能服务暂未开启。" "请检查套餐包版本。",
        zh_hant: "禮物功能服務尚未開啟。" "請檢查方案版本。",
        ja:      "ギフト機能のサービスが有効になっていません。" "プランのバージョンを確認してください。",
        ko:      "선물 기능 서비스가 활성화되지 않았습니다." "요금제 버전을 확인하십시오.",
        ar:      "خدمة الهدايا غير مفعّلة." "يُرجى التحقق من إصدار الباقة.",
    }
    102002 ERR_SERVER_GIFT_NOT_EXIST Server choose_another {
        en:      "The gift does not exist." "Choose another gift.",
        zh_hans: "礼物不存在。" "请选择其他礼物。",
        zh_hant: "禮物不存在。" "請選擇其他禮物。",
        ja:      "ギフトが存在しません。" "別のギフトを選択してください。",
        ko:      "선물이 존재하지 않습니다." "다른 선물을 선택하십시오.",
        ar:      "الهدية غير موجودة." "يُرجى اختيار هدية أخرى.",
    }
    102004 ERR_SERVER_GIFT_PRE_VERIFICATION_FAILED Server fix_integration developer {
        en:      "The gift server's pre-verification failed." "Check the configuration in the console.",
        zh_hans: "礼物服务器预验证失败。" "请检查控制台配置。",
        zh_hant: "禮物伺服器預先驗證失敗。" "請檢查主控台設定。",
        ja:      "ギフトサーバーの事前検証に失敗しました。" "コンソールの設定を確認してください。",
        ko:      "선물 서버의 사전 검증에 실패했습니다." "콘솔 설정을 확인하십시오.",
        ar:      "أخفق التحقق المسبق في خادم الهدايا." "يُرجى التحقق من الإعدادات في وحدة التحكم.",
    }

    // Login (UserSig)
    70001 ERR_USER_SIG_EXPIRED General sign_in developer {
        en:      "The UserSig has expired." "Sign in again with a new UserSig, and generate UserSigs that are valid for at least 24 hours.",
        zh_hans: "用户签名（UserSig）已过期。" "请重新生成 UserSig 后再登录，建议生成的 UserSig 有效期不少于 24 小时。",
        zh_hant: "使用者簽名（UserSig）已過期。" "請重新產生 UserSig 後再登入，建議產生的 UserSig 有效期至少為 24 小時。",
        ja:      "UserSig（ユーザー署名）の有効期限が切れています。" "新しい UserSig を生成して再度ログインし、UserSig の有効期間は 24 時間以上に設定してください。",
        ko:      "UserSig(사용자 서명)가 만료되었습니다." "새 UserSig를 생성하여 다시 로그인하고, UserSig의 유효 기간은 24시간 이상으로 설정하십시오.",
        ar:      "انتهت صلاحية توقيع المستخدم (UserSig)." "يُرجى تسجيل الدخول مرة أخرى بتوقيع UserSig جديد، مع جعل مدة صلاحية التوقيعات 24 ساعة على الأقل.",
    }
    70003 ERR_USER_SIG_INVALID General fix_integration developer {
        en:      "The UserSig is invalid." "Generate the UserSig again.",
        zh_hans: "用户签名（UserSig）非法。" "请重新生成 UserSig。",
        zh_hant: "使用者簽名（UserSig）無效。" "請重新產生 UserSig。",
        ja:      "UserSig（ユーザー署名）が無効です。" "UserSig を再生成してください。",
        ko:      "UserSig(사용자 서명)가 유효하지 않습니다." "UserSig를 다시 생성하십시오.",
        ar:      "توقيع المستخدم (UserSig) غير صالح." "يُرجى إنشاء توقيع UserSig من جديد.",
    }
    70013 ERR_USER_SIG_USER_ID_MISMATCH General fix_integration developer {
        en:      "The user ID does not match the UserSig." "Check that the UserSig was generated for this user ID.",
        zh_hans: "用户 ID 与用户签名（UserSig）不匹配。" "请检查 UserSig 是否为该用户 ID 生成。",
        zh_hant: "使用者 ID 與使用者簽名（UserSig）不相符。" "請檢查 UserSig 是否為此使用者 ID 產生。",
        ja:      "ユーザー ID が UserSig（ユーザー署名）と一致しません。" "UserSig がこのユーザー ID 用に生成されたものか確認してください。",
        ko:      "사용자 ID와 UserSig(사용자 서명)가 일치하지 않습니다." "UserSig가 이 사용자 ID로 생성되었는지 확인하십시오.",
        ar:      "لا يتطابق معرّف المستخدم (ID) مع توقيع المستخدم (UserSig)." "يُرجى التحقق من أن توقيع UserSig أُنشئ لمعرّف المستخدم هذا.",
    }
    70014 ERR_USER_SIG_SDKAPPID_MISMATCH General fix_integration developer {
        en:      "The SDKAppID does not match the UserSig." "Check that the UserSig was generated with this SDKAppID.",
        zh_hans: "SDKAppID 与用户签名（UserSig）不匹配。" "请检查 UserSig 是否使用该 SDKAppID 生成。",
        zh_hant: "SDKAppID 與使用者簽名（UserSig）不相符。" "請檢查 UserSig 是否使用此 SDKAppID 產生。",
        ja:      "SDKAppID が UserSig（ユーザー署名）と一致しません。" "UserSig がこの SDKAppID で生成されたものか確認してください。",
        ko:      "SDKAppID와 UserSig(사용자 서명)가 일치하지 않습니다." "UserSig가 이 SDKAppID로 생성되었는지 확인하십시오.",
        ar:      "لا يتطابق SDKAppID مع توقيع المستخدم (UserSig)." "يُرجى التحقق من أن توقيع UserSig أُنشئ باستخدام SDKAppID هذا.",
    }

    // Chat service (relayed by the engine)
    7002 ERR_CHAT_INVALID_USER_ID Chat fix_integration developer {
        en:      "The user ID is invalid for the chat service." "Check the user ID passed to the call.",
        zh_hans: "聊天服务中的用户 ID 不合法。" "请检查调用时传入的用户 ID。",
        zh_hant: "聊天服務中的使用者 ID 無效。" "請檢查呼叫時傳入的使用者 ID。",
        ja:      "チャットサービスのユーザー ID が無効です。" "呼び出し時に渡したユーザー ID を確認してください。",
        ko:      "채팅 서비스의 사용자 ID가 유효하지 않습니다." "호출 시 전달한 사용자 ID를 확인하십시오.",
        ar:      "معرّف المستخدم (ID) في خدمة الدردشة غير صالح." "يُرجى التحقق من معرّف المستخدم الذي مُرِّر في الاستدعاء.",
    }
    7008 ERR_CHAT_FREQ_LIMIT Chat retry {
        en:      "The chat service has limited the request rate." "Try again later.",
        zh_hans: "聊天服务请求被限频。" "请稍后重试。",
        zh_hant: "聊天服務的請求過於頻繁。" "請稍後再試。",
        ja:      "チャットサービスへのリクエストの頻度が制限されています。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 요청 빈도가 제한되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "تم تقييد معدل الطلبات في خدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    7015 ERR_CHAT_SENSITIVE_WORD Chat choose_another {
        en:      "The text contains blocked words." "Edit the text, then send it again.",
        zh_hans: "检测到敏感词。" "请修改后重新发送。",
        zh_hant: "偵測到敏感詞。" "請修改後重新傳送。",
        ja:      "不適切な語句が検出されました。" "内容を修正してから再送信してください。",
        ko:      "금칙어가 감지되었습니다." "내용을 수정한 후 다시 보내십시오.",
        ar:      "يحتوي النص على كلمات محظورة." "يُرجى تعديل النص ثم إرساله مرة أخرى.",
    }
    9508 ERR_CHAT_NET_DISCONNECT Chat retry {
        en:      "The chat service lost its network connection." "Check the network and try again.",
        zh_hans: "聊天服务网络异常，连接已断开。" "请检查网络后重试。",
        zh_hant: "聊天服務網路異常，連線已中斷。" "請檢查網路後再試一次。",
        ja:      "チャットサービスのネットワーク接続が切断されました。" "ネットワークを確認してから再度お試しください。",
        ko:      "채팅 서비스의 네트워크 연결이 끊어졌습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انقطع اتصال خدمة الدردشة بالشبكة." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    9509 ERR_CHAT_NET_ALREADY_CONNECTED Chat retry {
        en:      "A network connection of the chat service already exists." "Try again later.",
        zh_hans: "聊天服务网络异常，连接已存在。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，連線已存在。" "請稍後再試。",
        ja:      "チャットサービスのネットワーク接続がすでに存在します。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스의 네트워크 연결이 이미 존재합니다." "잠시 후 다시 시도하십시오.",
        ar:      "يوجد اتصال شبكة لخدمة الدردشة بالفعل." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9510 ERR_CHAT_NET_CONNECT_TIMEOUT Chat retry {
        en:      "Connecting to the chat service timed out." "Try again later.",
        zh_hans: "聊天服务网络异常，连接超时。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，連線逾時。" "請稍後再試。",
        ja:      "チャットサービスへの接続がタイムアウトしました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 연결 시간이 초과되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "انتهت مهلة الاتصال بخدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9511 ERR_CHAT_NET_CONNECT_REFUSED Chat retry {
        en:      "The chat service refused the connection." "Try again later.",
        zh_hans: "聊天服务网络异常，连接被拒绝。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，連線遭到拒絕。" "請稍後再試。",
        ja:      "チャットサービスへの接続が拒否されました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 연결이 거부되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "رُفض الاتصال بخدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9512 ERR_CHAT_NET_UNREACHABLE Chat retry {
        en:      "The network is unreachable, so the chat service cannot be reached." "Check the network and try again.",
        zh_hans: "聊天服务网络异常，网络不可达。" "请检查网络后重试。",
        zh_hant: "聊天服務網路異常，無法連上網路。" "請檢查網路後再試一次。",
        ja:      "ネットワークに到達できないため、チャットサービスに接続できません。" "ネットワークを確認してから再度お試しください。",
        ko:      "네트워크에 연결할 수 없어 채팅 서비스에 접속할 수 없습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "تعذّر الوصول إلى خدمة الدردشة لأن الشبكة غير متاحة." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    9518 ERR_CHAT_NET_WAIT_IN_QUEUE_TIMEOUT Chat retry {
        en:      "A chat service request timed out while waiting in the queue." "Try again later.",
        zh_hans: "聊天服务网络异常，请求排队等待超时。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，請求排隊等候逾時。" "請稍後再試。",
        ja:      "チャットサービスへのリクエストが送信待ちのキューでタイムアウトしました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 요청이 대기열에서 기다리는 동안 시간이 초과되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "انتهت مهلة طلب خدمة الدردشة أثناء انتظاره في قائمة الانتظار." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9519 ERR_CHAT_NET_WAIT_SEND_TIMEOUT Chat retry {
        en:      "Sending a chat service request timed out." "Try again later.",
        zh_hans: "聊天服务网络异常，请求发送超时。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，請求傳送逾時。" "請稍後再試。",
        ja:      "チャットサービスへのリクエストの送信がタイムアウトしました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 요청 전송 시간이 초과되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "انتهت مهلة إرسال طلب خدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9520 ERR_CHAT_NET_WAIT_ACK_TIMEOUT Chat retry {
        en:      "Waiting for the chat service's response timed out." "Try again later.",
        zh_hans: "聊天服务网络异常，等待响应超时。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，等候回應逾時。" "請稍後再試。",
        ja:      "チャットサービスからの応答待ちがタイムアウトしました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 응답 대기 시간이 초과되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "انتهت مهلة انتظار رد خدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9521 ERR_CHAT_NET_WAIT_SEND_REMAINING_TIMEOUT Chat retry {
        en:      "Sending the rest of a chat service request timed out." "Try again later.",
        zh_hans: "聊天服务网络异常，发送剩余请求数据超时。" "请稍后重试。",
        zh_hant: "聊天服務網路異常，傳送其餘請求資料逾時。" "請稍後再試。",
        ja:      "チャットサービスへのリクエストの残りの送信がタイムアウトしました。" "しばらくしてから再度お試しください。",
        ko:      "채팅 서비스 요청의 나머지 부분 전송 시간이 초과되었습니다." "잠시 후 다시 시도하십시오.",
        ar:      "انتهت مهلة إرسال بقية طلب خدمة الدردشة." "يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    9522 ERR_CHAT_CONTENT_TOO_LONG Chat choose_another {
        en:      "The content is too long." "Shorten it, then send it again.",
        zh_hans: "内容太长。" "请缩减内容后重新发送。",
        zh_hant: "內容過長。" "請縮短內容後重新傳送。",
        ja:      "内容が長すぎます。" "内容を短くしてから再送信してください。",
        ko:      "내용이 너무 깁니다." "내용을 줄인 후 다시 보내십시오.",
        ar:      "المحتوى طويل جدًا." "يُرجى اختصار المحتوى ثم إرساله مرة أخرى.",
    }
    9523 ERR_CHAT_NET_WAIT_SEND_TIMEOUT_NO_NETWORK Chat retry {
        en:      "Sending a chat service request timed out because there is no network." "Check the network and try again.",
        zh_hans: "聊天服务网络异常，因无网络导致请求发送超时。" "请检查网络后重试。",
        zh_hant: "聊天服務網路異常，因無網路導致請求傳送逾時。" "請檢查網路後再試一次。",
        ja:      "ネットワークがないため、チャットサービスへのリクエストの送信がタイムアウトしました。" "ネットワークを確認してから再度お試しください。",
        ko:      "네트워크가 없어 채팅 서비스 요청 전송 시간이 초과되었습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انتهت مهلة إرسال طلب خدمة الدردشة لعدم توفر الشبكة." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    9524 ERR_CHAT_NET_WAIT_ACK_TIMEOUT_NO_NETWORK Chat retry {
        en:      "Waiting for the chat service's response timed out because there is no network." "Check the network and try again.",
        zh_hans: "聊天服务网络异常，因无网络导致等待响应超时。" "请检查网络后重试。",
        zh_hant: "聊天服務網路異常，因無網路導致等候回應逾時。" "請檢查網路後再試一次。",
        ja:      "ネットワークがないため、チャットサービスからの応答待ちがタイムアウトしました。" "ネットワークを確認してから再度お試しください。",
        ko:      "네트워크가 없어 채팅 서비스 응답 대기 시간이 초과되었습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انتهت مهلة انتظار رد خدمة الدردشة لعدم توفر الشبكة." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    9525 ERR_CHAT_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK Chat retry {
        en:      "Sending the rest of a chat service request timed out because there is no network." "Check the network and try again.",
        zh_hans: "聊天服务网络异常，因无网络导致发送剩余请求数据超时。" "请检查网络后重试。",
        zh_hant: "聊天服務網路異常，因無網路導致傳送其餘請求資料逾時。" "請檢查網路後再試一次。",
        ja:      "ネットワークがないため、チャットサービスへのリクエストの残りの送信がタイムアウトしました。" "ネットワークを確認してから再度お試しください。",
        ko:      "네트워크가 없어 채팅 서비스 요청의 나머지 부분 전송 시간이 초과되었습니다." "네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انتهت مهلة إرسال بقية طلب خدمة الدردشة لعدم توفر الشبكة." "يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    10017 ERR_CHAT_MUTED Chat none {
        en:      "You are not allowed to send messages in this room.",
        zh_hans: "当前房间内，您已被禁言。",
        zh_hant: "您在此房間內已被禁言。",
        ja:      "このルームでは、あなたはメッセージの送信を禁止されています。",
        ko:      "이 방에서 귀하의 메시지 전송이 금지되었습니다.",
        ar:      "تم منعك من إرسال الرسائل في هذه الغرفة.",
    }
    80001 ERR_CHAT_SENSITIVE_CONTENT Chat choose_another {
        en:      "The text of the message or profile contains sensitive content, so it was not delivered." "Edit the text.",
        zh_hans: "消息或资料中的文本存在敏感内容，禁止下发。" "请修改文本内容。",
        zh_hant: "訊息或個人資料中的文字含有敏感內容，因此無法傳送。" "請修改文字內容。",
        ja:      "メッセージまたはプロフィールのテキストに不適切な内容が含まれているため、配信されませんでした。" "テキストを修正してください。",
        ko:      "메시지 또는 프로필의 텍스트에 부적절한 내용이 포함되어 있어 전달되지 않았습니다." "텍스트를 수정하십시오.",
        ar:      "يحتوي نص الرسالة أو الملف الشخصي على محتوى محظور، لذا لم يُسلَّم." "يُرجى تعديل النص.",
    }
}
