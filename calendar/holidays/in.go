package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// india: the holidays of the Central Government's administrative offices
// in Delhi and New Delhi, which the Department of Personnel and Training
// announces each year (Office Memorandum on holidays, https://dopt.gov.in):
// the three national holidays (Republic Day, Independence Day, Mahatma
// Gandhi's Birthday) and the eleven other compulsory holidays (Buddha
// Purnima, Christmas, Dussehra, Diwali, Good Friday, Guru Nanak's
// Birthday, Idu'l Fitr, Idu'l Zuha, Mahavir Jayanti, Muharram, the
// Prophet's Birthday) are Public; Holi, Janmashtami and Ram Navami, three
// of the twelve days from which each state's coordination committee
// chooses three, are Optional. The festival dates of 2024, 2025 and 2026
// are the Department's (2026: O.M. of 3 July 2025); other years are
// estimates, marked: the tabular Islamic
// calendar, and for the Hindu, Buddhist, Jain and Sikh festivals the new
// and full moons of astro.go with the sidereal (Lahiri) solar months, the
// tithis interpolated between them (hindu.go): within a day of the
// announced dates. The states (IN-KA, IN-MH, IN-GJ, IN-UP, …) add their
// own holidays under the Negotiable Instruments Act and the state lists
// (in_states.go, in_states_more.go).
func india() *country {
	const src = "Department of Personnel and Training, Government of India"
	ann := func(est whenFunc, estSrc string, isoDates ...string) yearly {
		return announcedYearly(src, est, estSrc, isoDates...)
	}
	chaitra := func(y int) date.Date { return civilDate(y, time.April, 14) }
	ashvin := func(y int) date.Date { return civilDate(y, time.October, 17) }
	const tithiSrc = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
	fitr := announcedDates(10, 1, src, "2024-04-11", "2025-03-31", "2026-03-21")
	zuha := announcedDates(12, 10, src, "2024-06-17", "2025-06-07", "2026-05-27")
	muharram := announcedDates(1, 10, src, "2024-07-17", "2025-07-06", "2026-06-26")
	milad := announcedDates(3, 12, src, "2024-09-16", "2025-09-05", "2026-08-26")
	dussehra := ann(tithiEstimate(180, ashvin, 10, 0.25), tithiSrc, "2024-10-12", "2025-10-02", "2026-10-20")
	zuhaRule := islamicRule("in.idul-zuha", "ईद-उल-ज़ुहा (बकरीद)", "Idu'l Zuha (Bakrid)", 12, 10, 0, zuha)
	c := &country{
		code: "IN", name: "भारत", nameEN: "India",
		regions: inStateRegions,
		// ISO 3166-2:IN changed Telangana's code from IN-TG to IN-TS,
		// Odisha's from IN-OR to IN-OD and Uttarakhand's from IN-UT to
		// IN-UK (ISO Online Browsing Platform, 2023): IN-TG, published here
		// before, still names the state, and so do IN-OR and IN-UT, the
		// codes older data sets carry.
		formerCodes: map[string]string{"IN-TG": "IN-TS", "IN-OR": "IN-OD", "IN-UT": "IN-UK"},
		rules: []*rule{
			fixed("in.republic-day", "गणतंत्र दिवस", "Republic Day", time.January, 26).since(1950),
			announcedRule("in.holi", "होली", "Holi", ann(holiEstimate, tithiSrc, "2024-03-25", "2025-03-14", "2026-03-04"), 0).category(Optional),
			easter("in.good-friday", "गुड फ्राइडे", "Good Friday", -2),
			announcedRule("in.ram-navami", "राम नवमी", "Ram Navami", ann(tithiEstimate(0, chaitra, 9, 0.25), tithiSrc, "2024-04-17", "2026-03-26"), 0).category(Optional),
			announcedRule("in.mahavir-jayanti", "महावीर जयंती", "Mahavir Jayanti", ann(tithiEstimate(0, chaitra, 13, 0.25), tithiSrc, "2024-04-21", "2025-04-10", "2026-03-31"), 0),
			announcedRule("in.buddha-purnima", "बुद्ध पूर्णिमा", "Buddha Purnima", ann(buddhaPurnimaEstimate, tithiSrc, "2024-05-23", "2025-05-12", "2026-05-01"), 0),
			islamicRule("in.idul-fitr", "ईद-उल-फ़ितर", "Idu'l Fitr", 10, 1, 0, fitr),
			zuhaRule.excluding("IN-KA", "IN-RJ"),
			// Karnataka and Rajasthan notified Idu'l Zuha 2026 on 28 May
			// (in_states.go, in_states_north.go): there the Central day
			// holds in every other year, the same holiday as in the rest
			// of India.
			zuhaRule.regions("IN-KA", "IN-RJ").except(2026),
			islamicRule("in.muharram", "मुहर्रम", "Muharram", 1, 10, 0, muharram),
			fixed("in.independence-day", "स्वतंत्रता दिवस", "Independence Day", time.August, 15),
			announcedRule("in.janmashtami", "जन्माष्टमी", "Janmashtami", ann(janmashtamiEstimate, tithiSrc, "2024-08-26", "2025-08-16", "2026-09-04"), 0).category(Optional),
			islamicRule("in.milad-un-nabi", "मिलाद-उन-नबी", "Prophet Mohammad's Birthday (Id-e-Milad)", 3, 12, 0, milad),
			fixed("in.gandhi-jayanti", "गांधी जयंती", "Mahatma Gandhi's Birthday", time.October, 2),
			announcedRule("in.dussehra", "दशहरा", "Dussehra", dussehra, 0),
			announcedRule("in.diwali", "दीपावली", "Diwali (Deepavali)", ann(diwaliEstimate, tithiSrc, "2024-10-31", "2025-10-20", "2026-11-08"), 0),
			announcedRule("in.guru-nanak-jayanti", "गुरु नानक जयंती", "Guru Nanak's Birthday", ann(guruNanakEstimate, tithiSrc, "2024-11-15", "2025-11-05", "2026-11-24"), 0),
			fixed("in.christmas", "क्रिसमस", "Christmas Day", time.December, 25),
		},
	}
	c.rules = append(c.rules, indiaStateRules(dussehra)...)
	return c
}
