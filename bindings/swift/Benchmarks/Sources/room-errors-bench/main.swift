// Times RoomErrors lookups against the anchor, a Swift `Dictionary<Int32, String>` lookup of the
// same strings, in one process and interleaved rounds; prints the median ns per call and ratios.
// Usage: room-errors-bench [ROUNDS]
import CRoomErrors
import Dispatch
import RoomErrors

let rounds = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1000 : 1000
let inputCount = 1024  // a power of two: dependent runs wrap with a mask
let passes = 4

/// A fixed-seed generator (SplitMix64), so that every run draws the same inputs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
var random = SplitMix(state: 2026)
let known = RoomErrorCode.allCases.map(\.rawValue)
let knownInputs = (0..<inputCount).map { _ in known.randomElement(using: &random)! }
let unknownInputs = (0..<inputCount).map { _ -> Int32 in
    while true {
        let value = Int32.random(in: -200_000...200_000, using: &random)
        if !RoomError(value).isKnown { return value }
    }
}

/// A timed case: a lookup from a code to a string, and the index of its anchor in `cases`.
struct Case {
    let name: String
    /// Whether the 1.5x goal applies (not to anchors and comparisons).
    var hasGoal = false
    let anchor: Int
    let inputs: [Int32]
    let lookup: (Int32) -> String
    var independent: [Double] = []
    var dependent: [Double] = []
}

var cases: [Case] = []

/// Adds the case `name` (`lookup` over `inputs`) after its anchor: a dictionary holding the same
/// strings for every known code, and the same text for unknown codes.
func measure(_ name: String, _ inputs: [Int32], goal: Bool = true, _ lookup: @escaping (Int32) -> String) {
    let table = Dictionary(uniqueKeysWithValues: known.map { ($0, lookup($0)) })
    let unknown = lookup(Int32.min)
    let anchor = cases.count
    cases.append(Case(name: "Dictionary<Int32, String> of the next row's strings (anchor)", anchor: anchor,
                      inputs: inputs) { table[$0] ?? unknown })
    cases.append(Case(name: name, hasGoal: goal, anchor: anchor, inputs: inputs, lookup: lookup))
}

for language in [RoomErrorLanguage.en, .zhHant] {
    for (label, inputs) in [("known", knownInputs), ("unknown", unknownInputs)] {
        measure("RoomError(code).message(in: .\(language)) \(label)", inputs) { RoomError($0).message(in: language) }
    }
}
measure("RoomError(code).summary(in: .en) known", knownInputs) { RoomError($0).summary(in: .en) }
measure("RoomError(code).userMessage(in: .en) known", knownInputs) { RoomError($0).userMessage(in: .en) }
measure("RoomError(code).name known", knownInputs) { RoomError($0).name }
// For comparison: a decode and an allocation per call, as RoomErrors 1.1.0 did.
measure("String(cString: room_err_message(code, en)) known", knownInputs, goal: false) {
    String(cString: room_err_message($0, RoomErrorLanguage.en.rawValue))
}

/// Nanoseconds per call of `passes` passes over the inputs. Independent: the inputs in order;
/// dependent: each next input's index depends on the previous result's length.
@inline(never)
func batch(_ item: Case, dependent: Bool, _ checksum: inout Int) -> Double {
    let inputs = item.inputs
    let lookup = item.lookup
    let start = DispatchTime.now().uptimeNanoseconds
    var sum = 0
    if dependent {
        var index = 0
        for _ in 0..<(passes * inputCount) {
            let length = lookup(inputs[index]).utf8.count
            sum &+= length
            index = (index &+ 1 &+ (length & 1)) & (inputCount - 1)
        }
    } else {
        for _ in 0..<passes {
            for input in inputs {
                sum &+= lookup(input).utf8.count
            }
        }
    }
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    checksum &+= sum
    return Double(elapsed) / Double(passes * inputCount)
}

var checksum = 0
for _ in 0..<rounds {
    for i in cases.indices {
        cases[i].independent.append(batch(cases[i], dependent: false, &checksum))
        cases[i].dependent.append(batch(cases[i], dependent: true, &checksum))
    }
}

func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted[sorted.count / 2]
}
func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

print("rounds: \(rounds), each \(passes * inputCount) calls per case and mode (\(inputCount) inputs x \(passes) passes); median ns per call")
print("independent: throughput; dependent: each call waits for the previous one (checksum \(checksum & 0xffff))")
print("")
print("| call | independent ns | ratio to anchor | goal | dependent ns | ratio |")
print("|---|---:|---:|---|---:|---:|")
for (index, item) in cases.enumerated() {
    let independent = median(item.independent)
    let dependent = median(item.dependent)
    let ratio = independent / median(cases[item.anchor].independent)
    let dependentRatio = dependent / median(cases[item.anchor].dependent)
    let verdict = item.anchor == index ? "anchor"
        : item.hasGoal ? "<= 1.5x: \(ratio <= 1.5 && dependentRatio <= 1.5 ? "met" : "NOT met")" : "comparison"
    print("| \(item.name) | \(format(independent)) | \(format(ratio))x | \(verdict) | \(format(dependent)) | \(format(dependentRatio))x |")
}
