import KafkaProtocol
import Testing

@testable import KafkaClient

@Suite("Group membership state machine")
struct GroupMembershipTests {
    private let t0 = TopicPartition(topic: "t", partition: 0)
    private let t1 = TopicPartition(topic: "t", partition: 1)

    private func joined(leader: Bool = true) -> GroupMembership {
        var membership = GroupMembership()
        _ = membership.prepareJoin(rebalanceProtocol: .eager)
        _ = membership.joinCompleted(
            error: .none, memberId: "m-1", generationId: 1, protocolName: "range", leaderId: leader ? "m-1" : "m-2")
        return membership
    }

    @Test("MEMBER_ID_REQUIRED keeps the assigned member id and rejoins at once (KIP-394)")
    func memberIdRequired() {
        var membership = GroupMembership()
        _ = membership.prepareJoin(rebalanceProtocol: .eager)
        let action = membership.joinCompleted(
            error: .memberIdRequired, memberId: "m-1", generationId: -1, protocolName: nil, leaderId: "")
        #expect(action == .rejoin(backoff: false))
        #expect(membership.memberId == "m-1")
        #expect(membership.rejoinNeeded)
    }

    @Test("a successful join leads the leader to sync with an assignment, others without")
    func joinThenSync() {
        var leader = GroupMembership()
        _ = leader.prepareJoin(rebalanceProtocol: .eager)
        #expect(
            leader.joinCompleted(error: .none, memberId: "a", generationId: 3, protocolName: "range", leaderId: "a")
                == .sync(isLeader: true))
        #expect(leader.state == .completingRebalance)
        #expect(leader.generationId == 3)
        var follower = GroupMembership()
        _ = follower.prepareJoin(rebalanceProtocol: .eager)
        #expect(
            follower.joinCompleted(error: .none, memberId: "b", generationId: 3, protocolName: "range", leaderId: "a")
                == .sync(isLeader: false))
    }

    @Test("the sync answer becomes the owned partitions and the member is stable")
    func syncAssigns() {
        var membership = self.joined()
        let action = membership.syncCompleted(error: .none, assignment: [self.t1, self.t0], rebalanceProtocol: .eager)
        #expect(action == .assigned(added: [self.t0, self.t1], revoked: [], rejoin: false))
        #expect(membership.state == .stable)
        #expect(!membership.rejoinNeeded)
        #expect(membership.owned == [self.t0, self.t1])
    }

    @Test("eager rebalances give up every partition before joining; cooperative ones keep them")
    func prepareJoinByProtocol() {
        var eager = self.joined()
        _ = eager.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .eager)
        #expect(eager.prepareJoin(rebalanceProtocol: .eager) == [self.t0])
        #expect(eager.owned == [])
        var cooperative = self.joined()
        _ = cooperative.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .cooperative)
        #expect(cooperative.prepareJoin(rebalanceProtocol: .cooperative) == [])
        #expect(cooperative.owned == [self.t0])
    }

    @Test("a cooperative member that lost partitions in the sync rejoins (KIP-429)")
    func cooperativeRevocationRejoins() {
        var membership = self.joined()
        _ = membership.syncCompleted(error: .none, assignment: [self.t0, self.t1], rebalanceProtocol: .cooperative)
        _ = membership.prepareJoin(rebalanceProtocol: .cooperative)
        _ = membership.joinCompleted(error: .none, memberId: "m-1", generationId: 2, protocolName: "cooperative-sticky", leaderId: "m-1")
        let action = membership.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .cooperative)
        #expect(action == .assigned(added: [], revoked: [self.t1], rejoin: true))
        #expect(membership.rejoinNeeded)
    }

    @Test("heartbeat REBALANCE_IN_PROGRESS asks for a rejoin, keeping generation and partitions")
    func heartbeatRebalance() {
        var membership = self.joined()
        _ = membership.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .cooperative)
        #expect(membership.heartbeatCompleted(error: .rebalanceInProgress) == .rejoin(backoff: false))
        #expect(membership.rejoinNeeded)
        #expect(membership.generationId == 1)
        #expect(membership.owned == [self.t0])
    }

    @Test("UNKNOWN_MEMBER_ID forgets member id and generation; ILLEGAL_GENERATION only the generation")
    func fencedMembers() {
        var unknown = self.joined()
        _ = unknown.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .eager)
        #expect(unknown.heartbeatCompleted(error: .unknownMemberId) == .rejoin(backoff: false))
        #expect(unknown.memberId == "")
        #expect(unknown.generationId == -1)
        #expect(unknown.owned == [])
        var stale = self.joined()
        _ = stale.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .eager)
        #expect(stale.heartbeatCompleted(error: .illegalGeneration) == .rejoin(backoff: false))
        #expect(stale.memberId == "m-1")
        #expect(stale.generationId == -1)
        // A lost generation means cooperative members lose their partitions too.
        #expect(stale.prepareJoin(rebalanceProtocol: .cooperative) == [])
    }

    @Test("coordinator moves lead to a new lookup; fatal codes stop the member")
    func coordinatorAndFatal() {
        var membership = GroupMembership()
        _ = membership.prepareJoin(rebalanceProtocol: .eager)
        #expect(
            membership.joinCompleted(error: .notCoordinator, memberId: "", generationId: -1, protocolName: nil, leaderId: "")
                == .findCoordinator)
        #expect(
            membership.joinCompleted(error: .coordinatorLoadInProgress, memberId: "", generationId: -1, protocolName: nil, leaderId: "")
                == .rejoin(backoff: true))
        #expect(
            membership.joinCompleted(
                error: .inconsistentGroupProtocol, memberId: "", generationId: -1, protocolName: nil, leaderId: "")
                == .fail(.inconsistentGroupProtocol))
        #expect(
            membership.joinCompleted(error: .fencedInstanceId, memberId: "", generationId: -1, protocolName: nil, leaderId: "")
                == .fail(.fencedInstanceId))
    }

    @Test("leaving gives up the partitions and forgets the member id")
    func leave() {
        var membership = self.joined()
        _ = membership.syncCompleted(error: .none, assignment: [self.t0], rebalanceProtocol: .eager)
        #expect(membership.left() == [self.t0])
        #expect(membership.memberId == "")
        #expect(membership.state == .unjoined)
    }
}
