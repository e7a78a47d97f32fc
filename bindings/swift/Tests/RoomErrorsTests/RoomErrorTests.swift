import CRoomErrors
import RoomErrors
import XCTest

/// `RoomError` itself: unknown values, `check`, matching in `catch`, value semantics.
final class RoomErrorTests: XCTestCase {
    /// Values no code has: the extremes and the gaps next to every code.
    private func unknownValues() -> [Int32] {
        let known = Set(cCodes())
        let neighbours = known.flatMap { [$0 &- 1, $0 &+ 1] }
        return ([Int32.min, Int32.max, 12345] + neighbours).filter { !known.contains($0) }
    }

    func testUnknownValuesAreRepresentable() {
        let values = unknownValues()
        for raw in values {
            let error = RoomError(raw)
            XCTAssertEqual(error.rawValue, raw)
            XCTAssertNil(error.code, "\(raw)")
            XCTAssertFalse(error.isKnown, "\(raw)")
            XCTAssertFalse(error.isRetryable, "\(raw)")
            XCTAssertEqual(error.name, "")
            XCTAssertEqual(error.category, .unknown)
            for language in RoomErrorLanguage.allCases {
                XCTAssertEqual(error.message(in: language), String(cString: room_err_message(raw, language.rawValue)))
            }
            XCTAssertEqual(error.description, "UNKNOWN (\(raw)): \(error.message(in: .en))")
        }
    }

    func testDescriptionNamesTheCode() {
        let error = RoomError(.seatLocked)
        XCTAssertEqual(error.description, "ERR_SEAT_LOCKED (-2343): \(error.message(in: .en))")
        XCTAssertEqual("\(error)", error.description)
    }

    func testInitializersAgree() {
        for code in RoomErrorCode.allCases {
            XCTAssertEqual(RoomError(code), RoomError(code.rawValue))
            XCTAssertEqual(RoomError(rawValue: code.rawValue), RoomError(code))
        }
        XCTAssertEqual(Set(RoomErrorCode.allCases.map(RoomError.init)).count, RoomErrorCode.allCases.count)
        XCTAssertNotEqual(RoomError(.seatLocked), RoomError(.serverSeatLocked))
    }

    func testCheckThrowsForEveryValueButSuccess() throws {
        XCTAssertNoThrow(try RoomError.check(0))
        XCTAssertNoThrow(try RoomError.check(RoomErrorCode.success.rawValue))
        for raw in cCodes().filter({ $0 != 0 }) + unknownValues() {
            XCTAssertThrowsError(try RoomError.check(raw)) { error in
                XCTAssertEqual(error as? RoomError, RoomError(raw))
            }
        }
    }

    func testCheckTakesAnyIntegerAndNeverTraps() {
        XCTAssertNoThrow(try RoomError.check(0 as Int))
        XCTAssertNoThrow(try RoomError.check(0 as UInt8))
        func thrown<Value: BinaryInteger>(_ value: Value) -> RoomError? {
            do {
                try RoomError.check(value)
                return nil
            } catch {
                return error as? RoomError
            }
        }
        XCTAssertEqual(thrown(-2343 as Int), .seatLocked)
        XCTAssertEqual(thrown(Int64(ROOM_ERR_SERVER_SEAT_LOCKED)), .serverSeatLocked)
        XCTAssertEqual(thrown(100_012 as UInt32), RoomError(100_012))
        for outside: Int64 in [Int64(Int32.max) + 1, Int64(Int32.min) - 1, .max, .min] {
            let error = thrown(outside)
            XCTAssertNotNil(error)
            XCTAssertEqual(error?.isKnown, false, "\(outside)")
            XCTAssertEqual(error?.rawValue, Int32(clamping: outside))
        }
        XCTAssertEqual(thrown(UInt64.max)?.rawValue, Int32.max)
        XCTAssertFalse(RoomError(Int32.min).isKnown || RoomError(Int32.max).isKnown)
    }

    func testCatchClausesMatchCodes() {
        func outcome(of raw: Int32) -> String {
            do {
                try RoomError.check(raw)
                return "ok"
            } catch RoomError.seatLocked {
                return "locked"
            } catch RoomError.serverSeatLocked, RoomError.seatOccupied {
                return "other seat"
            } catch let error as RoomError {
                return error.code.map { "\($0)" } ?? "unknown \(error.rawValue)"
            } catch {
                return "not a room error"
            }
        }
        XCTAssertEqual(outcome(of: 0), "ok")
        XCTAssertEqual(outcome(of: ROOM_ERR_SEAT_LOCKED), "locked")
        XCTAssertEqual(outcome(of: ROOM_ERR_SERVER_SEAT_LOCKED), "other seat")
        XCTAssertEqual(outcome(of: ROOM_ERR_SEAT_OCCUPIED), "other seat")
        XCTAssertEqual(outcome(of: ROOM_ERR_CAMERA_NOT_AUTHORIZED), "cameraNotAuthorized")
        XCTAssertEqual(outcome(of: 12345), "unknown 12345")
    }

    func testConstantsAreTheErrorsOfTheirCodes() {
        XCTAssertEqual(RoomError.seatLocked, RoomError(.seatLocked))
        XCTAssertEqual(RoomError.serverSeatListEmpty.rawValue, ROOM_ERR_SERVER_SEAT_LIST_EMPTY)
        func kind(_ error: RoomError) -> String {
            switch error {
            case .seatLocked, .serverSeatLocked: return "locked"
            case .cameraNotAuthorized: return "camera"
            default: return "other"
            }
        }
        XCTAssertEqual(kind(RoomError(ROOM_ERR_SERVER_SEAT_LOCKED)), "locked")
        XCTAssertEqual(kind(RoomError(.cameraNotAuthorized)), "camera")
        XCTAssertEqual(kind(RoomError(12345)), "other")
    }

    func testPatternsIgnoreOtherErrors() {
        struct Other: Error {}
        XCTAssertFalse(RoomError.seatLocked ~= Other())
        XCTAssertFalse(RoomError.seatLocked ~= RoomError.seatOccupied)
        XCTAssertTrue(RoomError.seatLocked ~= RoomError(ROOM_ERR_SEAT_LOCKED))
    }
}
