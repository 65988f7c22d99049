import LeerpadCLI

/// The `leerpad` executable: everything lives in `LeerpadCLI`.
@main
enum Leerpad {
    static func main() async {
        await LeerpadCommand.main()
    }
}
