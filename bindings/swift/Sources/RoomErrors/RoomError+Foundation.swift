import Foundation

/// Foundation's view of a room error, in the user's language (``RoomErrorLanguage/preferred``):
/// an alert built from an `Error` or `NSError` shows the summary as its title and the remedy as
/// its suggestion.
extension RoomError: LocalizedError {
    /// What happened: the ``summary(in:)``.
    public var errorDescription: String? {
        summary(in: .preferred)
    }

    /// Always `nil`: the catalog states what happened in one sentence, ``errorDescription``, so an
    /// alert that shows a failure reason as well would repeat it.
    public var failureReason: String? {
        nil
    }

    /// What to do: the ``remedy(in:)``, `nil` when the code has none.
    public var recoverySuggestion: String? {
        remedy(in: .preferred)
    }
}

extension RoomError: CustomNSError {
    /// The `NSError` domain of every room error: `"RoomErrors"`.
    public static var errorDomain: String { "RoomErrors" }

    /// The raw error code.
    public var errorCode: Int { Int(rawValue) }

    /// The keys of ``errorUserInfo`` besides Foundation's.
    public enum UserInfoKey {
        /// The symbolic name (`String`, `"ERR_SEAT_LOCKED"`; `""` for an unknown code).
        public static let name = "RoomErrorName"
        /// The ``RoomErrorCategory/name`` (`String`, `"seat"`).
        public static let category = "RoomErrorCategory"
        /// The ``RoomErrorAction/name`` (`String`, `"choose_another"`).
        public static let action = "RoomErrorAction"
        /// ``RoomError/isRetryable`` (`Bool`).
        public static let retryable = "RoomErrorRetryable"
    }

    /// The summary under `NSLocalizedDescriptionKey` and the remedy, if any, under
    /// `NSLocalizedRecoverySuggestionErrorKey` (spelled out because on Linux Foundation does not
    /// ask a `CustomNSError` for its `LocalizedError` texts), and the name, category, action and
    /// whether to retry under the keys of ``UserInfoKey``.
    public var errorUserInfo: [String: Any] {
        let language = RoomErrorLanguage.preferred
        var info: [String: Any] = [
            NSLocalizedDescriptionKey: summary(in: language),
            UserInfoKey.name: name,
            UserInfoKey.category: category.name,
            UserInfoKey.action: action.name,
            UserInfoKey.retryable: isRetryable,
        ]
        info[NSLocalizedRecoverySuggestionErrorKey] = remedy(in: language)
        return info
    }
}
