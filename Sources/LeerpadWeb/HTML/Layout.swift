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
        var links: [HTML] = ["<a href=\"/\">\(language.pick("Start", "Home"))</a>"]
        if let team {
            links.append("<a href=\"/t/\(team.code)\">\(team.name)</a>")
            links.append("<a href=\"/t/\(team.code)/scan\">\(language.pick("Vragenlijst", "Questionnaire"))</a>")
            links.append("<a href=\"/t/\(team.code)/plan\">\(language.pick("Plan", "Plan"))</a>")
        }
        links.append("<a href=\"/catalogue\">\(language.pick("Catalogus", "Catalogue"))</a>")
        links.append("<a href=\"/demos\">\(language.pick("Demo's", "Demos"))</a>")
        links.append("<a href=\"/coordinator\">\(language.pick("Coördinator", "Coordinator"))</a>")
        let signOut: HTML =
            context.coordinator == nil
            ? .empty
            : """
            <form method="post" action="/signout" class="inline">\(CSRF.field(context))<button type="submit" class="link">\(language.pick("Afmelden", "Sign out"))</button></form>
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
            <a class="skip" href="#main">\(language.pick("Naar de inhoud", "Skip to content"))</a>
            <header class="top">
            <span class="brand">Leerpad</span>
            <nav aria-label="\(language.pick("Hoofdmenu", "Main menu"))">\(links)</nav>
            <span class="tools"><a href="\(context.requestPath)?lang=\(other.rawValue)" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\(otherLabel)</a>\(signOut)</span>
            </header>
            <main id="main"\(HTML(raw: wide ? " class=\"wide\"" : ""))>
            <h1>\(title)</h1>
            \(body)
            </main>
            <footer>\(language.pick(
                "Leerpad — volwassenheidsscans en leerpaden voor datagedreven gemeenten. Gemeente Vlietdam en haar teams zijn fictief.",
                "Leerpad — maturity scans and learning paths for data-driven municipalities. The municipality of Vlietdam and its teams are fictional."))</footer>
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
        let field: HTML = error.field.map { "<p>\(language.pick("Veld", "Field")): <code>\($0)</code></p>" } ?? .empty
        return """
            <div class="error" role="alert"><p>\(error.message)</p>\(field)<p class="muted">HTTP \(Int(error.status.code))</p></div>
            <p><a href="/">\(language.pick("Terug naar de startpagina", "Back to the home page"))</a></p>
            """
    }
}
