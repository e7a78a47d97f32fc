// swift-tools-version:5.9
// `make bench-swift`: RoomErrors lookups next to Swift Dictionary lookups of the same strings.
import PackageDescription

let package = Package(
    name: "room-errors-bench",
    dependencies: [.package(name: "RoomErrors", path: "../../..")],
    targets: [
        .executableTarget(
            name: "room-errors-bench", dependencies: [.product(name: "RoomErrors", package: "RoomErrors")]),
    ]
)
