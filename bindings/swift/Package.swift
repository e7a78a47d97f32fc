// swift-tools-version:5.9
// RoomErrors: room-engine error codes as Swift errors, over the C library (include/room_errors.h).
import PackageDescription

// The C library as module CRoomErrors. On Apple platforms: the static library in
// RoomErrors.xcframework, built by scripts/build-xcframework.sh. Elsewhere: the shared library
// libroom_errors (`make lib`) with the repository's header; `make test-swift` passes its path.
#if os(macOS)
let cLibrary = Target.binaryTarget(name: "CRoomErrors", path: "RoomErrors.xcframework")
#else
let cLibrary = Target.systemLibrary(name: "CRoomErrors")
#endif

let package = Package(
    name: "RoomErrors",
    platforms: [.iOS(.v12), .macOS(.v10_13)],
    products: [.library(name: "RoomErrors", targets: ["RoomErrors"])],
    targets: [
        cLibrary,
        .target(name: "RoomErrors", dependencies: ["CRoomErrors"]),
        .testTarget(name: "RoomErrorsTests", dependencies: ["RoomErrors", "CRoomErrors"]),
    ]
)
