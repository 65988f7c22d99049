import NIOCore
import NIOHTTP1

/// Keeps or closes an HTTP/1 connection after each response as the request asked:
/// HTTP/1.1 keeps it unless `Connection: close`; HTTP/1.0 closes it unless `Connection: keep-alive`.
///
/// Hummingbird reads every request as HTTP/1.1 and answers in HTTP/1.1, so on its own it kept an
/// HTTP/1.0 client's connection open and could send it a chunked body it cannot read. This
/// handler sits between NIO's HTTP/1 codec and Hummingbird's: it marks a request that does not
/// keep the connection with `Connection: close` (after whose response Hummingbird stops reading),
/// answers an HTTP/1.0 request in HTTP/1.0 with `Connection: keep-alive` or `close`, and closes the
/// connection once the last response to a closing request is written.
final class HTTP1Persistence: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private struct Pending {
        var version: HTTPVersion
        var keepAlive: Bool
    }

    /// The requests read and not yet answered, oldest first.
    private var pending: [Pending] = []

    init() {}

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        let keepAlive = head.isKeepAlive
        pending.append(Pending(version: head.version, keepAlive: keepAlive))
        if !keepAlive { head.headers.replaceOrAdd(name: "connection", value: "close") }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head) where head.status.code >= 200:
            guard var request = pending.first else {
                context.write(data, promise: promise)
                return
            }
            if request.version == .http1_0 {
                head.version = .http1_0
                // Without a length, an HTTP/1.0 body ends where the connection closes.
                if !head.headers.contains(name: "content-length") { request.keepAlive = false }
            }
            head.headers.remove(name: "connection")
            if !request.keepAlive {
                head.headers.add(name: "connection", value: "close")
            } else if request.version == .http1_0 {
                head.headers.add(name: "connection", value: "keep-alive")
            }
            pending[0] = request
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .end:
            let request = pending.isEmpty ? nil : pending.removeFirst()
            guard let request, !request.keepAlive else {
                context.write(data, promise: promise)
                return
            }
            let written = context.writeAndFlush(data)
            written.cascade(to: promise)
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        default:
            context.write(data, promise: promise)
        }
    }
}
