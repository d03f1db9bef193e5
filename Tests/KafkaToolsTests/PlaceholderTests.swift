import Testing
@testable import KafkaTools
@Test func toolsTargetBuilds() { _ = KafkaTools.self }
