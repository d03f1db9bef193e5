import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore

/// The classic group protocol as a state machine over every group this coordinator owns (Kafka
/// GroupMetadataManager.java, classic part; GroupCoordinator.scala before it).
///
/// Pure: every call takes the wall-clock time in milliseconds and returns the `GroupAction`s its
/// owner performs (answer a waiting JoinGroup or SyncGroup, write group metadata). Time passes
/// only through `expire(nowMs:)`, which the owner calls at `nextDeadlineMs`. Owned by the
/// `GroupCoordinator` actor; tests drive it with their own clock.
struct GroupCoordinatorState: Sendable {
    var settings: GroupCoordinatorSettings
    private(set) var groups: [String: ClassicGroup] = [:]
    /// Makes the random part of new member ids (Kafka uses a UUID).
    private let newMemberSuffix: @Sendable () -> String

    init(settings: GroupCoordinatorSettings, newMemberSuffix: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.settings = settings
        self.newMemberSuffix = newMemberSuffix
    }

    func group(_ groupId: String) -> ClassicGroup? { self.groups[groupId] }

    mutating func setGroup(_ group: ClassicGroup) { self.groups[group.groupId] = group }
    mutating func removeGroup(_ groupId: String) { self.groups[groupId] = nil }

    // MARK: JoinGroup

    /// Handles a JoinGroup (Kafka `classicGroupJoin`). The answer comes as a `.completeJoin` for
    /// `token`, at once or when the join phase ends.
    mutating func join(_ request: JoinGroupParameters, token: GroupRequestToken, nowMs: Int64) -> [GroupAction] {
        func fail(_ error: ErrorCode, memberId: String = request.memberId) -> [GroupAction] {
            [.completeJoin(token, JoinGroupResult(error: error, memberId: memberId))]
        }
        guard !request.groupId.isEmpty else { return fail(.invalidGroupId) }
        guard request.sessionTimeoutMs >= self.settings.minSessionTimeoutMs,
            request.sessionTimeoutMs <= self.settings.maxSessionTimeoutMs
        else { return fail(.invalidSessionTimeout) }
        let isUnknownMember = request.memberId.isEmpty
        let isNewGroup = self.groups[request.groupId] == nil
        if isNewGroup {
            // Kafka answers a known member id for a group it does not have with UNKNOWN_MEMBER_ID.
            guard isUnknownMember else { return fail(.unknownMemberId) }
            self.groups[request.groupId] = ClassicGroup(groupId: request.groupId, nowMs: nowMs)
        }
        var group = self.groups[request.groupId]!
        var actions: [GroupAction]
        if group.state == .dead {
            actions = fail(.coordinatorNotAvailable)
        } else if !self.acceptsJoiningMember(group, memberId: request.memberId) {
            actions = fail(.groupMaxSizeReached)
        } else if isUnknownMember {
            actions = self.joinNewMember(&group, request, token: token, nowMs: nowMs)
        } else {
            actions = self.joinCurrentMember(&group, request, token: token, nowMs: nowMs)
        }
        // A group created by a join that failed at once is not kept (Kafka removes it too).
        if isNewGroup && group.isEmpty && group.pendingMembers.isEmpty && group.offsets.isEmpty && group.state == .empty {
            self.groups[request.groupId] = nil
        } else {
            self.groups[request.groupId] = group
        }
        return actions
    }

    /// Kafka `acceptJoiningMember`: room for the member under `group.max.size`.
    private func acceptsJoiningMember(_ group: ClassicGroup, memberId: String) -> Bool {
        switch group.state {
        case .empty, .dead:
            return true
        case .preparingRebalance:
            return (group.has(memberId) && group.member(memberId)?.awaitingJoin != nil)
                || group.membersAwaitingJoin < self.settings.maxSize
        case .completingRebalance, .stable:
            return group.has(memberId) || group.memberCount < self.settings.maxSize
        }
    }

    private mutating func joinNewMember(
        _ group: inout ClassicGroup, _ request: JoinGroupParameters, token: GroupRequestToken, nowMs: Int64
    ) -> [GroupAction] {
        guard group.supportsProtocols(request.protocolType, request.protocols) else {
            return [.completeJoin(token, JoinGroupResult(error: .inconsistentGroupProtocol, memberId: ""))]
        }
        let newMemberId = (request.groupInstanceId ?? request.clientId) + "-" + self.newMemberSuffix()
        if let instanceId = request.groupInstanceId {
            if let oldMemberId = group.staticMembers[instanceId] {
                return self.rejoinStaticMember(
                    &group, request, oldMemberId: oldMemberId, newMemberId: newMemberId, token: token, nowMs: nowMs)
            }
            return self.addMemberAndRebalance(&group, request, memberId: newMemberId, token: token, nowMs: nowMs)
        }
        if request.requireKnownMemberId {
            // KIP-394: the id is handed out first, so a client that never comes back holds no slot
            // beyond its session timeout.
            group.pendingMembers[newMemberId] = nowMs + Int64(request.sessionTimeoutMs)
            return [.completeJoin(token, JoinGroupResult(error: .memberIdRequired, memberId: newMemberId))]
        }
        return self.addMemberAndRebalance(&group, request, memberId: newMemberId, token: token, nowMs: nowMs)
    }

    private mutating func joinCurrentMember(
        _ group: inout ClassicGroup, _ request: JoinGroupParameters, token: GroupRequestToken, nowMs: Int64
    ) -> [GroupAction] {
        let memberId = request.memberId
        func fail(_ error: ErrorCode) -> [GroupAction] {
            [.completeJoin(token, JoinGroupResult(error: error, memberId: memberId))]
        }
        guard group.supportsProtocols(request.protocolType, request.protocols) else {
            return fail(.inconsistentGroupProtocol)
        }
        if group.pendingMembers[memberId] != nil && request.groupInstanceId == nil {
            return self.addMemberAndRebalance(&group, request, memberId: memberId, token: token, nowMs: nowMs)
        }
        if let error = Self.validateMember(group, memberId: memberId, groupInstanceId: request.groupInstanceId) {
            return fail(error)
        }
        guard let member = group.member(memberId) else { return fail(.unknownMemberId) }
        switch group.state {
        case .preparingRebalance:
            return self.updateMemberAndRebalance(&group, request, token: token, nowMs: nowMs)
        case .completingRebalance:
            if member.matches(request.protocols) {
                // A member that missed the join answer gets it again (Kafka, same case).
                return [.completeJoin(token, self.currentJoinResult(group, memberId: memberId, includeMembers: group.isLeader(memberId)))]
            }
            return self.updateMemberAndRebalance(&group, request, token: token, nowMs: nowMs)
        case .stable:
            if group.isLeader(memberId) || !member.matches(request.protocols) {
                // The leader rejoining means it wants a new assignment (its metadata may have changed).
                return self.updateMemberAndRebalance(&group, request, token: token, nowMs: nowMs)
            }
            group.update(memberId) { $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs) }
            return [.completeJoin(token, self.currentJoinResult(group, memberId: memberId, includeMembers: false))]
        case .empty, .dead:
            return fail(.unknownMemberId)
        }
    }

    /// A static member coming back with a new member id (Kafka `classicGroupJoinExistingStaticMember`):
    /// its old id is fenced; in a stable group with unchanged protocols it gets its assignment
    /// back without a rebalance.
    private mutating func rejoinStaticMember(
        _ group: inout ClassicGroup, _ request: JoinGroupParameters, oldMemberId: String, newMemberId: String,
        token: GroupRequestToken, nowMs: Int64
    ) -> [GroupAction] {
        var actions: [GroupAction] = []
        let old = group.member(oldMemberId)
        if let joinToken = old?.awaitingJoin {
            actions.append(.completeJoin(joinToken, JoinGroupResult(error: .fencedInstanceId, memberId: oldMemberId)))
        }
        if let syncToken = old?.awaitingSync {
            actions.append(.completeSync(syncToken, SyncGroupResult(error: .fencedInstanceId)))
        }
        let oldProtocols = old?.protocols ?? []
        group.replaceStaticMember(instanceId: request.groupInstanceId!, oldMemberId: oldMemberId, newMemberId: newMemberId)
        group.update(newMemberId) {
            $0.clientId = request.clientId
            $0.clientHost = request.clientHost
            $0.rebalanceTimeoutMs = request.rebalanceTimeoutMs
            $0.sessionTimeoutMs = request.sessionTimeoutMs
            $0.heartbeatDeadlineMs = nowMs + Int64(request.sessionTimeoutMs)
        }
        let isLeader = group.isLeader(newMemberId)
        let canSkipRebalance =
            group.state == .stable && request.protocols == oldProtocols && (!isLeader || request.version >= 9)
        guard canSkipRebalance else {
            let memberRequest = JoinGroupParameters(
                groupId: request.groupId, memberId: newMemberId, groupInstanceId: request.groupInstanceId,
                requireKnownMemberId: false, version: request.version, clientId: request.clientId,
                clientHost: request.clientHost, rebalanceTimeoutMs: request.rebalanceTimeoutMs,
                sessionTimeoutMs: request.sessionTimeoutMs, protocolType: request.protocolType, protocols: request.protocols)
            return actions + self.updateMemberAndRebalance(&group, memberRequest, token: token, nowMs: nowMs)
        }
        // The new member id must be durable before the member uses it (Kafka stores the group first).
        actions.append(.storeGroup(groupId: group.groupId, generationId: group.generationId, completesAssignment: false))
        var result = self.currentJoinResult(group, memberId: newMemberId, includeMembers: isLeader)
        result.skipAssignment = isLeader
        actions.append(.completeJoin(token, result))
        return actions
    }

    /// Kafka `validateMember` for a member naming itself: a static member must use the id its
    /// instance id holds now.
    static func validateMember(_ group: ClassicGroup, memberId: String, groupInstanceId: String?) -> ErrorCode? {
        if let instanceId = groupInstanceId {
            guard let current = group.staticMembers[instanceId] else { return .unknownMemberId }
            if current != memberId { return .fencedInstanceId }
            return nil
        }
        return group.has(memberId) ? nil : .unknownMemberId
    }

    private mutating func addMemberAndRebalance(
        _ group: inout ClassicGroup, _ request: JoinGroupParameters, memberId: String, token: GroupRequestToken,
        nowMs: Int64
    ) -> [GroupAction] {
        var member = ClassicGroupMember(
            memberId: memberId, groupInstanceId: request.groupInstanceId, clientId: request.clientId,
            clientHost: request.clientHost, rebalanceTimeoutMs: request.rebalanceTimeoutMs,
            sessionTimeoutMs: request.sessionTimeoutMs, protocolType: request.protocolType, protocols: request.protocols)
        member.awaitingJoin = token
        member.awaitingJoinVersion = request.version
        member.heartbeatDeadlineMs = nowMs + Int64(request.sessionTimeoutMs)
        group.add(member)
        if group.state == .preparingRebalance, group.initialRebalance != nil {
            group.initialRebalance!.newMemberAdded = true
        }
        return self.maybePrepareRebalance(&group, nowMs: nowMs) + self.maybeCompleteJoin(&group, nowMs: nowMs)
    }

    private mutating func updateMemberAndRebalance(
        _ group: inout ClassicGroup, _ request: JoinGroupParameters, token: GroupRequestToken, nowMs: Int64
    ) -> [GroupAction] {
        var actions: [GroupAction] = []
        if let previous = group.member(request.memberId)?.awaitingJoin {
            // A second JoinGroup replaces the first, which would otherwise never be answered.
            actions.append(.completeJoin(previous, JoinGroupResult(error: .rebalanceInProgress, memberId: request.memberId)))
        }
        group.update(request.memberId) {
            $0.protocols = request.protocols
            $0.rebalanceTimeoutMs = request.rebalanceTimeoutMs
            $0.sessionTimeoutMs = request.sessionTimeoutMs
            $0.clientId = request.clientId
            $0.clientHost = request.clientHost
            $0.awaitingJoin = token
            $0.awaitingJoinVersion = request.version
            $0.heartbeatDeadlineMs = nowMs + Int64(request.sessionTimeoutMs)
        }
        return actions + self.maybePrepareRebalance(&group, nowMs: nowMs) + self.maybeCompleteJoin(&group, nowMs: nowMs)
    }

    /// Starts a rebalance unless one is under way (Kafka `maybePrepareRebalance`).
    private mutating func maybePrepareRebalance(_ group: inout ClassicGroup, nowMs: Int64) -> [GroupAction] {
        guard group.state == .stable || group.state == .completingRebalance || group.state == .empty else { return [] }
        return self.prepareRebalance(&group, nowMs: nowMs)
    }

    /// Kafka `prepareRebalance`: pending SyncGroups learn of the new rebalance; an empty group
    /// waits `group.initial.rebalance.delay.ms` (extended while members keep arriving, up to the
    /// rebalance timeout), any other group up to the rebalance timeout for its members to rejoin.
    private mutating func prepareRebalance(_ group: inout ClassicGroup, nowMs: Int64) -> [GroupAction] {
        var actions: [GroupAction] = []
        if group.state == .completingRebalance {
            actions += Self.propagateAssignmentError(&group, .rebalanceInProgress)
        }
        group.pendingSyncMembers = []
        group.syncDeadlineMs = nil
        if group.state == .empty {
            let delay = self.settings.initialRebalanceDelayMs
            group.initialRebalance = (max(group.rebalanceTimeoutMs - delay, 0), false)
            group.rebalanceDeadlineMs = nowMs + delay
        } else {
            group.initialRebalance = nil
            group.rebalanceDeadlineMs = nowMs + group.rebalanceTimeoutMs
        }
        group.transition(to: .preparingRebalance, nowMs: nowMs)
        return actions
    }

    /// Answers every waiting SyncGroup with `error` (Kafka `resetAndPropagateAssignmentError`).
    private static func propagateAssignmentError(_ group: inout ClassicGroup, _ error: ErrorCode) -> [GroupAction] {
        var actions: [GroupAction] = []
        for member in group.allMembers {
            guard let token = member.awaitingSync else { continue }
            actions.append(.completeSync(token, SyncGroupResult(error: error)))
            group.update(member.memberId) { $0.awaitingSync = nil }
        }
        group.pendingAssignment = nil
        return actions
    }

    /// Ends the join phase when every member is back, or when its deadline passed (Kafka
    /// DelayedJoin / InitialDelayedJoin).
    private mutating func maybeCompleteJoin(_ group: inout ClassicGroup, nowMs: Int64) -> [GroupAction] {
        guard group.state == .preparingRebalance else { return [] }
        if let initial = group.initialRebalance {
            guard let deadline = group.rebalanceDeadlineMs, deadline <= nowMs else { return [] }
            if initial.newMemberAdded && initial.remainingMs > 0 {
                let delay = min(self.settings.initialRebalanceDelayMs, initial.remainingMs)
                group.initialRebalance = (initial.remainingMs - delay, false)
                group.rebalanceDeadlineMs = nowMs + delay
                // A zero delay cannot wait; finish now.
                if delay > 0 { return [] }
            }
            return self.completeJoin(&group, nowMs: nowMs)
        }
        if group.hasAllMembersJoined || (group.rebalanceDeadlineMs ?? .max) <= nowMs {
            return self.completeJoin(&group, nowMs: nowMs)
        }
        return []
    }

    /// Kafka `completeClassicGroupJoin`: dynamic members that did not rejoin are removed, a new
    /// generation starts with the protocol the members vote for, and every waiting member gets
    /// its answer, the leader with the member list.
    private mutating func completeJoin(_ group: inout ClassicGroup, nowMs: Int64) -> [GroupAction] {
        var actions: [GroupAction] = []
        for member in group.allMembers where member.awaitingJoin == nil && !member.isStatic {
            group.remove(member.memberId)
        }
        group.rebalanceDeadlineMs = nil
        group.initialRebalance = nil
        if group.isEmpty {
            group.generationId += 1
            group.protocolName = nil
            group.subscribedTopics = nil
            group.transition(to: .empty, nowMs: nowMs)
            actions.append(.storeGroup(groupId: group.groupId, generationId: group.generationId, completesAssignment: false))
            return actions
        }
        if group.membersAwaitingJoin == 0 {
            // Only static members that have not rejoined are left: wait for them another round.
            group.rebalanceDeadlineMs = nowMs + group.rebalanceTimeoutMs
            return actions
        }
        if let leader = group.leaderId, group.member(leader)?.awaitingJoin == nil {
            // The leader must be a member that rejoined (Kafka `maybeElectNewJoinedLeader`).
            group.leaderId = group.allMembers.first { $0.awaitingJoin != nil }?.memberId
        }
        group.generationId += 1
        group.protocolName = group.selectProtocol()
        group.subscribedTopics = group.computeSubscribedTopics()
        group.transition(to: .completingRebalance, nowMs: nowMs)
        group.pendingSyncMembers = Set(group.allMembers.map(\.memberId))
        group.syncDeadlineMs = nowMs + group.rebalanceTimeoutMs
        for member in group.allMembers {
            guard let token = member.awaitingJoin else { continue }
            let result = self.currentJoinResult(group, memberId: member.memberId, includeMembers: group.isLeader(member.memberId))
            actions.append(.completeJoin(token, result))
            group.update(member.memberId) {
                $0.awaitingJoin = nil
                $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs)
            }
        }
        return actions
    }

    /// The JoinGroup answer for the group's current generation.
    private func currentJoinResult(_ group: ClassicGroup, memberId: String, includeMembers: Bool) -> JoinGroupResult {
        var result = JoinGroupResult(error: .none, memberId: memberId)
        result.generationId = group.generationId
        result.protocolType = group.protocolType
        result.protocolName = group.protocolName
        result.leaderId = group.leaderId ?? ""
        if includeMembers, let protocolName = group.protocolName {
            result.members = group.allMembers.map {
                JoinedMember(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId, metadata: $0.metadata(for: protocolName) ?? ByteBuffer())
            }
        }
        return result
    }

    // MARK: SyncGroup

    /// Handles a SyncGroup (Kafka `classicGroupSync`). The answer comes as a `.completeSync` for
    /// `token`: at once, or for the leader's generation once its assignment is stored.
    mutating func sync(
        groupId: String, generationId: Int32, memberId: String, groupInstanceId: String?, protocolType: String?,
        protocolName: String?, assignments: [String: ByteBuffer], token: GroupRequestToken, nowMs: Int64
    ) -> [GroupAction] {
        func fail(_ error: ErrorCode) -> [GroupAction] { [.completeSync(token, SyncGroupResult(error: error))] }
        // Kafka's GroupCoordinatorService refuses the empty group id before looking for the group.
        guard !groupId.isEmpty else { return fail(.invalidGroupId) }
        guard var group = self.groups[groupId] else { return fail(.unknownMemberId) }
        if group.state == .dead { return fail(.coordinatorNotAvailable) }
        if let error = Self.validateMember(group, memberId: memberId, groupInstanceId: groupInstanceId) { return fail(error) }
        guard generationId == group.generationId else { return fail(.illegalGeneration) }
        if let protocolType, protocolType != group.protocolType { return fail(.inconsistentGroupProtocol) }
        if let protocolName, protocolName != group.protocolName { return fail(.inconsistentGroupProtocol) }
        var actions: [GroupAction] = []
        switch group.state {
        case .empty, .dead:
            return fail(.unknownMemberId)
        case .preparingRebalance:
            return fail(.rebalanceInProgress)
        case .completingRebalance:
            group.pendingSyncMembers.remove(memberId)
            group.update(memberId) {
                $0.awaitingSync = token
                $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs)
            }
            if group.isLeader(memberId) {
                // Members the leader left out get an empty assignment (Kafka does the same).
                var complete: [String: ByteBuffer] = [:]
                for id in group.allMembers.map(\.memberId) { complete[id] = assignments[id] ?? ByteBuffer() }
                group.pendingAssignment = complete
                actions.append(.storeGroup(groupId: groupId, generationId: group.generationId, completesAssignment: true))
            }
        case .stable:
            group.pendingSyncMembers.remove(memberId)
            group.update(memberId) { $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs) }
            let member = group.member(memberId)!
            actions.append(
                .completeSync(
                    token,
                    SyncGroupResult(error: .none, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment)))
        }
        self.groups[groupId] = group
        return actions
    }

    /// The outcome of the leader's group metadata write: on success every member gets its
    /// assignment and the group is Stable; on failure the waiting members get the error and the
    /// group rebalances (Kafka `classicGroupSync` store callback).
    mutating func assignmentStored(groupId: String, generationId: Int32, error: ErrorCode, nowMs: Int64) -> [GroupAction] {
        guard var group = self.groups[groupId], group.state == .completingRebalance, group.generationId == generationId,
            let assignment = group.pendingAssignment
        else { return [] }
        var actions: [GroupAction] = []
        if error == .none {
            for member in group.allMembers {
                let bytes = assignment[member.memberId] ?? ByteBuffer()
                group.update(member.memberId) { $0.assignment = bytes }
                if let token = member.awaitingSync {
                    actions.append(
                        .completeSync(
                            token, SyncGroupResult(error: .none, protocolType: group.protocolType, protocolName: group.protocolName, assignment: bytes)))
                    group.update(member.memberId) { $0.awaitingSync = nil }
                }
            }
            group.pendingAssignment = nil
            group.transition(to: .stable, nowMs: nowMs)
        } else {
            actions += Self.propagateAssignmentError(&group, error)
            actions += self.maybePrepareRebalance(&group, nowMs: nowMs)
        }
        self.groups[groupId] = group
        return actions
    }

    // MARK: Heartbeat

    /// Handles a Heartbeat (Kafka `classicGroupHeartbeat`).
    mutating func heartbeat(groupId: String, generationId: Int32, memberId: String, groupInstanceId: String?, nowMs: Int64)
        -> ErrorCode
    {
        guard !groupId.isEmpty else { return .invalidGroupId }
        guard var group = self.groups[groupId] else { return .unknownMemberId }
        if group.state == .dead { return .coordinatorNotAvailable }
        if let error = Self.validateMember(group, memberId: memberId, groupInstanceId: groupInstanceId) { return error }
        guard generationId == group.generationId else { return .illegalGeneration }
        switch group.state {
        case .empty, .dead:
            return .unknownMemberId
        case .preparingRebalance:
            group.update(memberId) { $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs) }
            self.groups[groupId] = group
            return .rebalanceInProgress
        case .completingRebalance, .stable:
            group.update(memberId) { $0.heartbeatDeadlineMs = nowMs + Int64($0.sessionTimeoutMs) }
            self.groups[groupId] = group
            return .none
        }
    }

    // MARK: LeaveGroup

    /// A member named in a LeaveGroup.
    struct LeavingMember: Sendable {
        var memberId: String
        var groupInstanceId: String?
    }

    /// Handles a LeaveGroup (Kafka `classicGroupLeave`).
    /// - Returns: the group-level error, each member's error in request order, and the actions.
    mutating func leave(groupId: String, members: [LeavingMember], nowMs: Int64)
        -> (error: ErrorCode, memberErrors: [ErrorCode], actions: [GroupAction])
    {
        guard !groupId.isEmpty else { return (.invalidGroupId, [], []) }
        guard var group = self.groups[groupId] else {
            return (.none, members.map { _ in .unknownMemberId }, [])
        }
        if group.state == .dead { return (.coordinatorNotAvailable, [], []) }
        var errors: [ErrorCode] = []
        var actions: [GroupAction] = []
        for leaving in members {
            var memberId = leaving.memberId
            if memberId.isEmpty, let instanceId = leaving.groupInstanceId {
                guard let current = group.staticMembers[instanceId] else {
                    errors.append(.unknownMemberId)
                    continue
                }
                memberId = current
            } else if let instanceId = leaving.groupInstanceId, let current = group.staticMembers[instanceId], current != memberId {
                errors.append(.fencedInstanceId)
                continue
            }
            if group.pendingMembers.removeValue(forKey: memberId) != nil {
                errors.append(.none)
                actions += self.maybeCompleteJoin(&group, nowMs: nowMs)
                continue
            }
            guard group.has(memberId) else {
                errors.append(.unknownMemberId)
                continue
            }
            errors.append(.none)
            actions += self.removeMemberAndUpdateGroup(&group, memberId: memberId, nowMs: nowMs)
        }
        self.groups[groupId] = group
        return (.none, errors, actions)
    }

    /// Kafka `removeMemberAndUpdateGroup`: the member's waiting requests learn it is gone, and
    /// the others rebalance.
    private mutating func removeMemberAndUpdateGroup(_ group: inout ClassicGroup, memberId: String, nowMs: Int64)
        -> [GroupAction]
    {
        var actions: [GroupAction] = []
        guard let member = group.remove(memberId) else { return [] }
        if let token = member.awaitingJoin {
            actions.append(.completeJoin(token, JoinGroupResult(error: .unknownMemberId, memberId: memberId)))
        }
        if let token = member.awaitingSync {
            actions.append(.completeSync(token, SyncGroupResult(error: .unknownMemberId)))
        }
        switch group.state {
        case .dead, .empty:
            break
        case .preparingRebalance:
            actions += self.maybeCompleteJoin(&group, nowMs: nowMs)
        case .stable, .completingRebalance:
            actions += self.prepareRebalance(&group, nowMs: nowMs)
            actions += self.maybeCompleteJoin(&group, nowMs: nowMs)
        }
        return actions
    }

    // MARK: Time

    /// The earliest time `expire` has something to do, nil when nothing waits.
    var nextDeadlineMs: Int64? {
        var earliest: Int64?
        func consider(_ value: Int64?) {
            guard let value else { return }
            earliest = min(earliest ?? value, value)
        }
        for group in self.groups.values {
            group.pendingMembers.values.forEach(consider)
            for member in group.allMembers where member.awaitingJoin == nil && member.awaitingSync == nil {
                consider(member.heartbeatDeadlineMs)
            }
            if group.state == .preparingRebalance { consider(group.rebalanceDeadlineMs) }
            if !group.pendingSyncMembers.isEmpty { consider(group.syncDeadlineMs) }
        }
        return earliest
    }

    /// Applies every deadline up to `nowMs`: member ids handed out but never used lapse, members
    /// whose session ran out are removed (members waiting on a join or sync are held by the
    /// rebalance timeout instead, as in Kafka), join phases end, and members that did not sync
    /// in time are removed (Kafka's heartbeat, join and sync timeouts).
    mutating func expire(nowMs: Int64) -> [GroupAction] {
        var actions: [GroupAction] = []
        for groupId in self.groups.keys.sorted() {
            guard var group = self.groups[groupId] else { continue }
            for (memberId, deadline) in group.pendingMembers where deadline <= nowMs {
                group.pendingMembers[memberId] = nil
            }
            for member in group.allMembers
            where member.awaitingJoin == nil && member.awaitingSync == nil && member.heartbeatDeadlineMs <= nowMs {
                actions += self.removeMemberAndUpdateGroup(&group, memberId: member.memberId, nowMs: nowMs)
            }
            actions += self.maybeCompleteJoin(&group, nowMs: nowMs)
            if !group.pendingSyncMembers.isEmpty, let deadline = group.syncDeadlineMs, deadline <= nowMs,
                group.state == .completingRebalance || group.state == .stable
            {
                let late = group.pendingSyncMembers
                group.pendingSyncMembers = []
                group.syncDeadlineMs = nil
                for memberId in late.sorted() {
                    actions += self.removeMemberAndUpdateGroup(&group, memberId: memberId, nowMs: nowMs)
                }
            }
            self.groups[groupId] = group
        }
        return actions
    }
}
