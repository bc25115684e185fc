/// Mentions of one sentence, by index: bits for the first 64, a set beyond (a sentence rarely names
/// more). The coder marks objects and suppliers as it goes, and a `Set<Int>` cost an allocation and
/// 700 instructions an insert.
struct MentionSet: ExpressibleByArrayLiteral {
    private var first64: UInt64 = 0
    private var beyond: Set<Int> = []

    init() {}

    init(arrayLiteral mentions: Int...) {
        for mention in mentions { insert(mention) }
    }

    mutating func insert(_ mention: Int) {
        if mention < 64 { first64 |= 1 << UInt64(mention) } else { beyond.insert(mention) }
    }

    func contains(_ mention: Int) -> Bool {
        mention < 64 ? first64 & (1 << UInt64(mention)) != 0 : beyond.contains(mention)
    }
}
