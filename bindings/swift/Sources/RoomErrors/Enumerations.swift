import CRoomErrors

/// The properties of a known code, as ``RoomError`` has them.
extension RoomErrorCode {
    /// The message in `language` (see ``RoomError/message(in:)``).
    public func message(in language: RoomErrorLanguage) -> String {
        RoomError(self).message(in: language)
    }

    /// The symbolic name, such as `"ERR_SEAT_LOCKED"`.
    public var name: String {
        RoomError(self).name
    }

    /// The category.
    public var category: RoomErrorCategory {
        RoomError(self).category
    }
}

extension RoomErrorAction {
    /// The C library's name: `"none"`, `"retry"`, `"open_settings"`, …
    public var name: String {
        String(cString: room_err_action_name(rawValue))
    }

    /// A short button label in `language`, such as "Open Settings"; `nil` for ``none`` and
    /// ``fixIntegration`` (nothing for a user to press).
    public func label(in language: RoomErrorLanguage) -> String? {
        let label = String(cString: room_err_action_label(rawValue, language.rawValue))
        return label.isEmpty ? nil : label
    }
}
