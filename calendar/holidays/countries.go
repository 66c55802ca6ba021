package holidays

// announcedCountries lists the data tables of the countries whose holidays
// follow other calendars than the Gregorian one (lunisolar, Islamic,
// Hebrew, Hindu) or are announced year by year; countries() lists the
// rule-based ones.
func announcedCountries() []func() *country {
	return []func() *country{
		japan,
		china,
		hongKong,
		southKorea,
		taiwan,
		singapore,
		vietnam,
		malaysia,
		india,
		philippines,
		thailand,
		indonesia,
		israel,
		saudiArabia,
		unitedArabEmirates,
		egypt,
		turkey,
		nigeria,
		kenya,
	}
}
