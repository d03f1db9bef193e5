import KafkaClient
import Testing

@testable import KafkaClientTools

@Suite("kconsumer-groups output layouts")
struct ConsumerGroupsFormatterTests {
    @Test("--list --state pads GROUP to max(15, longest)+10 and STATE to 20")
    func listTable() {
        let text = ConsumerGroupsFormatter.listTable(
            [GroupListing(groupId: "my-group", protocolType: "consumer", state: "Stable", type: "classic")],
            showType: false, showState: true)
        #expect(text == "GROUP                     STATE               \nmy-group                  Stable              \n")
        let typed = ConsumerGroupsFormatter.listTable(
            [GroupListing(groupId: "a-rather-long-group-name", protocolType: "consumer", state: "Empty", type: "classic")],
            showType: true, showState: true)
        #expect(
            typed.split(separator: "\n").first
                == "GROUP                              TYPE                 STATE               ")
        #expect(typed.contains("a-rather-long-group-name           Classic              Empty               \n"))
        #expect(ConsumerGroupsFormatter.listTable([], showType: false, showState: true) == "GROUP                     STATE               \n")
    }

    @Test("the offsets view starts each line with a newline and prints - for unknowns")
    func offsets() {
        let rows: [ConsumerGroupsFormatter.OffsetRow] = [
            .init(
                group: "my-group", topic: "my-topic", partition: 0, currentOffset: 2, logEndOffset: 4,
                consumerId: "console-consumer-5ad6b2b8-3c8f-4f5e-9e5c-8d1a7a6d4f1e", host: "/127.0.0.1",
                clientId: "console-consumer"),
            .init(
                group: "my-group", topic: "my-topic", partition: 1, currentOffset: nil, logEndOffset: 3,
                consumerId: nil, host: nil, clientId: nil),
        ]
        let expected = """

            GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                                           HOST            CLIENT-ID
            my-group        my-topic        0          2               4               2               console-consumer-5ad6b2b8-3c8f-4f5e-9e5c-8d1a7a6d4f1e /127.0.0.1      console-consumer
            my-group        my-topic        1          -               3               -               -                                                     -               -

            """
        #expect(ConsumerGroupsFormatter.offsetsTable(rows) == expected)
    }

    @Test("the members view has a trailing space after #PARTITIONS and the verbose assignment")
    func members() {
        let member = ConsumerGroupDescription.Member(
            memberId: "console-consumer-5ad6b2b8", groupInstanceId: nil, clientId: "console-consumer",
            host: "/127.0.0.1",
            assignment: [TopicPartition(topic: "my-topic", partition: 1), TopicPartition(topic: "my-topic", partition: 0)])
        let expected =
            "\nGROUP           CONSUMER-ID               HOST            CLIENT-ID        #PARTITIONS     ASSIGNMENT\n"
            + "my-group        console-consumer-5ad6b2b8 /127.0.0.1      console-consumer 2               my-topic(0,1)\n"
        #expect(ConsumerGroupsFormatter.membersTable(group: "my-group", members: [member], verbose: true) == expected)
        let plain = ConsumerGroupsFormatter.membersTable(group: "my-group", members: [member], verbose: false)
        #expect(plain.hasSuffix("console-consumer 2               \n"))
        var static1 = member
        static1.groupInstanceId = "instance-1"
        static1.assignment = []
        let withInstance = ConsumerGroupsFormatter.membersTable(group: "g", members: [static1], verbose: true)
        #expect(withInstance.contains("GROUP-INSTANCE-ID "))
        #expect(withInstance.hasSuffix("instance-1        /127.0.0.1      console-consumer 0               -\n"))
        #expect(
            ConsumerGroupsFormatter.assignmentText([
                TopicPartition(topic: "topic2", partition: 10), TopicPartition(topic: "topic1", partition: 0),
                TopicPartition(topic: "topic2", partition: 2),
            ]) == "topic1(0), topic2(2,10)")
    }

    @Test("the state view pads GROUP to max(25, coordinator)")
    func state() {
        let text = ConsumerGroupsFormatter.stateTable(
            group: "my-group", coordinator: "localhost:9092  (1)", assignor: "range", state: "Stable", memberCount: 2)
        #expect(
            text == """

                GROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS
                my-group                  localhost:9092  (1)       range                Stable          2

                """)
    }

    @Test("reset plans print as a table or as Kafka's CSV")
    func reset() {
        let rows = [
            ConsumerGroupsFormatter.ResetRow(group: "my-group", topicPartition: TopicPartition(topic: "my-topic", partition: 1), offset: 7),
            ConsumerGroupsFormatter.ResetRow(group: "my-group", topicPartition: TopicPartition(topic: "my-topic", partition: 0), offset: 5),
        ]
        #expect(
            ConsumerGroupsFormatter.resetTable(rows)
                == "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     "
                + "\nmy-group                       my-topic                       0          5              "
                + "\nmy-group                       my-topic                       1          7              \n")
        #expect(ConsumerGroupsFormatter.exportCSV(rows, includeGroup: false) == "my-topic,0,5\nmy-topic,1,7\n\n")
        #expect(ConsumerGroupsFormatter.exportCSV(rows, includeGroup: true) == "my-group,my-topic,0,5\nmy-group,my-topic,1,7\n\n")
        #expect(ConsumerGroupsFormatter.csvField("a,b\"c") == "\"a,b\"\"c\"")
    }

    @Test("the delete-offsets table sorts by topic+partition text")
    func deleteOffsets() {
        let text = ConsumerGroupsFormatter.deleteOffsetsTable([("t", "1", "Successful"), ("t", "0", "Successful")])
        #expect(
            text
                == "\nTOPIC                          PARTITION       STATUS         "
                + "\nt                              0               Successful     "
                + "\nt                              1               Successful     \n")
    }
}
