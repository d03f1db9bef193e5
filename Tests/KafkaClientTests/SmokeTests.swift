import Testing
@testable import KafkaClient

@Test func theClientModuleLoads() { _ = ApiVersionTable(brokerRanges: [:]) }
