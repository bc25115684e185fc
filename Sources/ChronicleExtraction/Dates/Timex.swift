import ChronicleModel

/// A temporal expression found in text, normalised to TIMEX3.
public struct Timex: Hashable, Sendable {
    /// Byte range in the text the tagger read.
    public var range: Range<Int>
    public var type: TimexType
    public var value: String
    public var modifier: TimexModifier?

    public init(range: Range<Int>, type: TimexType, value: String, modifier: TimexModifier? = nil) {
        self.range = range
        self.type = type
        self.value = value
        self.modifier = modifier
    }

    /// The model's value for this expression, with the words it was read from.
    public func temporalValue(text: String, status: DateStatus? = .happened) -> TemporalValue {
        TemporalValue(value: value, type: type, modifier: modifier, text: text, status: status)
    }

    /// True for a point or period on the calendar that a timeline can place.
    public var isCalendarDate: Bool {
        (type == .date || type == .time) && DatePrecision(timexValue: value) != .unknown && !value.hasPrefix("XXXX")
    }
}
