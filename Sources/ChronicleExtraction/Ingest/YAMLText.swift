import Yams

/// Every YAML text Chronicle reads (front matter, lexicons, cue files, manifests) is composed here.
///
/// Chronicle reads each scalar as the text it is and decides itself what `true`, `null` or a date
/// means, so Yams's default resolver, which tries seven regular expressions on every scalar (and on
/// every key looked up) to tag it, is left out: it was a third of the cost of a Markdown file's
/// front matter.
package enum YAMLText {
    package static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic)
    }
}
