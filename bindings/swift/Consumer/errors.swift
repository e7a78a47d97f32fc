// The "Errors" example of bindings/swift/README.md: test-swift-package builds and runs it in a
// package of its own, and the README must show it and its output as they are.
import RoomErrors

let code: Int32 = -2343  // what the room engine returned
do {
    try RoomError.check(code)
} catch let e as RoomError {
    print(e)                               // for logs: name, value, English message (UNKNOWN for unknown codes)
    print(e.code == .seatLocked, e.category, e.action, e.audience)
    print(e.summary(in: .zhHant))
    print(e.message(in: RoomErrorLanguage(list: "fr-CH, zh-CN;q=0.8")))
    print(e.localizedDescription)          // the summary, in RoomErrorLanguage.preferred
}

for code in [-2343, 100012, 12345] {       // any integer type: Int, NSInteger, Int32…
    do {
        try RoomError.check(code)
    } catch RoomError.seatLocked, RoomError.serverSeatLocked {
        print("locked: pick another seat")
    } catch let e as RoomError where e.isRetryable {
        print("retry later:", e.name, e.retryAfterInterval ?? 0)
    } catch {
        print("failed:", error.localizedDescription)
    }
}
