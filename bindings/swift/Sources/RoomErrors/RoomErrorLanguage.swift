import CRoomErrors
import Foundation

extension RoomErrorLanguage {
    /// The language for a BCP 47 or POSIX locale tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`, `"en-US"`).
    ///
    /// The library decides: case-insensitive, `-` or `_` between subtags; the primary subtag picks
    /// the language, and for `zh` a `Hans` or `Hant` script wins, else the regions `TW`, `HK` and
    /// `MO` mean ``zhHant`` and any other ``zhHans``. Unsupported or malformed tags mean ``en``.
    public init(tag: String) {
        self = RoomErrorLanguage(rawValue: room_err_lang_from_tag(tag)) ?? .en
    }

    /// The first of `preferences` (locale tags, most preferred first) whose language the catalog
    /// has, so `["fr-FR", "zh-Hant-TW"]` gives ``zhHant``; ``en`` if there is none.
    public init(preferences: [String]) {
        for tag in preferences {
            let language = RoomErrorLanguage(tag: tag)
            if primarySubtag(language.tag) == primarySubtag(tag) {
                self = language
                return
            }
        }
        self = .en
    }

    /// The user's language: the first of `Locale.preferredLanguages` the catalog has, else ``en``.
    ///
    /// Read on every use, so it follows changes to the user's settings.
    public static var preferred: RoomErrorLanguage {
        RoomErrorLanguage(preferences: Locale.preferredLanguages)
    }

    /// The BCP 47 tag: `"en"`, `"zh-Hans"`, `"zh-Hant"`, …
    public var tag: String {
        String(cString: room_err_lang_tag(rawValue))
    }
}

/// The primary language subtag of a locale tag, lowercased: `"zh"` for `"zh_TW.UTF-8"`.
private func primarySubtag(_ tag: String) -> String {
    tag.prefix { !"-_.@".contains($0) }.lowercased()
}
