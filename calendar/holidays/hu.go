package holidays

import "time"

// hungary: Munka törvénykönyve (2012. évi I. törvény) 102. § (1): Good
// Friday from 2017. The minister's yearly decree on the working schedule
// around the holidays (102. § (5)) moves rest days to bridge a holiday and
// a weekend and makes a Saturday a working day instead, for every employer
// with the general working schedule: the rest days are Public with the
// decree as Source, the Saturdays are extra working days
// ([Set.WorkingDates]). Listed: 2024, 2025 (11/2024. (IV. 8.) NGM
// rendelet) and 2026 (10/2025. (IV. 30.) NGM rendelet).
func hungary() *country {
	rules := []*rule{
		fixed("hu.ujev", "Újév", "New Year's Day", time.January, 1),
		fixed("hu.nemzeti-unnep-marcius", "Nemzeti ünnep (1848-as forradalom)", "National Day (1848 Revolution)", time.March, 15),
		easter("hu.nagypentek", "Nagypéntek", "Good Friday", -2).since(2017),
		easter("hu.husvet", "Húsvétvasárnap", "Easter Sunday", 0),
		easter("hu.husvethetfo", "Húsvéthétfő", "Easter Monday", 1),
		fixed("hu.a-munka-unnepe", "A munka ünnepe", "Labour Day", time.May, 1),
		easter("hu.punkosd", "Pünkösdvasárnap", "Whit Sunday", 49),
		easter("hu.punkosdhetfo", "Pünkösdhétfő", "Whit Monday", 50),
		fixed("hu.allamalapitas", "Az államalapítás ünnepe", "State Foundation Day", time.August, 20),
		fixed("hu.nemzeti-unnep-oktober", "Nemzeti ünnep (1956-os forradalom)", "National Day (1956 Revolution)", time.October, 23),
		fixed("hu.mindenszentek", "Mindenszentek", "All Saints' Day", time.November, 1),
		fixed("hu.karacsony", "Karácsony", "Christmas Day", time.December, 25),
		fixed("hu.karacsony-2", "Karácsony másnapja", "Second Day of Christmas", time.December, 26),
	}
	bridge := func(src string, y int, restM time.Month, restD int, workM time.Month, workD int) {
		r := once("hu.athelyezett-pihenonap", "Áthelyezett pihenőnap", "Bridge day", y, restM, restD)
		r.dates = func(yy int, out []dated) []dated {
			if yy != y {
				return out
			}
			return append(out, dated{d: civilDate(y, restM, restD), src: src})
		}
		rules = append(rules, r, workday("hu.athelyezett-munkanap", y, workM, workD))
	}
	const d2024 = "NGM rendelet a 2024. évi munkaszüneti napok körüli munkarendről"
	bridge(d2024, 2024, time.August, 19, time.August, 3)
	bridge(d2024, 2024, time.December, 24, time.December, 7)
	bridge(d2024, 2024, time.December, 27, time.December, 14)
	const d2025 = "11/2024. (IV. 8.) NGM rendelet"
	bridge(d2025, 2025, time.May, 2, time.May, 17)
	bridge(d2025, 2025, time.October, 24, time.October, 18)
	bridge(d2025, 2025, time.December, 24, time.December, 13)
	const d2026 = "10/2025. (IV. 30.) NGM rendelet"
	bridge(d2026, 2026, time.January, 2, time.January, 10)
	bridge(d2026, 2026, time.August, 21, time.August, 8)
	bridge(d2026, 2026, time.December, 24, time.December, 12)
	return &country{code: "HU", name: "Magyarország", nameEN: "Hungary", rules: rules}
}
