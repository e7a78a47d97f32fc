import CRoomErrors
import Foundation

/// Picking the language of the messages: from a tag, a preference list, a locale, or the user's
/// settings. The C library negotiates (CLDR's matching, as ICU's `LocaleMatcher` does).
extension RoomErrorLanguage {
    /// The language for a BCP 47 or POSIX locale tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`, `"en-US"`);
    /// unsupported or malformed tags mean ``en``.
    public init(tag: String) {
        self = RoomErrorLanguage(rawValue: room_err_lang_from_tag(tag)) ?? .en
    }

    /// The best language for a preference list in one string: an HTTP `Accept-Language` value
    /// (`"fr-CH, fr;q=0.9, zh-TW;q=0.8"`), a POSIX `LANGUAGE` list (`"zh_TW:ja:en"`), or tags
    /// separated by commas or spaces; ``en`` when nothing matches.
    public init(list: String) {
        self = RoomErrorLanguage(rawValue: room_err_lang_from_list(list)) ?? .en
    }

    /// The best language for `preferences`, locale tags with the most preferred first
    /// (`Locale.preferredLanguages`): `["fr-FR", "zh-Hant-TW"]` gives ``zhHant``, and an English
    /// listed before a Chinese wins. Elements that are not one tag (empty, or holding list syntax
    /// such as `,` `;` `:` or spaces) are skipped; ``en`` when nothing matches.
    public init(preferences: [String]) {
        let tags = preferences.filter { tag in
            !tag.isEmpty && !tag.unicodeScalars.contains { ",;: \t\n\r\0".unicodeScalars.contains($0) }
        }
        self.init(list: tags.joined(separator: ","))
    }

    /// The language for `locale`, from its identifier (`zh-Hant_TW`, `en_US@calendar=…`).
    public init(locale: Locale) {
        self.init(tag: locale.identifier)
    }

    /// The language for a user's `preferences` in an app localized into `localizations`
    /// (`Bundle.main.localizations`), so that error texts follow the app's interface language:
    /// the first preference the app has a localization for (the same language, and for Chinese
    /// the same script as the catalog reads it: `zh-Hant-TW` is served by `zh-Hant` or `zh-HK`)
    /// decides, as it decides the interface; ``en`` when none does (the app then shows its
    /// development localization). Without localizations (`"Base"` alone counts as none), every
    /// preference counts, as in ``init(preferences:)``.
    ///
    /// This is `Bundle.preferredLocalizations(from:forPreferences:)` narrowed to what the catalog
    /// can tell apart, computed here because Foundation on Linux ignores the preferences there.
    public init(preferences: [String], localizations: [String]) {
        let localizations = localizations.filter { $0 != "Base" }
        guard !localizations.isEmpty else {
            self.init(preferences: preferences)
            return
        }
        for preference in preferences {
            let language = RoomErrorLanguage(tag: preference)
            let served = localizations.contains { localization in
                primarySubtag(localization) == primarySubtag(preference) && RoomErrorLanguage(tag: localization) == language
            }
            if served {
                self = language
                return
            }
        }
        self = .en
    }

    /// The user's language in this app: ``init(preferences:localizations:)`` for
    /// `Locale.preferredLanguages` and the main bundle's localizations.
    ///
    /// Read on every use, so it follows changes to the user's settings. On Linux, Foundation does
    /// not take `Locale.preferredLanguages` from `LANG` (with Swift 6.3.1 it was `["en-001"]` under
    /// `LANG=zh_TW.UTF-8`), so there it is English: pass a language explicitly.
    public static var preferred: RoomErrorLanguage {
        RoomErrorLanguage(preferences: Locale.preferredLanguages, localizations: Bundle.main.localizations)
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
