import CRoomErrors
import Foundation
import RoomErrors
import XCTest

/// How room errors look to Foundation: `LocalizedError`, `CustomNSError` and `NSError` bridging.
final class FoundationTests: XCTestCase {
    private let values = cCodes() + [Int32.min, Int32.max, 12345]

    /// Against the C library's own answers, not against the Swift properties these are defined by.
    func testLocalizedTextsAreTheCLibrarysSummaryAndRemedy() {
        let language = RoomErrorLanguage.preferred
        for raw in values {
            let error = RoomError(raw)
            let summary = String(cString: room_err_summary(raw, language.rawValue))
            let remedy = String(cString: room_err_remedy(raw, language.rawValue))
            XCTAssertFalse(summary.isEmpty, "\(raw)")
            XCTAssertEqual(error.errorDescription, summary)
            XCTAssertEqual(error.localizedDescription, summary)
            XCTAssertEqual((error as any Error).localizedDescription, summary)
            XCTAssertEqual(error.recoverySuggestion, remedy.isEmpty ? nil : remedy)
            XCTAssertNil(error.failureReason)
        }
    }

    func testNSErrorCarriesDomainCodeTextsAndAdvice() {
        let language = RoomErrorLanguage.preferred
        for raw in values {
            let error = RoomError(raw)
            let bridged = error as NSError
            XCTAssertEqual(RoomError.errorDomain, "RoomErrors")
            XCTAssertEqual(bridged.domain, "RoomErrors")
            XCTAssertEqual(bridged.code, Int(raw))
            XCTAssertEqual(error.errorCode, Int(raw))
            XCTAssertEqual(bridged.localizedDescription, error.summary(in: language))
            XCTAssertEqual(bridged.localizedRecoverySuggestion, error.remedy(in: language))
            let info = bridged.userInfo
            XCTAssertEqual(info[NSLocalizedDescriptionKey] as? String, error.summary(in: language))
            XCTAssertEqual(info[NSLocalizedRecoverySuggestionErrorKey] as? String, error.remedy(in: language))
            XCTAssertEqual(info[RoomError.UserInfoKey.name] as? String, error.name)
            XCTAssertEqual(info[RoomError.UserInfoKey.category] as? String, error.category.name)
            XCTAssertEqual(info[RoomError.UserInfoKey.action] as? String, error.action.name)
            XCTAssertEqual(info[RoomError.UserInfoKey.retryable] as? Bool, error.isRetryable)
        }
    }
}
