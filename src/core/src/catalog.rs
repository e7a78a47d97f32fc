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
            en: "Sign In", zh_hans: "重新登录", zh_hant: "重新登入", ja: "ログイン", ko: "로그인",
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
        ko:      "작업이 성공했습니다.",
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
        en:      "Too many requests. Please try again later.",
        zh_hans: "请求被限频，请稍后重试。",
        zh_hant: "請求過於頻繁，請稍後再試。",
        ja:      "リクエストの頻度が制限されています。しばらくしてから再度お試しください。",
        ko:      "요청 빈도가 제한되었습니다. 잠시 후 다시 시도하십시오.",
        ar:      "تم تقييد معدل الطلبات، يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    -1000 ERR_SDKAPPID_NOT_FOUND General none {
        en:      "The SDKAppID was not found. Check the application information in the TRTC / RTC Engine console.",
        zh_hans: "未找到 SDKAppID，请在 TRTC / RTC Engine 控制台检查应用信息。",
        zh_hant: "找不到 SDKAppID，請在 TRTC / RTC Engine 主控台檢查應用程式資訊。",
        ja:      "SDKAppID が見つかりません。TRTC / RTC Engine のコンソールでアプリケーション情報を確認してください。",
        ko:      "SDKAppID를 찾을 수 없습니다. TRTC / RTC Engine 콘솔에서 애플리케이션 정보를 확인하십시오.",
        ar:      "لم يُعثر على SDKAppID، يُرجى التحقق من معلومات التطبيق في وحدة التحكم الخاصة بـ TRTC / RTC Engine.",
    }
    -1001 ERR_INVALID_PARAMETER General none {
        en:      "An invalid parameter was passed to the API. Check the arguments of the call.",
        zh_hans: "调用 API 时，传入的参数不合法，请检查入参是否合法。",
        zh_hant: "呼叫 API 時傳入的參數無效，請檢查傳入的參數是否正確。",
        ja:      "API の呼び出し時に渡されたパラメータが無効です。入力パラメータを確認してください。",
        ko:      "API 호출 시 전달된 매개변수가 유효하지 않습니다. 입력 매개변수를 확인하십시오.",
        ar:      "المعاملات المُمرَّرة عند استدعاء واجهة API غير صالحة، يُرجى التحقق من معاملات الإدخال.",
    }
    -1002 ERR_SDK_NOT_INITIALIZED General none {
        en:      "Not logged in. Call the Login API first.",
        zh_hans: "未登录，请调用 Login 接口。",
        zh_hant: "尚未登入，請先呼叫 Login API。",
        ja:      "ログインしていないため、SDK が初期化されていません。Login API を呼び出してください。",
        ko:      "로그인하지 않아 SDK가 초기화되지 않았습니다. Login API를 호출하십시오.",
        ar:      "لم يتم تسجيل الدخول، لذا لم تتم تهيئة SDK؛ يُرجى استدعاء واجهة Login.",
    }
    -1003 ERR_PERMISSION_DENIED General none {
        en:      "Failed to get permission: access to audio or video has not been granted. Check that the device permissions are enabled.",
        zh_hans: "获取权限失败，当前未授权音/视频权限，请查看是否开启设备权限。",
        zh_hant: "取得權限失敗，目前未授予音訊/視訊權限，請確認是否已開啟裝置權限。",
        ja:      "権限の取得に失敗しました。音声・ビデオの権限が許可されていません。デバイスの権限が有効になっているか確認してください。",
        ko:      "권한을 가져오지 못했습니다. 오디오/비디오 권한이 허용되지 않았습니다. 장치 권한이 켜져 있는지 확인하십시오.",
        ar:      "تعذّر الحصول على الأذونات، إذ لم يُمنح إذن الصوت/الفيديو؛ يُرجى التحقق من تفعيل أذونات الجهاز.",
    }
    -1004 ERR_REQUIRE_PAYMENT General none {
        en:      "This feature requires an additional plan. Activate it in the console.",
        zh_hans: "该功能需要开通额外的套餐包，请在控制台开通。",
        zh_hant: "此功能需要額外的方案，請在主控台啟用。",
        ja:      "この機能を利用するには追加のプランが必要です。コンソールでプランを有効にしてください。",
        ko:      "이 기능을 사용하려면 추가 요금제가 필요합니다. 콘솔에서 요금제를 활성화하십시오.",
        ar:      "تتطلب هذه الميزة باقة إضافية، يُرجى تفعيل الباقة من وحدة التحكم.",
    }

    // Device
    -1100 ERR_CAMERA_START_FAILED Device none {
        en:      "Failed to start the camera because of a system error. Check that the camera is working properly.",
        zh_hans: "系统问题，打开摄像头失败。请检查摄像头设备是否正常。",
        zh_hant: "系統問題，開啟攝影機失敗。請檢查攝影機裝置是否正常運作。",
        ja:      "システムの問題によりカメラを起動できませんでした。カメラデバイスが正常に動作しているか確認してください。",
        ko:      "시스템 문제로 카메라를 켜지 못했습니다. 카메라 장치가 정상적으로 작동하는지 확인하십시오.",
        ar:      "تعذّر تشغيل الكاميرا بسبب مشكلة في النظام، يُرجى التحقق من أن جهاز الكاميرا يعمل بشكل سليم.",
    }
    -1101 ERR_CAMERA_NOT_AUTHORIZED Device none {
        en:      "The system has not authorized camera access. Check that the app has camera permission in the system settings.",
        zh_hans: "摄像头没有系统授权，请检查系统授权。",
        zh_hant: "攝影機未取得系統授權，請在系統設定中檢查授權。",
        ja:      "カメラへのアクセスがシステムで許可されていません。システム設定でカメラの権限を確認してください。",
        ko:      "카메라에 대한 시스템 권한이 없습니다. 시스템 설정에서 카메라 권한을 확인하십시오.",
        ar:      "لم يمنح النظام إذن استخدام الكاميرا، يُرجى التحقق من إذن الكاميرا في إعدادات النظام.",
    }
    -1102 ERR_CAMERA_OCCUPIED Device none {
        en:      "The camera is already in use. Check whether another process is using it.",
        zh_hans: "摄像头被占用，请检查是否有其他进程使用摄像头。",
        zh_hant: "攝影機已被佔用，請檢查是否有其他程式正在使用攝影機。",
        ja:      "カメラは使用中です。ほかのプロセスがカメラを使用していないか確認してください。",
        ko:      "카메라가 사용 중입니다. 다른 프로세스가 카메라를 사용하고 있는지 확인하십시오.",
        ar:      "الكاميرا مشغولة، يُرجى التحقق مما إذا كانت عملية أخرى تستخدم الكاميرا.",
    }
    -1103 ERR_CAMERA_DEVICE_EMPTY Device none {
        en:      "No camera is available. Connect a camera to fix this.",
        zh_hans: "当前无摄像头设备，请插入摄像头设备解决该问题。",
        zh_hant: "目前沒有攝影機裝置，請連接攝影機以解決此問題。",
        ja:      "カメラデバイスがありません。カメラを接続してください。",
        ko:      "카메라 장치가 없습니다. 카메라를 연결하십시오.",
        ar:      "لا يوجد جهاز كاميرا، يُرجى توصيل كاميرا.",
    }
    -1104 ERR_MICROPHONE_START_FAILED Device none {
        en:      "Failed to start the microphone because of a system error. Check that the microphone is working properly.",
        zh_hans: "系统问题，打开麦克风失败。请检查麦克风设备是否正常。",
        zh_hant: "系統問題，開啟麥克風失敗。請檢查麥克風裝置是否正常運作。",
        ja:      "システムの問題によりマイクを起動できませんでした。マイクデバイスが正常に動作しているか確認してください。",
        ko:      "시스템 문제로 마이크를 켜지 못했습니다. 마이크 장치가 정상적으로 작동하는지 확인하십시오.",
        ar:      "تعذّر تشغيل الميكروفون بسبب مشكلة في النظام، يُرجى التحقق من أن جهاز الميكروفون يعمل بشكل سليم.",
    }
    -1105 ERR_MICROPHONE_NOT_AUTHORIZED Device none {
        en:      "The system has not authorized microphone access. Check that the app has microphone permission in the system settings.",
        zh_hans: "麦克风没有系统授权，请检查系统授权。",
        zh_hant: "麥克風未取得系統授權，請在系統設定中檢查授權。",
        ja:      "マイクへのアクセスがシステムで許可されていません。システム設定でマイクの権限を確認してください。",
        ko:      "마이크에 대한 시스템 권한이 없습니다. 시스템 설정에서 마이크 권한을 확인하십시오.",
        ar:      "لم يمنح النظام إذن استخدام الميكروفون، يُرجى التحقق من إذن الميكروفون في إعدادات النظام.",
    }
    -1106 ERR_MICROPHONE_OCCUPIED Device none {
        en:      "The microphone is already in use.",
        zh_hans: "麦克风被占用。",
        zh_hant: "麥克風已被佔用。",
        ja:      "マイクは使用中です。",
        ko:      "마이크가 사용 중입니다.",
        ar:      "الميكروفون مشغول.",
    }
    -1107 ERR_MICROPHONE_DEVICE_EMPTY Device none {
        en:      "No microphone is available.",
        zh_hans: "当前无麦克风设备。",
        zh_hant: "目前沒有麥克風裝置。",
        ja:      "マイクデバイスがありません。",
        ko:      "마이크 장치가 없습니다.",
        ar:      "لا يوجد جهاز ميكروفون.",
    }
    -1108 ERR_GET_SCREEN_SHARING_TARGET_FAILED Device none {
        en:      "Failed to get the screen sharing source (screen or window). Check the screen recording permission.",
        zh_hans: "获取屏幕分享对象失败，请检查屏幕录制权限。",
        zh_hant: "取得螢幕分享來源失敗，請檢查螢幕錄製權限。",
        ja:      "画面共有の対象（画面またはウィンドウ）を取得できませんでした。画面収録の権限を確認してください。",
        ko:      "화면 공유 대상(화면 또는 창)을 가져오지 못했습니다. 화면 녹화 권한을 확인하십시오.",
        ar:      "تعذّر الحصول على مصدر مشاركة الشاشة (الشاشة أو النافذة)، يُرجى التحقق من إذن تسجيل الشاشة.",
    }
    -1109 ERR_START_SCREEN_SHARING_FAILED Device none {
        en:      "Failed to start screen sharing. Check whether someone in the room is already sharing their screen.",
        zh_hans: "开启屏幕分享失败，请检查房间内是否有人正在屏幕分享。",
        zh_hant: "開啟螢幕分享失敗，請檢查房間內是否已有人正在分享螢幕。",
        ja:      "画面共有を開始できませんでした。ルーム内でほかの人が画面共有中でないか確認してください。",
        ko:      "화면 공유를 시작하지 못했습니다. 방에서 다른 사람이 화면 공유 중인지 확인하십시오.",
        ar:      "تعذّر بدء مشاركة الشاشة، يُرجى التحقق مما إذا كان شخص آخر في الغرفة يشارك شاشته حاليًا.",
    }

    // Room
    -2100 ERR_ROOM_ID_NOT_EXIST Room none {
        en:      "The room you are entering does not exist. It may have been dismissed.",
        zh_hans: "进房时房间不存在，或许已被解散。",
        zh_hant: "要進入的房間不存在，可能已被解散。",
        ja:      "入室しようとしたルームが存在しません。すでに解散された可能性があります。",
        ko:      "입장하려는 방이 존재하지 않습니다. 이미 해산되었을 수 있습니다.",
        ar:      "الغرفة التي تحاول دخولها غير موجودة، وربما تم حلّها.",
    }
    -2101 ERR_OPERATION_INVALID_BEFORE_ENTER_ROOM Room none {
        en:      "This feature is available only after you enter a room.",
        zh_hans: "需要进房后才可使用此功能。",
        zh_hant: "需要進入房間後才能使用此功能。",
        ja:      "この機能はルームに入室してから利用できます。",
        ko:      "이 기능은 방에 입장한 후에 사용할 수 있습니다.",
        ar:      "لا يمكن استخدام هذه الميزة إلا بعد دخول الغرفة.",
    }
    -2102 ERR_EXIT_NOT_SUPPORTED_FOR_ROOM_OWNER Room none {
        en:      "The room owner cannot leave the room. In a Conference room, transfer ownership to another member first, then leave. In a LivingRoom room, the owner can only dismiss the room.",
        zh_hans: "房主不支持退房操作。Conference（会议）房间类型：可以先转让房主，再退房。LivingRoom（直播）房间类型：房主只能解散房间。",
        zh_hant: "房主無法離開房間。Conference（會議）房間類型：可先轉讓房主身分，再離開房間。LivingRoom（直播）房間類型：房主只能解散房間。",
        ja:      "ルームオーナーはルームから退出できません。Conference（会議）ルームでは、先にルームオーナーをほかのユーザーに譲渡してから退出してください。LivingRoom（ライブ配信）ルームでは、ルームオーナーはルームを解散することしかできません。",
        ko:      "방장은 방에서 나갈 수 없습니다. Conference(회의) 방에서는 먼저 방장 권한을 다른 사용자에게 양도한 후 나가십시오. LivingRoom(라이브 방송) 방에서는 방장이 방을 해산하는 것만 가능합니다.",
        ar:      "لا يمكن لمالك الغرفة مغادرتها؛ في غرف Conference (الاجتماعات)، يُرجى نقل ملكية الغرفة إلى مستخدم آخر أولًا ثم المغادرة، أما في غرف LivingRoom (البث المباشر)، فلا يمكن لمالك الغرفة سوى حلّ الغرفة.",
    }
    -2103 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_ROOM_TYPE Room none {
        en:      "This operation is not supported for the current room type.",
        zh_hans: "当前房间类型下不支持该操作。",
        zh_hant: "目前的房間類型不支援此操作。",
        ja:      "現在のルームタイプではこの操作はサポートされていません。",
        ko:      "현재 방 유형에서는 이 작업을 지원하지 않습니다.",
        ar:      "هذه العملية غير مدعومة في نوع الغرفة الحالي.",
    }
    -2104 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_SPEECH_MODE Room none {
        en:      "This operation is not supported in the current speaking mode.",
        zh_hans: "当前发言模式下不支持该操作。",
        zh_hant: "目前的發言模式不支援此操作。",
        ja:      "現在の発言モードではこの操作はサポートされていません。",
        ko:      "현재 발언 모드에서는 이 작업을 지원하지 않습니다.",
        ar:      "هذه العملية غير مدعومة في وضع التحدث الحالي.",
    }
    -2105 ERR_ROOM_ID_INVALID Room none {
        en:      "The room ID is invalid. A custom room ID must consist of printable ASCII characters (0x20-0x7e) and be at most 48 bytes long.",
        zh_hans: "创建房间的 ID 非法，自定义 ID 必须为可打印 ASCII 字符（0x20-0x7e），最长 48 个字节。",
        zh_hant: "建立房間的 ID 無效，自訂 ID 必須為可列印的 ASCII 字元（0x20-0x7e），最長 48 個位元組。",
        ja:      "ルーム ID が無効です。カスタムルーム ID は印刷可能な ASCII 文字（0x20-0x7e）のみで構成し、48 バイト以内にしてください。",
        ko:      "방 ID가 유효하지 않습니다. 사용자 지정 방 ID는 출력 가능한 ASCII 문자(0x20-0x7e)로만 구성해야 하며 최대 48바이트까지 가능합니다.",
        ar:      "معرّف الغرفة (ID) غير صالح؛ يجب أن يتكون المعرّف المخصص من محارف ASCII قابلة للطباعة (0x20-0x7e) فقط، وألا يتجاوز طوله 48 بايتًا.",
    }
    -2106 ERR_ROOM_ID_OCCUPIED Room none {
        en:      "The room ID is already in use. Choose a different room ID.",
        zh_hans: "房间 ID 已被使用，请选择别的房间 ID。",
        zh_hant: "房間 ID 已被使用，請選擇其他房間 ID。",
        ja:      "このルーム ID はすでに使用されています。別のルーム ID を選択してください。",
        ko:      "이 방 ID는 이미 사용 중입니다. 다른 방 ID를 선택하십시오.",
        ar:      "معرّف الغرفة (ID) مستخدم بالفعل، يُرجى اختيار معرّف آخر للغرفة.",
    }
    -2107 ERR_ROOM_NAME_INVALID Room none {
        en:      "The room name is invalid. The name must be UTF-8 encoded and at most 30 bytes long; each Chinese character takes 3 bytes in UTF-8.",
        zh_hans: "房间名称非法，名称最长 30 个字节，字符编码必须是 UTF-8，如果包含中文，每个中文字符占 3 个字节。",
        zh_hant: "房間名稱無效，名稱最長 30 個位元組，字元編碼必須是 UTF-8，若包含中文，每個中文字元佔 3 個位元組。",
        ja:      "ルーム名が無効です。ルーム名は UTF-8 で 30 バイト以内にしてください。UTF-8 では中国語の文字（漢字）は 1 文字あたり 3 バイトになります。",
        ko:      "방 이름이 유효하지 않습니다. 방 이름은 UTF-8 기준 최대 30바이트이며, UTF-8에서 중국어 문자(한자)는 한 글자당 3바이트를 차지합니다.",
        ar:      "اسم الغرفة غير صالح؛ يجب ألا يتجاوز الاسم 30 بايتًا بترميز UTF-8، علمًا بأن الحرف الصيني الواحد يشغل 3 بايتات بهذا الترميز.",
    }
    -2108 ERR_ALREADY_IN_OTHER_ROOM Room none {
        en:      "You are already in another room. A single roomEngine instance can be in only one room at a time. To enter a different room, leave the current room first or use a new roomEngine instance.",
        zh_hans: "当前用户已在别的房间内，单个 roomEngine 实例只支持用户进入一个房间，如果要进入不同的房间，请先退房或者使用新的 roomEngine 实例。",
        zh_hant: "目前使用者已在其他房間內，單一 roomEngine 實例只支援使用者進入一個房間；如要進入其他房間，請先離開目前的房間，或使用新的 roomEngine 實例。",
        ja:      "現在のユーザーはすでに別のルームに入室しています。1 つの roomEngine インスタンスで同時に入室できるルームは 1 つだけです。別のルームに入室するには、先に現在のルームから退出するか、別の roomEngine インスタンスを使用してください。",
        ko:      "현재 사용자가 이미 다른 방에 입장해 있습니다. 하나의 roomEngine 인스턴스로는 한 번에 하나의 방에만 입장할 수 있습니다. 다른 방에 입장하려면 먼저 현재 방에서 나가거나 다른 roomEngine 인스턴스를 사용하십시오.",
        ar:      "المستخدم الحالي موجود بالفعل في غرفة أخرى، ولا يمكن لمثيل roomEngine الواحد أن يكون إلا في غرفة واحدة في الوقت نفسه؛ لدخول غرفة مختلفة، يُرجى مغادرة الغرفة الحالية أولًا أو استخدام مثيل آخر من roomEngine.",
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
    -2310 ERR_REQUEST_NO_PERMISSION Seat none {
        en:      "You do not have permission for this signaling request, for example cancelling an invitation that you did not send.",
        zh_hans: "信令请求无权限，比如取消非自己发起的邀请。",
        zh_hant: "沒有此信令請求的權限，例如取消並非由自己發出的邀請。",
        ja:      "このシグナリングリクエストを実行する権限がありません（例：自分が送信していない招待の取り消し）。",
        ko:      "이 시그널링 요청을 실행할 권한이 없습니다(예: 본인이 보내지 않은 초대 취소).",
        ar:      "لا تملك صلاحية تنفيذ طلب الإشارات هذا، مثل إلغاء دعوة لم ترسلها أنت.",
    }
    -2311 ERR_REQUEST_ID_INVALID Seat none {
        en:      "The signaling request ID is invalid, or the request has already been handled.",
        zh_hans: "信令请求 ID 无效或已经被处理过。",
        zh_hant: "信令請求 ID 無效，或該請求已被處理。",
        ja:      "シグナリングリクエストの ID が無効か、すでに処理されています。",
        ko:      "시그널링 요청 ID가 유효하지 않거나 이미 처리되었습니다.",
        ar:      "معرّف طلب الإشارات (ID) غير صالح، أو تمت معالجة الطلب بالفعل.",
    }
    -2340 ERR_MAX_SEAT_COUNT_LIMIT Seat none {
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
    -2344 ERR_SEAT_INDEX_NOT_EXIST Seat none {
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
        ja:      "マイク席に上がれる人数が上限に達しています。",
        ko:      "마이크석에 오를 수 있는 인원이 가득 찼습니다.",
        ar:      "بلغ عدد المستخدمين على المقاعد الحد الأقصى.",
    }
    -2360 ERR_OPEN_MICROPHONE_NEED_SEAT_UNLOCK Seat none {
        en:      "Audio on this seat is locked.",
        zh_hans: "当前麦位音频被锁。",
        zh_hant: "此麥位的音訊已被鎖定。",
        ja:      "このマイク席の音声はロックされているため、マイクをオンにできません。",
        ko:      "이 마이크석의 오디오가 잠겨 있어 마이크를 켤 수 없습니다.",
        ar:      "صوت هذا المقعد مقفل، لذا لا يمكن تشغيل الميكروفون.",
    }
    -2361 ERR_OPEN_MICROPHONE_NEED_PERMISSION_FROM_ADMIN Seat none {
        en:      "Request permission from the room owner or an administrator before turning on the microphone.",
        zh_hans: "需要向房主或管理员申请后才能打开麦克风。",
        zh_hant: "需要向房主或管理員申請後，才能開啟麥克風。",
        ja:      "マイクをオンにするには、ルームオーナーまたは管理者に申請してください。",
        ko:      "마이크를 켜려면 방장 또는 관리자에게 요청하십시오.",
        ar:      "لتشغيل الميكروفون، يُرجى تقديم طلب إلى مالك الغرفة أو المشرف.",
    }
    -2370 ERR_OPEN_CAMERA_NEED_SEAT_UNLOCK Seat none {
        en:      "Video on this seat is locked. The room owner must unlock the seat before you can turn on the camera.",
        zh_hans: "当前麦位视频被锁，需要由房主解锁麦位后，才能打开摄像头。",
        zh_hant: "此麥位的視訊已被鎖定，需由房主解鎖麥位後，才能開啟攝影機。",
        ja:      "このマイク席の映像はロックされています。ルームオーナーがマイク席のロックを解除するまでカメラをオンにできません。",
        ko:      "이 마이크석의 비디오가 잠겨 있습니다. 방장이 마이크석 잠금을 해제해야 카메라를 켤 수 있습니다.",
        ar:      "فيديو هذا المقعد مقفل، ولا يمكن تشغيل الكاميرا حتى يفتح مالك الغرفة قفل المقعد.",
    }
    -2371 ERR_OPEN_CAMERA_NEED_PERMISSION_FROM_ADMIN Seat none {
        en:      "Request permission from the room owner or an administrator before turning on the camera.",
        zh_hans: "需要向房主或管理员申请后才能打开摄像头。",
        zh_hant: "需要向房主或管理員申請後，才能開啟攝影機。",
        ja:      "カメラをオンにするには、ルームオーナーまたは管理者に申請してください。",
        ko:      "카메라를 켜려면 방장 또는 관리자에게 요청하십시오.",
        ar:      "لتشغيل الكاميرا، يُرجى تقديم طلب إلى مالك الغرفة أو المشرف.",
    }
    -2380 ERR_SEND_MESSAGE_DISABLED_FOR_ALL Seat none {
        en:      "All members of this room have been muted from sending messages.",
        zh_hans: "当前房间已开启全员禁言。",
        zh_hant: "此房間已開啟全員禁言。",
        ja:      "このルームでは全員のメッセージ送信が禁止されています。",
        ko:      "이 방에서는 모든 참가자의 메시지 전송이 금지되어 있습니다.",
        ar:      "تم منع جميع الأعضاء من إرسال الرسائل في هذه الغرفة.",
    }
    -2381 ERR_SEND_MESSAGE_DISABLED_FOR_CURRENT Seat none {
        en:      "You have been muted from sending messages in this room.",
        zh_hans: "当前房间内，您已被禁言。",
        zh_hant: "您在此房間內已被禁言。",
        ja:      "このルームでは、あなたはメッセージの送信を禁止されています。",
        ko:      "이 방에서 귀하의 메시지 전송이 금지되었습니다.",
        ar:      "تم منعك من إرسال الرسائل في هذه الغرفة.",
    }

    // Server
    100001 ERR_SERVER_SYSTEM_ERROR Server retry {
        en:      "Internal server error. Please try again.",
        zh_hans: "服务器内部错误，请重试。",
        zh_hant: "伺服器內部錯誤，請重試。",
        ja:      "サーバー内部エラーが発生しました。再度お試しください。",
        ko:      "서버 내부 오류가 발생했습니다. 다시 시도하십시오.",
        ar:      "حدث خطأ داخلي في الخادم، يُرجى المحاولة مرة أخرى.",
    }
    100002 ERR_SERVER_INVALID_PARAMETER Server none {
        en:      "Invalid request parameters. Check the request against the error description.",
        zh_hans: "请求参数非法，请根据错误描述检查请求是否正确。",
        zh_hant: "請求參數無效，請根據錯誤說明檢查請求是否正確。",
        ja:      "リクエストのパラメータが無効です。エラーの説明に従ってリクエストが正しいか確認してください。",
        ko:      "요청 매개변수가 유효하지 않습니다. 오류 설명을 참고하여 요청이 올바른지 확인하십시오.",
        ar:      "معاملات الطلب غير صالحة، يُرجى التحقق من صحة الطلب وفقًا لوصف الخطأ.",
    }
    100003 ERR_SERVER_INVALID_ROOM_ID Server none {
        en:      "Invalid room ID: the room does not exist or has been dismissed.",
        zh_hans: "无效房间 ID，表示房间不存在或已经被解散。",
        zh_hant: "房間 ID 無效，表示房間不存在或已被解散。",
        ja:      "ルーム ID が無効です。ルームが存在しないか、すでに解散されています。",
        ko:      "방 ID가 유효하지 않습니다. 방이 존재하지 않거나 이미 해산되었습니다.",
        ar:      "معرّف الغرفة (ID) غير صالح، فالغرفة غير موجودة أو تم حلّها.",
    }
    100004 ERR_SERVER_ROOM_NOT_EXIST Server none {
        en:      "The room does not exist, or it existed before but has since been dismissed.",
        zh_hans: "房间不存在，或者曾经存在过，但是目前已经被解散。",
        zh_hant: "房間不存在，或曾經存在，但目前已被解散。",
        ja:      "ルームが存在しないか、以前は存在していたもののすでに解散されています。",
        ko:      "방이 존재하지 않거나, 존재했지만 이미 해산되었습니다.",
        ar:      "الغرفة غير موجودة، أو كانت موجودة ثم تم حلّها.",
    }
    100005 ERR_SERVER_NOT_ROOM_MEMBER Server none {
        en:      "You are not a member of this room.",
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
    100007 ERR_SERVER_NO_PAYMENT_INFO Server none {
        en:      "No payment information was found. Purchase a plan in the console.",
        zh_hans: "无付费信息，需在控制台购买套餐包。",
        zh_hant: "沒有付費資訊，請在主控台購買方案。",
        ja:      "支払い情報がありません。コンソールでプランを購入してください。",
        ko:      "결제 정보가 없습니다. 콘솔에서 요금제를 구매하십시오.",
        ar:      "لا توجد معلومات دفع، يُرجى شراء باقة من وحدة التحكم.",
    }
    100008 ERR_SERVER_ROOM_FULL Server none {
        en:      "The room has reached its member limit.",
        zh_hans: "房间成员已满。",
        zh_hant: "房間成員已滿。",
        ja:      "ルームのメンバー数が上限に達しています。",
        ko:      "방 인원이 가득 찼습니다.",
        ar:      "بلغ عدد أعضاء الغرفة الحد الأقصى.",
    }
    100009 ERR_SERVER_TAG_LIMIT_EXCEEDED Server none {
        en:      "The number of tags exceeds the limit.",
        zh_hans: "标签数量超出上限。",
        zh_hant: "標籤數量超出上限。",
        ja:      "タグの数が上限を超えています。",
        ko:      "태그 수가 한도를 초과했습니다.",
        ar:      "تجاوز عدد الوسوم الحد الأقصى.",
    }
    100010 ERR_SERVER_ROOM_ID_USED_BY_OWNER Server none {
        en:      "This room ID is already in use, and you are its owner, so you can use it directly.",
        zh_hans: "房间 ID 已被使用，并且操作者为房主，可以直接使用。",
        zh_hant: "房間 ID 已被使用，且操作者為房主，可直接使用。",
        ja:      "このルーム ID はすでに使用されていますが、操作者がルームオーナーのため、そのまま使用できます。",
        ko:      "이 방 ID는 이미 사용 중이지만 요청자가 방장이므로 그대로 사용할 수 있습니다.",
        ar:      "معرّف الغرفة (ID) مستخدم بالفعل، ولكنك مالك الغرفة، لذا يمكنك استخدامه مباشرةً.",
    }
    100011 ERR_SERVER_ROOM_ID_OCCUPIED_BY_IM Server none {
        en:      "The room ID is already taken by an IM group. Use a different room ID, or first dismiss that group through the IM API.",
        zh_hans: "房间 ID 已被 IM 群组占用，可以换一个房间 ID 使用，或者先通过 IM 接口解散该群组。",
        zh_hant: "房間 ID 已被 IM 群組佔用，可以改用其他房間 ID，或先透過 IM API 解散該群組。",
        ja:      "このルーム ID はすでに IM グループで使用されています。別のルーム ID を使用するか、先に IM API でそのグループを解散してください。",
        ko:      "이 방 ID는 이미 IM 그룹에서 사용 중입니다. 다른 방 ID를 사용하거나 먼저 IM API로 해당 그룹을 해산하십시오.",
        ar:      "معرّف الغرفة (ID) محجوز بالفعل لمجموعة IM، يُرجى استخدام معرّف آخر للغرفة أو حلّ تلك المجموعة أولًا عبر واجهة IM API.",
    }
    100012 ERR_SERVER_CREATE_ROOM_FREQ_LIMIT Server retry {
        en:      "Rooms are being created too often. The same room ID can be created at most once per second. Try again later.",
        zh_hans: "创建房间频率超限，同一房间 ID 1 秒内只能创建一次，请稍后重试。",
        zh_hant: "建立房間的頻率超過上限，同一房間 ID 在 1 秒內只能建立一次，請稍後再試。",
        ja:      "ルームの作成頻度が上限を超えています。同じルーム ID でルームを作成できるのは 1 秒に 1 回までです。しばらくしてから再度お試しください。",
        ko:      "방 생성 빈도가 한도를 초과했습니다. 동일한 방 ID로는 1초에 한 번만 방을 만들 수 있습니다. 잠시 후 다시 시도하십시오.",
        ar:      "تم تجاوز الحد المسموح به لمعدل إنشاء الغرف؛ لا يمكن إنشاء غرفة بمعرّف الغرفة (ID) نفسه أكثر من مرة واحدة في الثانية، يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    100200 ERR_SERVER_SEAT_LOCKED Server none {
        en:      "This seat is locked. Try a different seat.",
        zh_hans: "麦位已锁定，可以尝试换一个麦位。",
        zh_hant: "此麥位已鎖定，請嘗試改用其他麥位。",
        ja:      "マイク席はロックされています。別のマイク席をお試しください。",
        ko:      "마이크석이 잠겨 있습니다. 다른 마이크석을 이용하십시오.",
        ar:      "المقعد مقفل، يُرجى تجربة مقعد آخر.",
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
        ja:      "共同配信の申請リストが空です。",
        ko:      "공동 방송 신청 목록이 비어 있습니다.",
        ar:      "قائمة طلبات البث المشترك فارغة.",
    }

    // Codes newer engines return (beyond the source document)
    -3 ERR_REPEAT_OPERATION General none {
        en:      "Repeated operation: the same call has already been made.",
        zh_hans: "重复操作，相同的调用已经执行过。",
        zh_hant: "重複操作，相同的呼叫已經執行過。",
        ja:      "操作が重複しています。同じ呼び出しはすでに実行されています。",
        ko:      "중복된 작업입니다. 동일한 호출이 이미 실행되었습니다.",
        ar:      "عملية مكررة، فقد تم تنفيذ الاستدعاء نفسه من قبل.",
    }
    -4 ERR_ROOM_MISMATCH General none {
        en:      "The room ID does not match. Check whether the user has left or switched rooms.",
        zh_hans: "房间 ID 不匹配，请检查用户是否已退出或切换了房间。",
        zh_hant: "房間 ID 不符，請確認使用者是否已退出或切換了房間。",
        ja:      "ルーム ID が一致しません。ユーザーがルームから退出したか、別のルームに切り替えていないか確認してください。",
        ko:      "방 ID가 일치하지 않습니다. 사용자가 방에서 나갔거나 다른 방으로 전환했는지 확인하십시오.",
        ar:      "معرّف الغرفة (ID) غير مطابق، يُرجى التحقق مما إذا كان المستخدم قد غادر الغرفة أو انتقل إلى غرفة أخرى.",
    }
    -1005 ERR_INVALID_LICENSE General none {
        en:      "The License is invalid or has expired.",
        zh_hans: "当前 License 无效或已过期。",
        zh_hant: "目前的 License 無效或已過期。",
        ja:      "License が無効か、有効期限が切れています。",
        ko:      "License가 유효하지 않거나 만료되었습니다.",
        ar:      "الترخيص (License) غير صالح أو منتهي الصلاحية.",
    }
    -1110 ERR_AUDIO_CAPTURE_DEVICE_UNAVAILABLE Device none {
        en:      "The audio capture device is unavailable. It may be in use by a phone call or another voice call app.",
        zh_hans: "音频采集设备不可用，可能正被电话或其他语音通话应用占用。",
        zh_hant: "音訊擷取裝置無法使用，可能正被電話或其他語音通話應用程式佔用。",
        ja:      "音声キャプチャデバイスを使用できません。電話やほかの音声通話アプリで使用中の可能性があります。",
        ko:      "오디오 캡처 장치를 사용할 수 없습니다. 전화 또는 다른 음성 통화 앱에서 사용 중일 수 있습니다.",
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
    -1201 ERR_IM_ATTRIBUTE_WRITE_CONFLICT Room none {
        en:      "IM attribute write conflict: several clients changed the same room attribute at the same time.",
        zh_hans: "IM 属性写入冲突，多个客户端同时修改了同一个房间属性。",
        zh_hant: "IM 屬性寫入衝突，多個用戶端同時修改了同一個房間屬性。",
        ja:      "IM 属性の書き込みが競合しました。複数のクライアントが同じルーム属性を同時に変更しました。",
        ko:      "IM 속성 쓰기 충돌이 발생했습니다. 여러 클라이언트가 동일한 방 속성을 동시에 변경했습니다.",
        ar:      "حدث تعارض عند كتابة سمات IM، إذ عدّل عدة عملاء سمة الغرفة نفسها في الوقت ذاته.",
    }
    -1202 ERR_ALREADY_ROOM_ENTER Room none {
        en:      "The user has already entered the room; there is no need to enter it again.",
        zh_hans: "用户已在房间内，无需重复进房。",
        zh_hant: "使用者已在房間內，不需要重複進房。",
        ja:      "ユーザーはすでにルームに入室しています。再度入室する必要はありません。",
        ko:      "사용자가 이미 방에 입장해 있습니다. 다시 입장할 필요가 없습니다.",
        ar:      "المستخدم موجود في الغرفة بالفعل، ولا داعي لدخولها مرة أخرى.",
    }
    -1203 ERR_DESTROY_ROOM_NO_PERMISSION Room none {
        en:      "No permission to dismiss the room. Only the room owner can dismiss it.",
        zh_hans: "没有解散房间的权限，只有房主可以解散房间。",
        zh_hant: "沒有解散房間的權限，只有房主可以解散房間。",
        ja:      "ルームを解散する権限がありません。ルームを解散できるのはルームオーナーのみです。",
        ko:      "방을 해산할 권한이 없습니다. 방장만 방을 해산할 수 있습니다.",
        ar:      "لا تملك صلاحية حلّ الغرفة، إذ لا يستطيع حلّها إلا مالك الغرفة.",
    }
    -1300 ERR_LIVE_REQUEST_SERVER_TIMEOUT Room retry {
        en:      "The live streaming request to the server timed out, possibly because of a network problem or a slow server. Check the network and try again.",
        zh_hans: "直播请求服务器超时，可能是网络问题或服务器响应慢，请检查网络后重试。",
        zh_hant: "直播請求伺服器逾時，可能是網路問題或伺服器回應緩慢，請檢查網路後再試一次。",
        ja:      "ライブ配信のサーバーへのリクエストがタイムアウトしました。ネットワークの問題、またはサーバーの応答の遅れが考えられます。ネットワークを確認してから再度お試しください。",
        ko:      "라이브 방송 서버 요청 시간이 초과되었습니다. 네트워크 문제이거나 서버 응답이 느릴 수 있습니다. 네트워크를 확인한 후 다시 시도하십시오.",
        ar:      "انتهت مهلة طلب البث المباشر المرسل إلى الخادم، وقد يعود ذلك إلى مشكلة في الشبكة أو بطء الخادم؛ يُرجى التحقق من الشبكة ثم المحاولة مرة أخرى.",
    }
    -1301 ERR_LIVE_SERVER_PROCESS_FAILED Room retry {
        en:      "The live streaming server failed to process the request because of an internal server error. Try again later.",
        zh_hans: "直播服务器处理请求失败（服务器内部错误），请稍后重试。",
        zh_hant: "直播伺服器處理請求失敗（伺服器內部錯誤），請稍後再試。",
        ja:      "ライブ配信サーバーでリクエストの処理に失敗しました（サーバー内部エラー）。しばらくしてから再度お試しください。",
        ko:      "라이브 방송 서버에서 요청을 처리하지 못했습니다(서버 내부 오류). 잠시 후 다시 시도하십시오.",
        ar:      "أخفق خادم البث المباشر في معالجة الطلب بسبب خطأ داخلي في الخادم، يُرجى المحاولة مرة أخرى لاحقًا.",
    }
    -1302 ERR_LIVE_DISCONNECTED Room none {
        en:      "The live streaming connection was lost, possibly because of a network interruption or a service problem. Check the network connection.",
        zh_hans: "直播连接已断开，可能是网络中断或服务异常，请检查网络连接。",
        zh_hant: "直播連線已中斷，可能是網路中斷或服務異常，請檢查網路連線。",
        ja:      "ライブ配信の接続が切断されました。ネットワークの中断またはサービスの異常が考えられます。ネットワーク接続を確認してください。",
        ko:      "라이브 방송 연결이 끊어졌습니다. 네트워크 중단 또는 서비스 문제일 수 있습니다. 네트워크 연결을 확인하십시오.",
        ar:      "انقطع اتصال البث المباشر، وقد يعود ذلك إلى انقطاع الشبكة أو مشكلة في الخدمة؛ يُرجى التحقق من اتصال الشبكة.",
    }
    -1303 ERR_LIVE_NO_AVAILABLE_HEVC_DECODERS Device none {
        en:      "No HEVC/H.265 decoder is available: this device does not support the format.",
        zh_hans: "没有可用的 HEVC/H.265 解码器，当前设备不支持该格式。",
        zh_hant: "沒有可用的 HEVC/H.265 解碼器，目前的裝置不支援此格式。",
        ja:      "利用可能な HEVC/H.265 デコーダーがありません。このデバイスはこの形式に対応していません。",
        ko:      "사용 가능한 HEVC/H.265 디코더가 없습니다. 이 장치는 해당 형식을 지원하지 않습니다.",
        ar:      "لا يتوفر مفكك ترميز HEVC/H.265، فهذا الجهاز لا يدعم هذا التنسيق.",
    }
    -2312 ERR_REQUEST_ID_REPEAT Seat none {
        en:      "The signaling request is a duplicate.",
        zh_hans: "信令请求重复。",
        zh_hant: "信令請求重複。",
        ja:      "シグナリングリクエストが重複しています。",
        ko:      "시그널링 요청이 중복되었습니다.",
        ar:      "طلب الإشارات مكرر.",
    }
    -2313 ERR_REQUEST_ID_CONFLICT Seat none {
        en:      "The signaling request conflicts with another request.",
        zh_hans: "信令请求与其他请求冲突。",
        zh_hant: "信令請求與其他請求衝突。",
        ja:      "シグナリングリクエストがほかのリクエストと競合しています。",
        ko:      "시그널링 요청이 다른 요청과 충돌합니다.",
        ar:      "يتعارض طلب الإشارات مع طلب آخر.",
    }
    -2347 ERR_SEAT_NOT_SUPPORT_LINK_MIC Seat none {
        en:      "Link-mic (co-hosting) is not supported.",
        zh_hans: "当前不支持连麦。",
        zh_hant: "目前不支援連麥。",
        ja:      "共同配信はサポートされていません。",
        ko:      "공동 방송은 지원되지 않습니다.",
        ar:      "البث المشترك غير مدعوم.",
    }
    -2372 ERR_OPEN_SCREEN_SHARE_NEED_SEAT_UNLOCK Seat none {
        en:      "The seat's video is locked. The room owner must unlock the seat before screen sharing can start.",
        zh_hans: "当前麦位视频已被锁定，需要由房主解锁麦位后，才能开启屏幕分享。",
        zh_hant: "目前麥位的視訊已被鎖定，需要由房主解鎖麥位後，才能開啟螢幕分享。",
        ja:      "このマイク席の映像はロックされています。ルームオーナーがマイク席のロックを解除するまで画面共有を開始できません。",
        ko:      "이 마이크석의 비디오가 잠겨 있습니다. 방장이 마이크석 잠금을 해제해야 화면 공유를 시작할 수 있습니다.",
        ar:      "فيديو هذا المقعد مقفل، ولا يمكن بدء مشاركة الشاشة حتى يفتح مالك الغرفة قفل المقعد.",
    }
    -2373 ERR_OPEN_SCREEN_SHARE_NEED_PERMISSION_FROM_ADMIN Seat none {
        en:      "Ask the room owner or an administrator for permission before starting screen sharing.",
        zh_hans: "需要向房主或管理员申请后，才能开启屏幕分享。",
        zh_hant: "需要向房主或管理員申請後，才能開啟螢幕分享。",
        ja:      "画面共有を開始するには、ルームオーナーまたは管理者に申請してください。",
        ko:      "화면 공유를 시작하려면 방장 또는 관리자에게 요청하십시오.",
        ar:      "لبدء مشاركة الشاشة، يُرجى تقديم طلب إلى مالك الغرفة أو المشرف.",
    }
    100013 ERR_SERVER_PAYMENT_LIMIT_EXCEEDED Server none {
        en:      "The limit of the paid plan has been exceeded.",
        zh_hans: "已超过付费套餐包的上限。",
        zh_hant: "已超過付費方案的上限。",
        ja:      "有料プランの上限を超えています。",
        ko:      "유료 요금제 한도를 초과했습니다.",
        ar:      "تم تجاوز الحد المسموح به في الباقة المدفوعة.",
    }
    100015 ERR_SERVER_INVALID_ROOM_TYPE Server none {
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
        en:      "This member has been muted and cannot send messages.",
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
    100102 ERR_SERVER_REQUEST_CONFLICT Server none {
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
}
