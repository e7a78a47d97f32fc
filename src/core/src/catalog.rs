//! The catalog: every language and every error code, one row per code with all of its texts side by
//! side. This file is the single source of truth; everything else (tables, C header constants,
//! docs, wrapper enums) is derived from it. Codes are appended, never renumbered or renamed.
//!
//! A row: `CODE NAME Category [retryable] { lang: "message", ... }` with a message for every
//! language of the `languages` block (a missing or unknown language fails the build). `retryable`
//! marks a code whose documented remedy is to try again.

catalog! {
    languages {
        en      "en"      "English",
        zh_hans "zh-Hans" "Simplified Chinese",
        zh_hant "zh-Hant" "Traditional Chinese",
    }

    unknown {
        en:      "Unknown error code.",
        zh_hans: "未知错误码。",
        zh_hant: "未知的錯誤碼。",
    }

    // General
    0 ERR_SUCC General {
        en:      "The operation succeeded.",
        zh_hans: "操作成功。",
        zh_hant: "操作成功。",
    }
    -1 ERR_FAILED General {
        en:      "A general error occurred that has not been classified yet.",
        zh_hans: "暂未归类的通用错误。",
        zh_hant: "尚未分類的一般錯誤。",
    }
    -2 ERR_FREQ_LIMIT General retryable {
        en:      "Too many requests. Please try again later.",
        zh_hans: "请求被限频，请稍后重试。",
        zh_hant: "請求過於頻繁，請稍後再試。",
    }
    -1000 ERR_SDKAPPID_NOT_FOUND General {
        en:      "The SDKAppID was not found. Check the application information in the TRTC console.",
        zh_hans: "未找到 SDKAppID，请在 TRTC 控制台检查应用信息。",
        zh_hant: "找不到 SDKAppID，請在 TRTC 主控台檢查應用程式資訊。",
    }
    -1001 ERR_INVALID_PARAMETER General {
        en:      "An invalid parameter was passed to the API. Check the arguments of the call.",
        zh_hans: "调用 API 时，传入的参数不合法，请检查入参是否合法。",
        zh_hant: "呼叫 API 時傳入的參數無效，請檢查傳入的參數是否正確。",
    }
    -1002 ERR_SDK_NOT_INITIALIZED General {
        en:      "Not logged in. Call the Login API first.",
        zh_hans: "未登录，请调用 Login 接口。",
        zh_hant: "尚未登入，請先呼叫 Login API。",
    }
    -1003 ERR_PERMISSION_DENIED General {
        en:      "Failed to get permission: access to audio or video has not been granted. Check that the device permissions are enabled.",
        zh_hans: "获取权限失败，当前未授权音/视频权限，请查看是否开启设备权限。",
        zh_hant: "取得權限失敗，目前未授予音訊/視訊權限，請確認是否已開啟裝置權限。",
    }
    -1004 ERR_REQUIRE_PAYMENT General {
        en:      "This feature requires an additional plan. Activate it in the console.",
        zh_hans: "该功能需要开通额外的套餐包，请在控制台开通。",
        zh_hant: "此功能需要額外的方案，請在主控台啟用。",
    }

    // Device
    -1100 ERR_CAMERA_START_FAILED Device {
        en:      "Failed to start the camera because of a system error. Check that the camera is working properly.",
        zh_hans: "系统问题，打开摄像头失败。请检查摄像头设备是否正常。",
        zh_hant: "系統問題，開啟攝影機失敗。請檢查攝影機裝置是否正常運作。",
    }
    -1101 ERR_CAMERA_NOT_AUTHORIZED Device {
        en:      "The system has not authorized camera access. Check that the app has camera permission in the system settings.",
        zh_hans: "摄像头没有系统授权，请检查系统授权。",
        zh_hant: "攝影機未取得系統授權，請在系統設定中檢查授權。",
    }
    -1102 ERR_CAMERA_OCCUPIED Device {
        en:      "The camera is already in use. Check whether another process is using it.",
        zh_hans: "摄像头被占用，请检查是否有其他进程使用摄像头。",
        zh_hant: "攝影機已被佔用，請檢查是否有其他程式正在使用攝影機。",
    }
    -1103 ERR_CAMERA_DEVICE_EMPTY Device {
        en:      "No camera is available. Connect a camera to fix this.",
        zh_hans: "当前无摄像头设备，请插入摄像头设备解决该问题。",
        zh_hant: "目前沒有攝影機裝置，請連接攝影機以解決此問題。",
    }
    -1104 ERR_MICROPHONE_START_FAILED Device {
        en:      "Failed to start the microphone because of a system error. Check that the microphone is working properly.",
        zh_hans: "系统问题，打开麦克风失败。请检查麦克风设备是否正常。",
        zh_hant: "系統問題，開啟麥克風失敗。請檢查麥克風裝置是否正常運作。",
    }
    -1105 ERR_MICROPHONE_NOT_AUTHORIZED Device {
        en:      "The system has not authorized microphone access. Check that the app has microphone permission in the system settings.",
        zh_hans: "麦克风没有系统授权，请检查系统授权。",
        zh_hant: "麥克風未取得系統授權，請在系統設定中檢查授權。",
    }
    -1106 ERR_MICROPHONE_OCCUPIED Device {
        en:      "The microphone is already in use.",
        zh_hans: "麦克风被占用。",
        zh_hant: "麥克風已被佔用。",
    }
    -1107 ERR_MICROPHONE_DEVICE_EMPTY Device {
        en:      "No microphone is available.",
        zh_hans: "当前无麦克风设备。",
        zh_hant: "目前沒有麥克風裝置。",
    }
    -1108 ERR_GET_SCREEN_SHARING_TARGET_FAILED Device {
        en:      "Failed to get the screen sharing source (screen or window). Check the screen recording permission.",
        zh_hans: "获取屏幕分享对象失败，请检查屏幕录制权限。",
        zh_hant: "取得螢幕分享來源失敗，請檢查螢幕錄製權限。",
    }
    -1109 ERR_START_SCREEN_SHARING_FAILED Device {
        en:      "Failed to start screen sharing. Check whether someone in the room is already sharing their screen.",
        zh_hans: "开启屏幕分享失败，请检查房间内是否有人正在屏幕分享。",
        zh_hant: "開啟螢幕分享失敗，請檢查房間內是否已有人正在分享螢幕。",
    }

    // Room
    -2100 ERR_ROOM_ID_NOT_EXIST Room {
        en:      "The room you are entering does not exist. It may have been dismissed.",
        zh_hans: "进房时房间不存在，或许已被解散。",
        zh_hant: "要進入的房間不存在，可能已被解散。",
    }
    -2101 ERR_OPERATION_INVALID_BEFORE_ENTER_ROOM Room {
        en:      "This feature is available only after you enter a room.",
        zh_hans: "需要进房后才可使用此功能。",
        zh_hant: "需要進入房間後才能使用此功能。",
    }
    -2102 ERR_EXIT_NOT_SUPPORTED_FOR_ROOM_OWNER Room {
        en:      "The room owner cannot leave the room. In a Conference room, transfer ownership to another member first, then leave. In a LivingRoom room, the owner can only dismiss the room.",
        zh_hans: "房主不支持退房操作。Conference（会议）房间类型：可以先转让房主，再退房。LivingRoom（直播）房间类型：房主只能解散房间。",
        zh_hant: "房主無法離開房間。Conference（會議）房間類型：可先轉讓房主身分，再離開房間。LivingRoom（直播）房間類型：房主只能解散房間。",
    }
    -2103 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_ROOM_TYPE Room {
        en:      "This operation is not supported for the current room type.",
        zh_hans: "当前房间类型下不支持该操作。",
        zh_hant: "目前的房間類型不支援此操作。",
    }
    -2104 ERR_OPERATION_NOT_SUPPORTED_IN_CURRENT_SPEECH_MODE Room {
        en:      "This operation is not supported in the current speaking mode.",
        zh_hans: "当前发言模式下不支持该操作。",
        zh_hant: "目前的發言模式不支援此操作。",
    }
    -2105 ERR_ROOM_ID_INVALID Room {
        en:      "The room ID for creating the room is invalid. A custom room ID must consist of printable ASCII characters (0x20-0x7e) and be at most 48 bytes long.",
        zh_hans: "创建房间的 ID 非法，自定义 ID 必须为可打印 ASCII 字符（0x20-0x7e），最长 48 个字节。",
        zh_hant: "建立房間的 ID 無效，自訂 ID 必須為可列印的 ASCII 字元（0x20-0x7e），最長 48 個位元組。",
    }
    -2106 ERR_ROOM_ID_OCCUPIED Room {
        en:      "The room ID is already in use. Choose a different room ID.",
        zh_hans: "房间 ID 已被使用，请选择别的房间 ID。",
        zh_hant: "房間 ID 已被使用，請選擇其他房間 ID。",
    }
    -2107 ERR_ROOM_NAME_INVALID Room {
        en:      "The room name is invalid. The name must be UTF-8 encoded and at most 30 bytes long; each Chinese character takes 3 bytes in UTF-8.",
        zh_hans: "房间名称非法，名称最长 30 个字节，字符编码必须是 UTF-8，如果包含中文，每个中文字符占 3 个字节。",
        zh_hant: "房間名稱無效，名稱最長 30 個位元組，字元編碼必須是 UTF-8，若包含中文，每個中文字元佔 3 個位元組。",
    }
    -2108 ERR_ALREADY_IN_OTHER_ROOM Room {
        en:      "You are already in another room. A single roomEngine instance can be in only one room at a time. To enter a different room, leave the current room first or use a new roomEngine instance.",
        zh_hans: "当前用户已在别的房间内，单个 roomEngine 实例只支持用户进入一个房间，如果要进入不同的房间，请先退房或者使用新的 roomEngine 实例。",
        zh_hant: "目前使用者已在其他房間內，單一 roomEngine 實例只支援使用者進入一個房間；如要進入其他房間，請先離開目前的房間，或使用新的 roomEngine 實例。",
    }

    // User
    -2200 ERR_USER_NOT_EXIST User {
        en:      "The user was not found.",
        zh_hans: "未找到该用户。",
        zh_hant: "找不到該使用者。",
    }
    -2201 ERR_USER_NOT_ENTERED User {
        en:      "The user was not found in the room.",
        zh_hans: "房间内未找到该用户。",
        zh_hant: "在房間內找不到該使用者。",
    }

    // Seat
    -2300 ERR_NEED_OWNER_PERMISSION Seat {
        en:      "Only the room owner can perform this operation.",
        zh_hans: "需要房主权限才能操作。",
        zh_hant: "需要房主權限才能執行此操作。",
    }
    -2301 ERR_NEED_ADMIN_PERMISSION Seat {
        en:      "Only the room owner or an administrator can perform this operation.",
        zh_hans: "需要房主或者管理员权限才能操作。",
        zh_hant: "需要房主或管理員權限才能執行此操作。",
    }
    -2310 ERR_REQUEST_NO_PERMISSION Seat {
        en:      "You do not have permission for this signaling request, for example cancelling an invitation that you did not send.",
        zh_hans: "信令请求无权限，比如取消非自己发起的邀请。",
        zh_hant: "沒有此信令請求的權限，例如取消並非由自己發出的邀請。",
    }
    -2311 ERR_REQUEST_ID_INVALID Seat {
        en:      "The signaling request ID is invalid, or the request has already been handled.",
        zh_hans: "信令请求 ID 无效或已经被处理过。",
        zh_hant: "信令請求 ID 無效，或該請求已被處理。",
    }
    -2340 ERR_MAX_SEAT_COUNT_LIMIT Seat {
        en:      "The maximum number of seats exceeds the limit of your plan.",
        zh_hans: "最大麦位数超出套餐包数量限制。",
        zh_hant: "最大麥位數超出方案的數量上限。",
    }
    -2341 ERR_ALREADY_IN_SEAT Seat {
        en:      "You are already on a seat.",
        zh_hans: "当前用户已经在麦位上。",
        zh_hant: "目前使用者已在麥位上。",
    }
    -2342 ERR_SEAT_OCCUPIED Seat {
        en:      "This seat is already taken.",
        zh_hans: "当前麦位已经有人了。",
        zh_hant: "此麥位已經有人了。",
    }
    -2343 ERR_SEAT_LOCKED Seat {
        en:      "This seat is locked.",
        zh_hans: "当前麦位被锁。",
        zh_hant: "此麥位已被鎖定。",
    }
    -2344 ERR_SEAT_INDEX_NOT_EXIST Seat {
        en:      "The seat index does not exist.",
        zh_hans: "麦位编号不存在。",
        zh_hant: "麥位編號不存在。",
    }
    -2345 ERR_USER_NOT_IN_SEAT Seat {
        en:      "You are not on a seat.",
        zh_hans: "当前用户没有在麦上。",
        zh_hant: "目前使用者不在麥位上。",
    }
    -2346 ERR_ALL_SEAT_OCCUPIED Seat {
        en:      "The maximum number of users on seats has been reached.",
        zh_hans: "上麦人数已满。",
        zh_hant: "上麥人數已滿。",
    }
    -2360 ERR_OPEN_MICROPHONE_NEED_SEAT_UNLOCK Seat {
        en:      "Audio on this seat is locked.",
        zh_hans: "当前麦位音频被锁。",
        zh_hant: "此麥位的音訊已被鎖定。",
    }
    -2361 ERR_OPEN_MICROPHONE_NEED_PERMISSION_FROM_ADMIN Seat {
        en:      "Request permission from the room owner or an administrator before turning on the microphone.",
        zh_hans: "需要向房主或管理员申请后才能打开麦克风。",
        zh_hant: "需要向房主或管理員申請後，才能開啟麥克風。",
    }
    -2370 ERR_OPEN_CAMERA_NEED_SEAT_UNLOCK Seat {
        en:      "Video on this seat is locked. The room owner must unlock the seat before you can turn on the camera.",
        zh_hans: "当前麦位视频被锁，需要由房主解锁麦位后，才能打开摄像头。",
        zh_hant: "此麥位的視訊已被鎖定，需由房主解鎖麥位後，才能開啟攝影機。",
    }
    -2371 ERR_OPEN_CAMERA_NEED_PERMISSION_FROM_ADMIN Seat {
        en:      "Request permission from the room owner or an administrator before turning on the camera.",
        zh_hans: "需要向房主或管理员申请后才能打开摄像头。",
        zh_hant: "需要向房主或管理員申請後，才能開啟攝影機。",
    }
    -2380 ERR_SEND_MESSAGE_DISABLED_FOR_ALL Seat {
        en:      "All members of this room have been muted from sending messages.",
        zh_hans: "当前房间已开启全员禁言。",
        zh_hant: "此房間已開啟全員禁言。",
    }
    -2381 ERR_SEND_MESSAGE_DISABLED_FOR_CURRENT Seat {
        en:      "You have been muted from sending messages in this room.",
        zh_hans: "当前房间内，您已被禁言。",
        zh_hant: "您在此房間內已被禁言。",
    }

    // Server
    100001 ERR_SERVER_SYSTEM_ERROR Server retryable {
        en:      "Internal server error. Please try again.",
        zh_hans: "服务器内部错误，请重试。",
        zh_hant: "伺服器內部錯誤，請重試。",
    }
    100002 ERR_SERVER_INVALID_PARAMETER Server {
        en:      "Invalid request parameters. Check the request against the error description.",
        zh_hans: "请求参数非法，请根据错误描述检查请求是否正确。",
        zh_hant: "請求參數無效，請根據錯誤說明檢查請求是否正確。",
    }
    100003 ERR_SERVER_INVALID_ROOM_ID Server {
        en:      "Invalid room ID: the room does not exist or has been dismissed.",
        zh_hans: "无效房间 ID，表示房间不存在或已经被解散。",
        zh_hant: "房間 ID 無效，表示房間不存在或已被解散。",
    }
    100004 ERR_SERVER_ROOM_NOT_EXIST Server {
        en:      "The room does not exist, or it existed before but has since been dismissed.",
        zh_hans: "房间不存在，或者曾经存在过，但是目前已经被解散。",
        zh_hant: "房間不存在，或曾經存在，但目前已被解散。",
    }
    100005 ERR_SERVER_NOT_ROOM_MEMBER Server {
        en:      "You are not a member of this room.",
        zh_hans: "非房间成员。",
        zh_hant: "非房間成員。",
    }
    100006 ERR_SERVER_INSUFFICIENT_PERMISSION Server {
        en:      "You do not have permission to perform this operation.",
        zh_hans: "操作权限不足。",
        zh_hant: "操作權限不足。",
    }
    100007 ERR_SERVER_NO_PAYMENT_INFO Server {
        en:      "No payment information was found. Purchase a plan in the console.",
        zh_hans: "无付费信息，需在控制台购买套餐包。",
        zh_hant: "沒有付費資訊，請在主控台購買方案。",
    }
    100008 ERR_SERVER_ROOM_FULL Server {
        en:      "The room has reached its member limit.",
        zh_hans: "房间成员已满。",
        zh_hant: "房間成員已滿。",
    }
    100009 ERR_SERVER_TAG_LIMIT_EXCEEDED Server {
        en:      "The number of tags exceeds the limit.",
        zh_hans: "标签数量超出上限。",
        zh_hant: "標籤數量超出上限。",
    }
    100010 ERR_SERVER_ROOM_ID_USED_BY_OWNER Server {
        en:      "This room ID is already in use, and you are its owner, so you can use it directly.",
        zh_hans: "房间 ID 已被使用，并且操作者为房主，可以直接使用。",
        zh_hant: "房間 ID 已被使用，且操作者為房主，可直接使用。",
    }
    100011 ERR_SERVER_ROOM_ID_OCCUPIED_BY_IM Server {
        en:      "The room ID is already taken by an IM group. Use a different room ID, or first dismiss that group through the IM API.",
        zh_hans: "房间 ID 已被 IM 群组占用，可以换一个房间 ID 使用，或者先通过 IM 接口解散该群组。",
        zh_hant: "房間 ID 已被 IM 群組佔用，可以改用其他房間 ID，或先透過 IM API 解散該群組。",
    }
    100012 ERR_SERVER_CREATE_ROOM_FREQ_LIMIT Server retryable {
        en:      "Rooms are being created too often. The same room ID can be created at most once per second.",
        zh_hans: "创建房间频率超限，同一房间 ID 1 秒内只能创建一次。",
        zh_hant: "建立房間的頻率超過上限，同一房間 ID 在 1 秒內只能建立一次。",
    }
    100200 ERR_SERVER_SEAT_LOCKED Server {
        en:      "This seat is locked. Try a different seat.",
        zh_hans: "麦位已锁定，可以尝试换一个麦位。",
        zh_hant: "此麥位已鎖定，請嘗試改用其他麥位。",
    }
    100202 ERR_SERVER_ALREADY_IN_SEAT_QUEUE Server {
        en:      "You are already in the seat queue.",
        zh_hans: "已经处于排麦状态。",
        zh_hant: "已在排麥中。",
    }
    100203 ERR_SERVER_ALREADY_IN_SEAT Server {
        en:      "You are already on a seat.",
        zh_hans: "已经处于麦上状态。",
        zh_hant: "已在麥位上。",
    }
    100204 ERR_SERVER_NOT_IN_SEAT_QUEUE Server {
        en:      "You are not in the seat queue.",
        zh_hans: "没有在排麦列表中。",
        zh_hant: "不在排麥列表中。",
    }
    100205 ERR_SERVER_ALL_SEAT_OCCUPIED Server {
        en:      "All seats are taken.",
        zh_hans: "麦位已满。",
        zh_hant: "麥位已滿。",
    }
    100206 ERR_SERVER_NOT_IN_SEAT Server {
        en:      "You are not on a seat.",
        zh_hans: "未在麦上。",
        zh_hant: "不在麥位上。",
    }
    100210 ERR_SERVER_USER_ALREADY_IN_SEAT Server {
        en:      "Another user is already on this seat.",
        zh_hans: "已经有用户在麦位上。",
        zh_hant: "已有使用者在此麥位上。",
    }
    100211 ERR_SERVER_SEAT_NOT_SUPPORT_LINK_MIC Server {
        en:      "This room does not support co-hosting.",
        zh_hans: "该房间不支持连麦。",
        zh_hant: "此房間不支援連麥。",
    }
    100251 ERR_SERVER_SEAT_LIST_EMPTY Server {
        en:      "The co-hosting list is empty.",
        zh_hans: "连麦列表为空。",
        zh_hant: "連麥列表為空。",
    }
}
