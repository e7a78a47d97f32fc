import RoomErrors
import XCTest

/// The wrapper shares no mutable state: many tasks reading every code at once see what one sees.
final class ConcurrencyTests: XCTestCase {
    /// Everything the wrapper says about every code, plus an unknown one, in one string.
    private static func snapshot() -> String {
        (RoomErrorCode.allCases.map(\.rawValue) + [12345]).map { raw in
            let error = RoomError(raw)
            let texts = RoomErrorLanguage.allCases.map { language in
                [error.message(in: language), error.summary(in: language), error.remedy(in: language) ?? "-",
                 error.userMessage(in: language), error.action.label(in: language) ?? "-", language.tag]
                    .joined(separator: "|")
            }
            return "\(error)|\(error.category)|\(error.action)|\(error.audience)|\(error.localizedDescription)|" +
                texts.joined(separator: "|") + "|\(RoomErrorLanguage(tag: "zh_TW.UTF-8"))"
        }.joined(separator: "\n")
    }

    @available(macOS 10.15, iOS 13, tvOS 13, watchOS 6, *)
    func testManyTasksSeeTheSameAnswers() async {
        let expected = Self.snapshot()
        let tasks = 64
        let matching = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<tasks {
                group.addTask { Self.snapshot() == expected }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        XCTAssertEqual(matching, tasks)
    }
}
