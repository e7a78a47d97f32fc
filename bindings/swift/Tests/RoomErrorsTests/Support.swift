import CRoomErrors
import Foundation

/// Every known code, from the C library.
func cCodes() -> [Int32] {
    var count = 0
    let codes = room_err_codes(&count)
    return Array(UnsafeBufferPointer(start: codes, count: count))
}

/// The contents of a file of this repository, by its path from the repository root.
func repositoryFile(_ path: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath)  // bindings/swift/Tests/RoomErrorsTests/Support.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
}
