import NIOCore
import NIOHTTP1

/// Cuts off a request whose body does not arrive in time: `timeout` after a request's headers
/// its end must have been read, else the server answers `408 Request Timeout` (when it has not
/// begun answering) and closes the connection. So a client trickling an upload a byte at a time
/// cannot hold a connection for ever (the idle timeout alone would not fire while bytes arrive).
final class RequestReadTimeout: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private enum Answer {
        case none
        case started
        case finished
    }

    private let timeout: TimeAmount
    private let cutOff: @Sendable () -> Void
    private var deadline: Scheduled<Void>?
    private var answer = Answer.none
    private var version = HTTPVersion.http1_1
    private var expired = false

    /// Cuts requests off `timeout` after their headers; `cutOff` hears of each (for the log).
    init(timeout: TimeAmount, cutOff: @escaping @Sendable () -> Void = {}) {
        self.timeout = timeout
        self.cutOff = cutOff
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            version = head.version
            answer = .none
            deadline?.cancel()
            deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
                expire(context)
            }
        case .body:
            break
        case .end:
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !expired else {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        switch unwrapOutboundIn(data) {
        case .head(let head) where head.status.code >= 200: answer = .started
        case .end: answer = .finished
        default: break
        }
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    private func expire(_ context: ChannelHandlerContext) {
        deadline = nil
        cutOff()
        if answer == .none {
            var headers = HTTPHeaders()
            headers.add(name: "connection", value: "close")
            headers.add(name: "content-length", value: "0")
            context.write(
                wrapOutboundOut(.head(HTTPResponseHead(version: version, status: .requestTimeout, headers: headers))),
                promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        expired = true
        context.close(promise: nil)
    }
}
