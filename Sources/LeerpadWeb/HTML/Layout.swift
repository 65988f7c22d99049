import Hummingbird
import LeerpadCore

/// The page shell: head, navigation with the language switch, main content, footer.
enum Layout {
    static func page(
        title: String, body: HTML, context: WebRequestContext, status: HTTPResponse.Status = .ok,
        team: (name: String, code: String)? = nil,
        wide: Bool = false
    ) -> Response {
        let language = context.language
        let other: Language = language == .dutch ? .english : .dutch
        let otherLabel = other == .english ? "English" : "Nederlands"
        var links: [HTML] = ["<a href=\"/\">\(language.page(.home))</a>"]
        if let team {
            links.append("<a href=\"/t/\(team.code)\">\(team.name)</a>")
            links.append("<a href=\"/t/\(team.code)/scan\">\(language.term(.questionnaire))</a>")
            links.append("<a href=\"/t/\(team.code)/plan\">\(language.page(.plan))</a>")
        }
        links.append("<a href=\"/catalogue\">\(language.page(.catalogue))</a>")
        links.append("<a href=\"/demos\">\(language.page(.demos))</a>")
        links.append("<a href=\"/coordinator\">\(language.page(.coordinator))</a>")
        let signOut: HTML =
            context.coordinator == nil
            ? .empty
            : """
            <form method="post" action="/signout" class="inline">\(CSRF.field(context))<button type="submit" class="link">\(language.page(.signOut))</button></form>
            """
        let html: HTML = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — Leerpad</title>
            <link rel="stylesheet" href="/static/leerpad.css">
            </head>
            <body>
            <a class="skip" href="#main">\(language.page(.skipToContent))</a>
            <header class="top">
            <span class="brand">Leerpad</span>
            <nav aria-label="\(language.page(.mainMenu))">\(links)</nav>
            <span class="tools"><a href="\(context.requestPath)?lang=\(other.rawValue)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(otherLabel)</a>\(signOut)</span>
            </header>
            <main id="main"\(HTML(raw: wide ? " class=\"wide\"" : ""))>
            <h1>\(title)</h1>
            \(body)
            </main>
            <footer>\(language.page(.footer))</footer>
            </body>
            </html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }
}

/// The page for a refused request.
enum ErrorPage {
    static func render(_ error: WebError, language: Language) -> HTML {
        let field: HTML = error.field.map { "<p>\(language.page(.field)): <code>\($0)</code></p>" } ?? .empty
        return """
            <div class="error" role="alert"><p>\(error.message)</p>\(field)<p class="muted">HTTP \(Int(error.status.code))</p></div>
            <p><a href="/">\(language.page(.backToHome))</a></p>
            """
    }
}
