//! The kinds a code has: its category, the action its remedy asks for, and its audience. Shared
//! with the build script (`build/`), which reads the catalog with them.

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
            if str_eq(first.as_str(), name) {
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

/// Whether two strings are equal, in const context.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        #[allow(clippy::indexing_slicing)] // i < a.len() == b.len()
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
