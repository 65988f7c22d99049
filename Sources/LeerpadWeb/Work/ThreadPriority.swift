#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The scheduling priority of the calling thread.
enum ThreadPriority {
    /// Lowers the calling thread's priority to nice `value` (0–19). On Linux the nice value belongs
    /// to the thread, so the server's event loops keep theirs; elsewhere this is a no-op.
    static func lowerCurrent(to value: Int32) {
        #if os(Linux)
            guard value > 0 else { return }
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, value)
        #endif
    }
}
