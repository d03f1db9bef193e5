import Foundation
import KafkaTools

/// What a shell offers for an option's argument. Topic and group names come from a local cache
/// refreshed in the background (see `CompletionCache`), so Tab never waits for a broker.
enum CompletionValue: Equatable {
    /// Nothing to offer (the argument is free text).
    case none
    /// Topic names of the cluster named by `--bootstrap-server`.
    case topics
    /// Consumer group ids of that cluster.
    case groups
    /// Paths.
    case files

    /// Decided by the option's name and argument name, so a new tool's options complete without
    /// extra declarations: `--topic`/`--include` take topics, `--group` groups, an argument whose
    /// name mentions a file takes a path.
    static func of(_ option: OptionSpec) -> CompletionValue {
        guard option.argumentKind != .none else { return .none }
        switch option.name {
        case "topic", "include": return .topics
        case "group": return .groups
        default: break
        }
        if let argument = option.argumentName?.lowercased(), argument.contains("file") { return .files }
        if option.name.hasSuffix(".config") || option.name == "command-config" { return .files }
        return .none
    }
}

/// The shell-independent part of the name cache: a POSIX `sh` script that refreshes one cache file
/// in the background with a hard timeout, and the cache file's naming.
enum CompletionCache {
    /// `sh -c SCRIPT sh KIND BOOTSTRAP FILE` starts the refresh and returns at once: the lister runs
    /// in a background subshell under `timeout`, writes a temporary file and renames it over the
    /// cache, so a slow or absent broker never blocks Tab and never leaves a half-written cache.
    static let refreshScript =
        "lister=ktopics; [ \"$1\" = groups ] && lister=kconsumer-groups; "
        + "command -v timeout >/dev/null 2>&1 || exit 0; command -v \"$lister\" >/dev/null 2>&1 || exit 0; "
        + "mkdir -p \"${3%/*}\" || exit 0; "
        + "( timeout \"${KAFKA_SWIFT_COMPLETION_TIMEOUT:-2}\" \"$lister\" --bootstrap-server \"$2\" --list "
        + ">\"$3.tmp.$$\" 2>/dev/null && mv -f \"$3.tmp.$$\" \"$3\"; rm -f \"$3.tmp.$$\" ) "
        + "</dev/null >/dev/null 2>&1 &"

    /// The cache directory expression (shell syntax shared by bash and zsh).
    static let directory = "${KAFKA_SWIFT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kafka-swift}"

    /// Seconds... minutes after which a cache file is refreshed again (find -mmin).
    static let maxAgeMinutes = 1
}
