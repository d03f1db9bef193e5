import Testing
@testable import KafkaBroker
@Test func brokerTargetBuilds() { _ = KafkaBrokerModule.self }
