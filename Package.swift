// swift-tools-version:5.9
// RoomErrors: room-engine error codes as Swift errors, over the C library (include/room_errors.h).
// Sources: bindings/swift. Add it with `.package(url: "<this repository>", from: "<version>")`.
import PackageDescription

// The release's RoomErrors.xcframework.zip and its SwiftPM checksum, written by
// scripts/stamp-swift-package.sh at release time; empty in a checkout that was never stamped.
let xcframeworkURL = ""
let xcframeworkChecksum = ""

// The C library as module CRoomErrors.
// Apple platforms: the static libraries of RoomErrors.xcframework: the release's download, or the
// local build `make dist` writes (dist/apple/RoomErrors.xcframework) in a checkout that was never
// stamped, or when the environment sets ROOM_ERRORS_LOCAL_XCFRAMEWORK=1 (SwiftPM caches a manifest's
// result by its text and environment, so the manifest cannot look for the file itself).
// Elsewhere: the installed libroom_errors (`make install`), found through pkg-config.
#if os(macOS)
let cLibrary: Target =
    xcframeworkURL.isEmpty || Context.environment["ROOM_ERRORS_LOCAL_XCFRAMEWORK"] == "1"
    ? .binaryTarget(name: "CRoomErrors", path: "dist/apple/RoomErrors.xcframework")
    : .binaryTarget(name: "CRoomErrors", url: xcframeworkURL, checksum: xcframeworkChecksum)
#else
let cLibrary = Target.systemLibrary(
    name: "CRoomErrors", path: "bindings/swift/Sources/CRoomErrors", pkgConfig: "room_errors")
#endif

let package = Package(
    name: "RoomErrors",
    platforms: [.iOS(.v12), .macOS(.v10_13)],
    products: [.library(name: "RoomErrors", targets: ["RoomErrors"])],
    targets: [
        cLibrary,
        .target(name: "RoomErrors", dependencies: ["CRoomErrors"], path: "bindings/swift/Sources/RoomErrors"),
        .testTarget(
            name: "RoomErrorsTests", dependencies: ["RoomErrors", "CRoomErrors"],
            path: "bindings/swift/Tests/RoomErrorsTests"),
    ]
)
