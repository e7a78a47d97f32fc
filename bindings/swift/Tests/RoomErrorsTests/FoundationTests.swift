import Foundation
import RoomErrors
import XCTest

/// How room errors look to Foundation: `LocalizedError`, `CustomNSError` and `NSError` bridging.
final class FoundationTests: XCTestCase {
    func testLocalizedDescriptionIsThePreferredMessage() {
        for raw in RoomErrorCode.allCases.map(\.rawValue) + [12345] {
            let error = RoomError(raw)
            let expected = error.message(in: .preferred)
            XCTAssertEqual(error.errorDescription, expected)
            XCTAssertEqual(error.localizedDescription, expected)
            XCTAssertEqual((error as any Error).localizedDescription, expected)
        }
    }

    func testNSErrorCarriesDomainCodeAndMessage() {
        for raw in RoomErrorCode.allCases.map(\.rawValue) + [Int32.min, Int32.max] {
            let error = RoomError(raw)
            let bridged = error as NSError
            XCTAssertEqual(RoomError.errorDomain, "RoomErrors")
            XCTAssertEqual(bridged.domain, "RoomErrors")
            XCTAssertEqual(bridged.code, Int(raw))
            XCTAssertEqual(error.errorCode, Int(raw))
            XCTAssertEqual(bridged.localizedDescription, error.message(in: .preferred))
            XCTAssertEqual(bridged.userInfo[NSLocalizedDescriptionKey] as? String, error.message(in: .preferred))
        }
    }
}
