import KafkaProtocol
import NIOCore

/// A generated message that can build a random value valid at a version (see Generated/*+Random.swift).
protocol RandomizableMessage: ProtocolMessage {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self
}

/// A generated nested struct that can build a random value valid at a version.
protocol RandomizableStruct: ProtocolStruct {
    static func random(version: Int16, using generator: inout SeededGenerator) -> Self
}

/// Every generated message, as the random-value extensions see it (the list itself is the library's).
let randomizableMessageTypes: [any RandomizableMessage.Type] = ProtocolMessages.all.compactMap {
    $0 as? any RandomizableMessage.Type
}

/// Random field values for the generated round-trip and fuzz tests.
enum RandomValues {
    static func string(using generator: inout SeededGenerator) -> String {
        let alphabet = Array("abcXYZ019-_.é€🙂")
        let length = Int.random(in: 0...12, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    static func bytes(using generator: inout SeededGenerator) -> ByteBuffer {
        let length = Int.random(in: 0...24, using: &generator)
        return ByteBuffer(bytes: (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    static func uuid(using generator: inout SeededGenerator) -> Uuid {
        Uuid(mostSignificantBits: generator.next(), leastSignificantBits: generator.next())
    }

    static func array<Element>(
        using generator: inout SeededGenerator, _ element: (inout SeededGenerator) -> Element
    ) -> [Element] {
        let count = Int.random(in: 0...3, using: &generator)
        var elements: [Element] = []
        for _ in 0..<count { elements.append(element(&generator)) }
        return elements
    }

    /// Unknown tags above any tag the specs use, in ascending order so they round-trip exactly.
    static func unknownTaggedFields(using generator: inout SeededGenerator) -> [TaggedField] {
        let count = Int.random(in: 1...2, using: &generator)
        return (0..<count).map { index in TaggedField(tag: UInt32(1000 + index), data: bytes(using: &generator)) }
    }
}

/// A small deterministic generator (SplitMix64) so failures reproduce from their seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var value = self.state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
