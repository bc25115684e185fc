import ArgumentParser
import Chronicle
import Foundation

/// `--lexicon FILE`, shared by every command that recognises actors.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A YAML lexicon that extends or overrides the bundled one (repeatable).", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("cues"), help: ArgumentHelp("A YAML file of event cues that extends the bundled one (repeatable).", valueName: "file"))
    var cueFiles: [String] = []

    /// The bundled cues extended by `--cues` files; exits 65 with the file, line and column of a problem.
    func loadCues() throws -> CueLexicon {
        do {
            return try CueLexicon.load(userFiles: cueFiles)
        } catch {
            Console.error(error.description)
            throw ExitCode(65)
        }
    }

    /// The bundled lexicon extended by `--lexicon` files; exits 65 with the file, line and column of a problem.
    func load(quiet: Bool = false) throws -> Lexicon {
        do {
            let lexicon = try Lexicon.load(userFiles: files)
            if !quiet { for note in lexicon.notes where files.contains(note.file) { Console.error(note.description) } }
            return lexicon
        } catch {
            Console.error(error.description)
            throw ExitCode(65)
        }
    }
}

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, list and try out the actor lexicon.",
        subcommands: [Check.self, List.self, Lookup.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Check lexicon files (alone and merged with the bundled lexicon).")

        @Argument(help: "Lexicon files to check.")
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                do {
                    let parsed = try Lexicon.readFile(file)
                    _ = try Lexicon.load(userFiles: [file])
                    print("\(file): ok (\(parsed.actors.count) actors, \(parsed.people.count) people, \(parsed.notActors.count) non-actor phrases)")
                } catch {
                    Console.error(error.description)
                    failed = true
                }
            }
            if failed { throw ExitCode(65) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List actors (tab-separated: id, kind, name, names) and people.")

        @OptionGroup var lexicon: LexiconOptions

        @Flag(help: "List people with their roles instead of actors.")
        var people = false

        func run() throws {
            let loaded = try lexicon.load()
            if people {
                for person in loaded.people.sorted(by: { $0.name < $1.name }) {
                    let roles = person.roles.map { role in
                        "\(role.actor) \(role.title)" + (role.from.map { " from \($0)" } ?? "") + (role.until.map { " until \($0)" } ?? "")
                    }
                    print([person.name, roles.joined(separator: "; "), person.aliases.joined(separator: ", ")].joined(separator: "\t"))
                }
                return
            }
            for id in loaded.actors.keys.sorted() {
                let entry = loaded.actors[id]!
                let names = loaded.names(of: entry).dropFirst().map(\.0)
                print([id.rawValue, entry.kind.rawValue, entry.name, names.joined(separator: ", ")].joined(separator: "\t"))
            }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup",
            abstract: "Show which actors Chronicle finds in a piece of text.",
            discussion: "Example: chronicle lexicon lookup \"Kremlin spokesperson Dmitry Peskov said Moscow would respond.\""
        )

        @Argument(help: "The text to read.")
        var text: String

        @Option(help: "The date the text was written (YYYY-MM-DD), for people whose roles changed.")
        var date: String?

        @OptionGroup var lexicon: LexiconOptions

        func run() throws {
            let extractor = Extractor(lexicon: try lexicon.load(), cues: try lexicon.loadCues())
            let reader = DocumentReader(defaultDate: date.flatMap { CalendarDay(iso: $0) })
            guard let document = reader.read(bytes: Array(text.utf8), path: "text", id: "text").document else {
                throw ValidationError("no text to read")
            }
            let analyzed = extractor.analyze(document)
            if analyzed.mentions.isEmpty { print("no actors found") }
            for mention in analyzed.mentions {
                let entry = extractor.recognizer.index.lexicon.actors[mention.actor]
                var line = "\"\(document.string(mention.range))\" -> \(mention.actor) (\(entry?.name ?? "?")), \(mention.form.rawValue)"
                if let person = mention.person { line += ", person: \(person)" }
                print(line)
            }
        }
    }
}
