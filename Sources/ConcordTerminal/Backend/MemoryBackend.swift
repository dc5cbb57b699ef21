/// A terminal in memory, shipped in the module (like SwiftNIO's `NIOEmbedded`) so every
/// module's tests drive screens the same way: script events, run the loop, inspect frames.
///
/// Time is virtual: an ``Step/idle(_:)`` step lets the loop's polls time out until that much
/// (virtual) time has passed, which delivers ticks without any real waiting. When the
/// script runs out, input is closed and the event loop returns.
///
/// ```swift
/// let backend = MemoryBackend(size: Size(width: 80, height: 24))
/// backend.script([.key(.char("j")), .key(.enter), .key(.char("q"))])
/// let reason = try EventLoop(backend: backend, clock: backend.clock).run(app)
/// #expect(backend.lastFrame?.plainText() == expected)
/// ```
public final class MemoryBackend: TerminalBackend {
    /// One scripted input step.
    public enum Step: Hashable, Sendable {
        /// An event delivered at the next poll. A `.resize` also changes ``size``.
        case event(TerminalEvent)
        /// Polls time out (returning nil) until this much virtual time has passed.
        case idle(Duration)
    }

    public private(set) var size: Size
    public var colorSupport: ColorSupport
    /// Virtual time, advanced only by idle steps.
    public let clock: VirtualLoopClock
    /// Every presented frame, oldest first.
    public private(set) var frames: [Canvas] = []
    /// How many presented frames to keep (nil keeps all): long benchmark runs keep one, so
    /// memory measures the program rather than the test double.
    public var frameHistoryLimit: Int?
    /// For each present, how many cells differed from the previous frame (all cells for
    /// the first frame or after a size change): what a real terminal would have been sent.
    public private(set) var changedCellCounts: [Int] = []
    public private(set) var isShutDown = false
    /// How many times `shutdown()` was called.
    public private(set) var shutdownCount = 0
    /// How many polls asked for input.
    public private(set) var pollCount = 0

    private var steps: [Step] = []
    private var nextStep = 0
    private var idleRemaining: Duration = .zero

    public init(size: Size, colorSupport: ColorSupport = .extended256) {
        self.size = size
        self.colorSupport = colorSupport
        self.clock = VirtualLoopClock()
    }

    /// Appends steps to the script.
    public func script(_ newSteps: [Step]) {
        steps.append(contentsOf: newSteps)
    }

    /// Appends events to the script.
    public func script(_ events: [TerminalEvent]) {
        steps.append(contentsOf: events.map(Step.event))
    }

    /// Appends key presses to the script.
    public func script(keys: [Key]) {
        script(keys.map { TerminalEvent.key($0) })
    }

    /// Changes the size as a window manager would; the next poll reports `.resize`.
    public func resize(to newSize: Size) {
        steps.insert(.event(.resize(newSize)), at: nextStep)
    }

    public var lastFrame: Canvas? { frames.last }
    public var lastChangedCellCount: Int? { changedCellCounts.last }

    public var isInputClosed: Bool { nextStep >= steps.count && idleRemaining <= .zero }

    public func present(_ canvas: Canvas) {
        if let previous = frames.last, previous.size == canvas.size {
            var changed = 0
            for (old, new) in zip(previous.cells, canvas.cells) where old != new { changed += 1 }
            changedCellCounts.append(changed)
        } else {
            changedCellCounts.append(canvas.size.area)
        }
        frames.append(canvas)
        if let limit = frameHistoryLimit, frames.count > limit {
            frames.removeFirst(frames.count - limit)
        }
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        pollCount += 1
        if idleRemaining > .zero {
            let wait = min(idleRemaining, .milliseconds(Int(max(1, timeoutMilliseconds))))
            idleRemaining -= wait
            clock.advance(by: wait)
            return nil
        }
        guard nextStep < steps.count else { return nil }
        let step = steps[nextStep]
        nextStep += 1
        switch step {
        case .event(let event):
            if case .resize(let newSize) = event { size = newSize }
            return event
        case .idle(let duration):
            idleRemaining = duration
            return nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        }
    }

    public func shutdown() {
        isShutDown = true
        shutdownCount += 1
    }
}
