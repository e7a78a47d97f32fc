//! The room-engine error catalog and its lookups, without `unsafe`.
//!
//! `catalog.rs` holds every code and text; `table/` turns it into static lookup tables at compile
//! time; `lang/` negotiates language tags; `abi` hands the C ABI (crates/ffi) its building blocks.
//! The Rust API below serves the command-line tool, the code generator and the tests.
#![no_std]
#![forbid(unsafe_code)]
#![deny(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs
)]

#[macro_use]
mod table;
pub mod abi;
mod catalog;
mod lang;

use table::{BLOB, LANGUAGE_COUNT};

/// What kind of problem a code reports: its section of the source document (see
/// [`Category::description`]).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// `"unknown"`: a code the catalog does not know.
    Unknown = 0,
    /// `"general"`.
    General = 1,
    /// `"device"`.
    Device = 2,
    /// `"room"`.
    Room = 3,
    /// `"user"`.
    User = 4,
    /// `"seat"`.
    Seat = 5,
    /// `"server"`.
    Server = 6,
    /// `"chat"`.
    Chat = 7,
}

impl Category {
    /// Every category, in id order.
    pub const ALL: [Category; 8] = [
        Category::Unknown,
        Category::General,
        Category::Device,
        Category::Room,
        Category::User,
        Category::Seat,
        Category::Server,
        Category::Chat,
    ];

    /// The category with C id `id`; [`Category::Unknown`] for ids out of range.
    pub const fn from_id(id: i32) -> Category {
        let mut all: &[Category] = &Self::ALL;
        while let [first, rest @ ..] = all {
            if first.id() == id {
                return *first;
            }
            all = rest;
        }
        Category::Unknown
    }

    /// The lowercase name the C API returns, e.g. `"device"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Unknown => "unknown",
            Category::General => "general",
            Category::Device => "device",
            Category::Room => "room",
            Category::User => "user",
            Category::Seat => "seat",
            Category::Server => "server",
            Category::Chat => "chat",
        }
    }

    /// The C id (`ROOM_ERR_CATEGORY_*`).
    pub const fn id(self) -> i32 {
        self as i32
    }

    /// What the category covers, one sentence for docs and generated wrappers.
    pub const fn description(self) -> &'static str {
        match self {
            Category::Unknown => "A code the library does not know.",
            Category::General => {
                "General errors: throttling, parameters, login and UserSig, permissions, plans."
            }
            Category::Device => "Local cameras, microphones and screen sharing.",
            Category::Room => "Entering, creating, leaving and configuring rooms; live streaming.",
            Category::User => "Looking up users in a room.",
            Category::Seat => "Speaking permissions and seat control.",
            Category::Server => "Errors the server returns.",
            Category::Chat => {
                "Errors of the chat service the engine relays: messages, moderation, network."
            }
        }
    }
}

/// What the remedy of a code asks for, so that an app can offer the matching button.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// `"none"`: nothing to do (success, or no remedy).
    None = 0,
    /// `"retry"`: try again (later).
    Retry = 1,
    /// `"open_settings"`: grant a system permission (camera, microphone, screen recording).
    OpenSettings = 2,
    /// `"check_device"`: a device is missing, busy or failing.
    CheckDevice = 3,
    /// `"ask_host"`: the room owner or an administrator must allow or unlock.
    AskHost = 4,
    /// `"choose_another"`: pick another seat, room, room ID, gift, file or image.
    ChooseAnother = 5,
    /// `"sign_in"`: the user logs in again (the login expired or was taken over).
    SignIn = 6,
    /// `"leave_room"`: leave the other or the current room first.
    LeaveRoom = 7,
    /// `"upgrade_plan"`: a plan or package limit.
    UpgradePlan = 8,
    /// `"fix_integration"`: a developer error: the call or the configuration is wrong.
    FixIntegration = 9,
    /// `"edit_text"`: change the text or the name (blocked words, too long, invalid).
    EditText = 10,
}

impl Action {
    /// Every action, in id order.
    pub const ALL: [Action; 11] = [
        Action::None,
        Action::Retry,
        Action::OpenSettings,
        Action::CheckDevice,
        Action::AskHost,
        Action::ChooseAnother,
        Action::SignIn,
        Action::LeaveRoom,
        Action::UpgradePlan,
        Action::FixIntegration,
        Action::EditText,
    ];

    /// The name the C API returns, e.g. `"open_settings"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::None => "none",
            Action::Retry => "retry",
            Action::OpenSettings => "open_settings",
            Action::CheckDevice => "check_device",
            Action::AskHost => "ask_host",
            Action::ChooseAnother => "choose_another",
            Action::SignIn => "sign_in",
            Action::LeaveRoom => "leave_room",
            Action::UpgradePlan => "upgrade_plan",
            Action::FixIntegration => "fix_integration",
            Action::EditText => "edit_text",
        }
    }

    /// The C id (`ROOM_ERR_ACTION_*`).
    pub const fn id(self) -> i32 {
        self as i32
    }

    /// The action with C id `id`; `None` for ids out of range.
    pub const fn from_id(id: i32) -> Action {
        let mut all: &[Action] = &Self::ALL;
        while let [first, rest @ ..] = all {
            if first.id() == id {
                return *first;
            }
            all = rest;
        }
        Action::None
    }

    /// The action named `name` (as [`Action::as_str`] spells it); a build error in const context
    /// for any other name.
    pub const fn from_name(name: &str) -> Action {
        let mut all: &[Action] = &Self::ALL;
        while let [first, rest @ ..] = all {
            if table::str_eq(first.as_str(), name) {
                return *first;
            }
            all = rest;
        }
        #[allow(clippy::panic)]
        {
            panic!("unknown action name")
        }
    }

    /// Whether a user can do something about it, so that it has a button label: every action but
    /// `None` and `FixIntegration`.
    pub const fn has_label(self) -> bool {
        !matches!(self, Action::None | Action::FixIntegration)
    }

    /// What the action asks for, one sentence for docs and generated wrappers.
    pub const fn description(self) -> &'static str {
        match self {
            Action::None => "Nothing to do.",
            Action::Retry => "Try again, after the retry delay where one is given.",
            Action::OpenSettings => {
                "Grant a system permission (camera, microphone, screen recording) in the settings."
            }
            Action::CheckDevice => "Check the device: it is missing, busy or failing.",
            Action::AskHost => "The room owner or an administrator must allow or unlock it.",
            Action::ChooseAnother => "Choose another seat, room, room ID, gift, file or image.",
            Action::SignIn => "Log in again: the login expired or was taken over.",
            Action::LeaveRoom => "Leave the other or the current room first.",
            Action::UpgradePlan => "A plan or package limit: upgrade the plan.",
            Action::FixIntegration => "A developer error: fix the call or the configuration.",
            Action::EditText => {
                "Edit the text or the name: it has blocked words, is too long or is invalid."
            }
        }
    }
}

/// Who a code's message is for.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// An end user can understand the message and act on it.
    User = 0,
    /// A programming or configuration error (invalid parameter, SDKAppID, license, login by the
    /// app…); end users get the generic [`user_message`] instead. Unknown codes are developer codes.
    Developer = 1,
}

impl Audience {
    /// Both audiences, in id order.
    pub const ALL: [Audience; 2] = [Audience::User, Audience::Developer];

    /// `"user"` or `"developer"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Audience::User => "user",
            Audience::Developer => "developer",
        }
    }

    /// The C id (`ROOM_ERR_AUDIENCE_*`).
    pub const fn id(self) -> i32 {
        self as i32
    }
}

/// A language of the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// The C id (`ROOM_ERR_LANG_*`).
    pub id: i32,
    /// The BCP 47 tag, e.g. `"zh-Hant"`.
    pub tag: &'static str,
    /// The language's name in English, e.g. `"Traditional Chinese"`.
    pub english_name: &'static str,
    /// What separates a summary from its remedy in a message: `" "`, or `""` where sentences
    /// follow each other without a space (Chinese, Japanese).
    pub separator: &'static str,
}

/// Every language of the catalog, in id order; id 0 (English) is the fallback.
pub fn languages() -> impl Iterator<Item = Language> {
    catalog::LANGUAGES.iter().zip(0..).map(|(l, id)| Language {
        id,
        tag: l.tag,
        english_name: l.english_name,
        separator: l.separator,
    })
}

/// Every known code, in catalog order.
pub fn codes() -> &'static [i32] {
    table::codes()
}

/// The string stored at `offset` in the blob.
fn text(offset: usize) -> &'static str {
    let tail = BLOB.get(offset..).unwrap_or_default();
    let len = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
    // Every stored string comes from a Rust string literal, so this cannot fail.
    core::str::from_utf8(tail.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// A language id clamped to the catalog: unknown ids mean English (0).
#[inline(always)]
pub(crate) fn language_index(lang: i32) -> usize {
    if (lang as u32 as usize) < LANGUAGE_COUNT {
        lang as usize
    } else {
        0
    }
}

/// The message for `code` in language `lang` (an id; unknown ids mean English). Unknown codes get
/// the unknown-error message.
pub fn message(code: i32, lang: i32) -> &'static str {
    text(message_offset(code, lang))
}

/// The blob offset of the message for `code` in language `lang`.
#[inline(always)]
fn message_offset(code: i32, lang: i32) -> usize {
    table::message(code, language_index(lang))
}

/// The symbolic name, e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes.
pub fn name(code: i32) -> &'static str {
    text(table::name(code))
}

/// The category; [`Category::Unknown`] for unknown codes.
pub fn category(code: i32) -> Category {
    table::category(code)
}

/// Whether `code` is in the catalog.
pub fn is_known(code: i32) -> bool {
    table::is_known(code)
}

/// Whether the documented remedy for `code` is to try again: its action is [`Action::Retry`].
pub fn is_retryable(code: i32) -> bool {
    action(code) == Action::Retry
}

/// What happened, one sentence, in language `lang`; the unknown-error text for unknown codes.
pub fn summary(code: i32, lang: i32) -> &'static str {
    text(table::summary(code, language_index(lang)))
}

/// What to do, one sentence, in language `lang`; `""` when the code has no remedy.
pub fn remedy(code: i32, lang: i32) -> &'static str {
    text(table::remedy(code, language_index(lang)))
}

/// What the remedy asks for; [`Action::None`] for unknown codes.
pub fn action(code: i32) -> Action {
    table::action(code)
}

/// The short button label of `action` in language `lang`; `""` for actions without one.
pub fn action_label(action: Action, lang: i32) -> &'static str {
    text(table::action_label(action, language_index(lang)))
}

/// Who the message is for; [`Audience::Developer`] for unknown codes.
pub fn audience(code: i32) -> Audience {
    table::audience(code)
}

/// The message an end user may read: the message of user-audience codes, else the generic
/// "could not be completed, try again later" text.
pub fn user_message(code: i32, lang: i32) -> &'static str {
    text(user_message_offset(code, lang))
}

#[inline(always)]
pub(crate) fn user_message_offset(code: i32, lang: i32) -> usize {
    let lang = language_index(lang);
    match table::audience(code) {
        Audience::User => table::message(code, lang),
        Audience::Developer => table::user_fallback(lang),
    }
}

/// The delay before retrying, in milliseconds, where the source states one; 0 otherwise.
pub fn retry_after_ms(code: i32) -> u32 {
    table::retry_after_ms(code)
}

/// The language id for a BCP 47 or POSIX locale tag (see `room_err_lang_from_tag`).
pub fn lang_from_tag(tag: &str) -> i32 {
    lang::negotiate(tag.bytes())
}

/// The language id for a preference list: `Accept-Language`, POSIX `LANGUAGE`, or tags separated
/// by commas or spaces (see `room_err_lang_from_list`).
pub fn lang_from_list(list: &str) -> i32 {
    lang::negotiate_list(list.split('\0').next().unwrap_or_default().bytes())
}

/// The tag of language `lang` (an id; unknown ids mean English).
pub fn lang_tag(lang: i32) -> &'static str {
    text(table::tag(language_index(lang)))
}

/// The library version, `"MAJOR.MINOR.PATCH"`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
