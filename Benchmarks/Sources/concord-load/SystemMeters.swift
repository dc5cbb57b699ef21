import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// CPU time and memory of this process and of the PostgreSQL server's processes, read from
/// getrusage and /proc, and what the machine is.
enum SystemMeters {
    /// CPU seconds (user + system) used so far.
    struct CPU {
        var benchmark: Double
        var server: Double

        static func - (lhs: CPU, rhs: CPU) -> CPU {
            CPU(benchmark: lhs.benchmark - rhs.benchmark, server: lhs.server - rhs.server)
        }
    }

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// This process's user + system time, and the server's: the postmaster (with the children it
    /// has reaped) and every live backend and helper process it started.
    static func cpu(serverSocketDirectory: String) -> CPU {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let benchmark = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var server = 0.0
        for process in serverProcesses(socketDirectory: serverSocketDirectory) {
            server += Double(process.utime + process.stime + (process.isPostmaster ? process.cutime + process.cstime : 0)) / ticks
        }
        return CPU(benchmark: benchmark, server: server)
    }

    /// Resident memory of this process now and at its peak, in MiB.
    static func memory() -> (resident: Double, peak: Double) {
        (statusField("VmRSS", pid: "self"), statusField("VmHWM", pid: "self"))
    }

    /// The server's proportional share of memory (shared buffers counted once), in MiB, and how many processes it has.
    static func serverMemory(socketDirectory: String) -> (megabytes: Double, processes: Int) {
        let processes = serverProcesses(socketDirectory: socketDirectory)
        var kilobytes = 0.0
        for process in processes {
            guard let rollup = try? String(contentsOfFile: "/proc/\(process.pid)/smaps_rollup", encoding: .utf8),
                  let line = rollup.split(separator: "\n").first(where: { $0.hasPrefix("Pss:") }),
                  let value = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { continue }
            kilobytes += value
        }
        return (kilobytes / 1024, processes.count)
    }

    /// "2 × Intel(R) Xeon(R) ... , 24 GiB".
    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
        let memory = statusField("MemTotal", file: "/proc/meminfo") / 1_048_576
        return String(format: "%d cores (nproc), %@, %.0f GiB RAM", cores, model, memory)
    }

    // MARK: - /proc

    private struct ProcessTimes {
        var pid: Int32
        var isPostmaster: Bool
        var utime: Int
        var stime: Int
        var cutime: Int
        var cstime: Int
    }

    /// The postmaster whose command line names the cluster's socket directory, and its children.
    private static func serverProcesses(socketDirectory: String) -> [ProcessTimes] {
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init)
        var postmaster: Int32?
        for pid in pids {
            guard let command = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")) else { continue }
            let words = command.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if words.first?.hasSuffix("/postgres") == true, words.contains(socketDirectory) {
                postmaster = pid
                break
            }
        }
        guard let postmaster else { return [] }
        return pids.compactMap { pid in
            guard let times = stat(pid), times.pid == postmaster || times.parent == postmaster else { return nil }
            return ProcessTimes(pid: pid, isPostmaster: pid == postmaster, utime: times.utime, stime: times.stime,
                                cutime: times.cutime, cstime: times.cstime)
        }
    }

    /// Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses).
    private static func stat(_ pid: Int32) -> (pid: Int32, parent: Int32, utime: Int, stime: Int, cutime: Int, cstime: Int)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // After ")": state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17).
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 15, let parent = Int32(fields[1]), let utime = Int(fields[11]), let stime = Int(fields[12]),
              let cutime = Int(fields[13]), let cstime = Int(fields[14]) else { return nil }
        return (pid, parent, utime, stime, cutime, cstime)
    }

    private static func statusField(_ name: String, pid: String) -> Double {
        statusField(name, file: "/proc/\(pid)/status") / 1024
    }

    /// A "Name:   1234 kB" field, in kB.
    private static func statusField(_ name: String, file: String) -> Double {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
              let value = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return value
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}
