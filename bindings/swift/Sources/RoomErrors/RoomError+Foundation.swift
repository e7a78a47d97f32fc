import Foundation

extension RoomError: LocalizedError {
    /// The message in the user's language (``RoomErrorLanguage/preferred``).
    public var errorDescription: String? {
        message(in: .preferred)
    }
}

extension RoomError: CustomNSError {
    /// The `NSError` domain of every room error: `"RoomErrors"`.
    public static var errorDomain: String { "RoomErrors" }

    /// The raw error code.
    public var errorCode: Int { Int(rawValue) }

    /// The localized message under `NSLocalizedDescriptionKey`. Spelled out because on Linux
    /// Foundation does not add ``errorDescription`` to a `CustomNSError`'s user info.
    public var errorUserInfo: [String: Any] {
        [NSLocalizedDescriptionKey: message(in: .preferred)]
    }
}
