import KafkaClient
import KafkaTools
import Testing

@testable import KafkaClientTools

@Suite("kconsumer-groups reset planning")
struct ResetOffsetsPlannerTests {
    private let t0 = TopicPartition(topic: "t", partition: 0)
    private let t1 = TopicPartition(topic: "t", partition: 1)

    private var partitions: [TopicPartition: ResetOffsetsPlanner.PartitionOffsets] {
        [
            self.t0: .init(committed: 5, logStart: 2, logEnd: 10, atTimestamp: 7),
            self.t1: .init(committed: nil, logStart: 0, logEnd: 4, atTimestamp: nil),
        ]
    }

    @Test("each scenario picks Kafka's offset")
    func scenarios() throws {
        #expect(try ResetOffsetsPlanner.plan(scenario: .toEarliest, partitions: self.partitions).offsets == [self.t0: 2, self.t1: 0])
        #expect(try ResetOffsetsPlanner.plan(scenario: .toLatest, partitions: self.partitions).offsets == [self.t0: 10, self.t1: 4])
        #expect(try ResetOffsetsPlanner.plan(scenario: .toCurrent, partitions: self.partitions).offsets == [self.t0: 5, self.t1: 4])
        let datetime = try ResetOffsetsPlanner.plan(scenario: .toDatetime("x"), partitions: self.partitions)
        #expect(datetime.offsets == [self.t0: 7, self.t1: 4])
        #expect(datetime.printedWarnings == ["\nWarn: Partition 1 from topic t is empty. Falling back to latest known offset."])
    }

    @Test("to-offset and shift-by clamp to the log with Kafka's warnings")
    func clamping() throws {
        let high = try ResetOffsetsPlanner.plan(scenario: .toOffset(12), partitions: [self.t0: self.partitions[self.t0]!])
        #expect(high.offsets == [self.t0: 10])
        #expect(high.logWarnings == ["New offset (12) is higher than latest offset for topic partition t-0. Value will be set to 10"])
        let low = try ResetOffsetsPlanner.plan(scenario: .shiftBy(-4), partitions: [self.t0: self.partitions[self.t0]!])
        #expect(low.offsets == [self.t0: 2])
        #expect(low.logWarnings == ["New offset (1) is lower than earliest offset for topic partition t-0. Value will be set to 2"])
        #expect(throws: ToolError("Cannot shift offset for partition t-1 since there is no current committed offset", exitCode: 1, showUsage: true)) {
            try ResetOffsetsPlanner.plan(scenario: .shiftBy(1), partitions: self.partitions)
        }
    }

    @Test("topic arguments: names, partition lists, and Kafka's errors")
    func topicArguments() throws {
        #expect(try ResetOffsetsPlanner.parseTopicArgument("t").partitions == nil)
        #expect(try ResetOffsetsPlanner.parseTopicArgument("t:0,2").partitions == [0, 2])
        #expect(throws: ToolError("Invalid topic arg 'a:b:c', expected topic name and partitions", exitCode: 1, showUsage: true)) {
            try ResetOffsetsPlanner.parseTopicArgument("a:b:c")
        }
        #expect(throws: ToolError("Invalid partition 'x' specified in topic arg 't:x''", exitCode: 1, showUsage: true)) {
            try ResetOffsetsPlanner.parseTopicArgument("t:x")
        }
    }

    @Test("reset files: three columns for a single group, four otherwise")
    func files() throws {
        #expect(try ResetOffsetsPlanner.parseResetFile("t,0,5\nt,1,6\n", singleGroup: "g") == ["g": [self.t0: 5, self.t1: 6]])
        #expect(
            try ResetOffsetsPlanner.parseResetFile("g,t,0,5\nh,t,1,6\n\n", singleGroup: nil)
                == ["g": [self.t0: 5], "h": [self.t1: 6]])
        #expect(try ResetOffsetsPlanner.parseResetFile("g,t,0,5\n", singleGroup: "g") == ["g": [self.t0: 5]])
    }

    @Test("datetimes with and without zones, and ISO durations")
    func times() {
        #expect(TimeSpecs.parseDateTime("1970-01-01T00:00:01.500") == 1500)
        #expect(TimeSpecs.parseDateTime("2024-02-29T12:00:00.000Z") == 1_709_208_000_000)
        #expect(TimeSpecs.parseDateTime("2024-02-29T14:00:00.000+02:00") == 1_709_208_000_000)
        #expect(TimeSpecs.parseDateTime("2024-02-29T14:00:00.000+0200") == 1_709_208_000_000)
        #expect(TimeSpecs.parseDateTime("2024-02-29 14:00") == nil)
        #expect(TimeSpecs.parseDuration("PT1H") == 3_600_000)
        #expect(TimeSpecs.parseDuration("P1DT2H3M4.5S") == 93_784_500)
        #expect(TimeSpecs.parseDuration("PT") == nil)
        #expect(TimeSpecs.parseDuration("1H") == nil)
    }
}
