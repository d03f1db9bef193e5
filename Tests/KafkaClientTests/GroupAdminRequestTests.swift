import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaClient

@Suite("Admin group requests and responses")
struct GroupAdminRequestTests {
    private let t0 = TopicPartition(topic: "t", partition: 0)
    private let u1 = TopicPartition(topic: "u", partition: 1)

    @Test("OffsetFetch names the group at the top level before v8 and in groups from v8")
    func offsetFetchRequest() {
        let old = OffsetFetchCodec.request(groupId: "g", partitions: [self.u1, self.t0], version: 7)
        #expect(old.groupId == "g")
        #expect(old.requireStable)
        #expect(old.topics?.map(\.name) == ["t", "u"])
        let new = OffsetFetchCodec.request(groupId: "g", partitions: nil, version: 8)
        #expect(new.groups.first?.groupId == "g")
        #expect(new.groups.first?.topics == nil)
        #expect(OffsetFetchCodec.request(groupId: "g", partitions: nil, version: 6).requireStable == false)
    }

    @Test("OffsetFetch answers become offsets; errors throw with their code")
    func offsetFetchResponse() throws {
        var response = OffsetFetchResponse()
        response.groups = [
            .init(
                groupId: "g",
                topics: [
                    .init(name: "t", partitions: [.init(partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: -1, metadata: "", errorCode: 0)])
                ], errorCode: 0)
        ]
        #expect(try OffsetFetchCodec.offsets(of: response, groupId: "g", version: 8) == [self.t0: 5])
        response.groups[0].errorCode = ErrorCode.groupAuthorizationFailed.rawValue
        #expect(throws: KafkaApiError.self) { try OffsetFetchCodec.offsets(of: response, groupId: "g", version: 8) }
        var old = OffsetFetchResponse()
        old.topics = [.init(name: "u", partitions: [.init(partitionIndex: 1, committedOffset: -1, committedLeaderEpoch: -1, metadata: "", errorCode: 0)])]
        #expect(try OffsetFetchCodec.offsets(of: old, groupId: "g", version: 5) == [self.u1: -1])
    }

    @Test("OffsetCommit for an admin reset carries generation -1 and no member id")
    func offsetCommitRequest() {
        let request = ConsumerCoordinator.offsetCommitRequest(
            groupId: "g", generationId: -1, memberId: "", groupInstanceId: nil, offsets: [self.u1: 7, self.t0: 3],
            metadata: "")
        #expect(request.generationIdOrMemberEpoch == -1)
        #expect(request.memberId == "")
        #expect(request.topics.map(\.name) == ["t", "u"])
        #expect(request.topics[1].partitions.first?.committedOffset == 7)
    }

    @Test("DescribeGroups members' assignments are decoded from the consumer protocol")
    func describeDecodesAssignments() throws {
        var member = DescribeGroupsResponse.DescribedGroupMember()
        member.memberId = "m-1"
        member.clientId = "c"
        member.clientHost = "/127.0.0.1"
        member.memberAssignment = try ConsumerProtocol.encode(GroupAssignment(partitions: [self.t0, self.u1]))
        var group = DescribeGroupsResponse.DescribedGroup()
        group.groupId = "g"
        group.groupState = "Stable"
        group.protocolType = "consumer"
        group.protocolData = "range"
        group.members = [member]
        let description = KafkaAdminClient.description(of: group, coordinator: nil)
        #expect(description.assignor == "range")
        #expect(description.members.first?.assignment == [self.t0, self.u1])
        #expect(description.members.first?.host == "/127.0.0.1")
    }
}
