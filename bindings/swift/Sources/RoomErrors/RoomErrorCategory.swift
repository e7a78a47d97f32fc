/// What a code is about. Unknown codes are in ``unknown``.
public enum RoomErrorCategory: Int32, CaseIterable, Sendable {
    /// A code the library does not know.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_UNKNOWN`.
    case unknown = 0

    /// General errors: throttling, parameters, login, permissions, plans.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_GENERAL`.
    case general = 1

    /// Local cameras, microphones and screen sharing.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_DEVICE`.
    case device = 2

    /// Entering, creating, leaving and configuring rooms.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_ROOM`.
    case room = 3

    /// Looking up users in a room.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_USER`.
    case user = 4

    /// Speaking permissions and seat control.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_SEAT`.
    case seat = 5

    /// Errors the server reports.
    ///
    /// The corresponding C constant is `ROOM_ERR_CATEGORY_SERVER`.
    case server = 6
}
