/// `Codable` forms: a ``RoomError`` is its raw code (any `Int32`, known or not); the enumerations
/// are their names (``RoomErrorLanguage/tag``, ``RoomErrorCategory/name``, …), so that stored
/// values stay readable. Decoding a name this version does not have throws
/// `DecodingError.dataCorrupted`.
extension RoomError: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Int32.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension RoomErrorLanguage: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeName(from: decoder, \.tag)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}

extension RoomErrorCategory: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeName(from: decoder, \.name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

extension RoomErrorAction: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeName(from: decoder, \.name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

extension RoomErrorAudience: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeName(from: decoder, \.name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

/// The case of `Value` whose `name` is the decoded string.
private func decodeName<Value: CaseIterable>(from decoder: any Decoder, _ name: (Value) -> String) throws -> Value {
    let container = try decoder.singleValueContainer()
    let string = try container.decode(String.self)
    guard let value = Value.allCases.first(where: { name($0) == string }) else {
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "no \(Value.self) is named \"\(string)\"")
    }
    return value
}
