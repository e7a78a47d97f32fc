import CRoomErrors
import Foundation

/// What happened, what to do, who may read it and when to retry.
extension RoomError {
    /// What happened, one sentence, in `language`; the unknown-error text for an unknown code.
    public func summary(in language: RoomErrorLanguage) -> String {
        let table = TextTable.shared
        return table.summaries[table.index(rawValue, language)]
    }

    /// What to do, one sentence, in `language`; `nil` when the code has no remedy (unknown codes
    /// have none).
    public func remedy(in language: RoomErrorLanguage) -> String? {
        let table = TextTable.shared
        let remedy = table.remedies[table.index(rawValue, language)]
        return remedy.isEmpty ? nil : remedy
    }

    /// What the remedy asks for, so that an app can offer its button
    /// (``RoomErrorAction/label(in:)``); ``RoomErrorAction/none`` for an unknown code.
    public var action: RoomErrorAction {
        RoomErrorAction(rawValue: room_err_action(rawValue)) ?? .none
    }

    /// Who the message is for; ``RoomErrorAudience/developer`` for an unknown code.
    public var audience: RoomErrorAudience {
        RoomErrorAudience(rawValue: room_err_audience(rawValue)) ?? .developer
    }

    /// The text an end user may read: the ``message(in:)`` of a user-audience code; for
    /// developer-audience and unknown codes one generic, localized "could not be completed, try
    /// again later" text.
    public func userMessage(in language: RoomErrorLanguage) -> String {
        let table = TextTable.shared
        return table.userMessages[table.index(rawValue, language)]
    }

    /// How long to wait before retrying, where the catalog's source states it; `nil` otherwise.
    @available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
    public var retryAfter: Duration? {
        let milliseconds = room_err_retry_after_ms(rawValue)
        return milliseconds == 0 ? nil : .milliseconds(milliseconds)
    }

    /// ``retryAfter`` in seconds, for systems older than `Duration`.
    public var retryAfterInterval: TimeInterval? {
        let milliseconds = room_err_retry_after_ms(rawValue)
        return milliseconds == 0 ? nil : TimeInterval(milliseconds) / 1000
    }
}
