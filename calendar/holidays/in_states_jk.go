package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Jammu and Kashmir and Ladakh, on the design of in_states.go.

// islamicFridayRule is the Friday next to an Islamic day: the last Friday
// before day d of month m (after false: Jumat-ul-Vida, the last Friday of
// Ramadan, before 1 Shawwal) or the first Friday after it (after true: the
// Friday following Eid-i-Milad-ul-Nabi, 12 Rabi' al-awwal). The Islamic
// day is the announced one where known, otherwise the tabular estimate,
// and the Friday is estimated with it.
//
//go:noinline
func islamicFridayRule(id, name, nameEN string, m, d int, after bool, ann announced) *rule {
	r := newRule(id, name, nameEN, nil)
	step := date.Date(-1)
	if after {
		step = 1
	}
	r.dates = func(y int, out []dated) []dated {
		h0 := islamicYearNear(civilDate(y, 1, 1))
		for hy := h0; hy <= h0+2; hy++ {
			dd := dated{est: true, src: srcTabularIslamic}
			if a, ok := ann.first[hy]; ok {
				dd = dated{d: a, src: ann.src}
			} else {
				dd.d = islamicDate(hy, m, d)
			}
			dd.d += step
			for dd.d.Weekday() != time.Friday {
				dd.d += step
			}
			if yearOf(dd.d) == y {
				out = append(out, dd)
			}
		}
		return out
	}
	return r
}

func indiaJKRules(f *inFest) []*rule {
	const (
		jk       = "IN-JK"
		tithiSrc = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
		solarSrc = "estimate: sidereal (Lahiri) solar month"
		srcJK    = "Government of Jammu and Kashmir, GAD orders on holidays (government offices; s. 25 N.I. Act)"
		la       = "IN-LA"
		srcLA    = "Union Territory of Ladakh, GAD order on holidays"
	)
	ann := announcedYearly
	ggs := tithiEstimate(270, func(y int) date.Date { return civilDate(y, time.January, 14) }, 7, 0.25) // Pausha Shukla Saptami, as in in_states_north.go
	vaisakhi := shiftEstimate(siderealMonthStart(0, time.April, 14, 0.25), -1)                          // as Punjab's (in_states_north.go)
	july5 := func(y int) (date.Date, bool) { return civilDate(y, time.July, 5), true }
	return []*rule{
		// Jammu and Kashmir: General Administration Department orders on
		// the holidays of government offices and educational institutions
		// and on the public holidays under s. 25 of the N.I. Act, for 2025
		// (Government Order No. 2193-JK(GAD) of 2024, 29 December 2024:
		// 28 days throughout the Union Territory, as reproduced by Valley
		// Vision News and Janta Se Rishta, 30 December 2024) and 2026
		// (Government Orders No. 1894-JK(GAD) and 1895-JK(GAD) of 2025,
		// 12 December 2025: the N.I. Act list as reproduced by Banking
		// School, the offices' list by Jagran Josh and, without dates but
		// in the same order, JK Active). A date found in one reproduction
		// only is taken where it is the Central list's (or, for 2025,
		// every state's) date for the same festival (Ram Navami,
		// Janmashtami); otherwise the year is estimated: Shab-i-Qadr 2025
		// (27 or 28 March), Shab-i-Miraj 2026 (17 January in one list),
		// Mahanavami (1 October 2025 in one list), Guru Hargobind Ji's
		// birthday 2024 (moved from 5 July to 22 June by an order, Kashmir
		// News Observer), and Jumat-ul-Vida 2026, listed on 20 March and
		// moved to 13 March by Government Order No. 323-JK(GAD) of 2026
		// (Kashmir Despatch), which is the estimate. Eid-ul-Fitr,
		// Ashoora, Eid-i-Milad-ul-Nabi, Dussehra and Guru Nanak's birthday
		// fall on the Central days in both years; Eid-ul-Azha is two
		// days, the Central day and the next. Diwali was on 21 October in
		// 2025 (Valley Vision News, ETV Bharat), the day after the Central
		// one, which stays listed (not a moon-sighted festival: the
		// Central offices keep the Central day). Guru Gobind Singh Ji's
		// birthday: 6 January 2025 and 5 January 2026, for the birthday of
		// December 2025 (27 December in the Punjab and Rajasthan lists).
		// Not modelled: the provincial
		// holidays (Holi and Lohri in Jammu province; the Friday following
		// Shab-i-Miraj, the Urs days and Mela Khir Bhawani in Kashmir
		// province), the local and restricted holidays; Martyrs' Day (13
		// July) and Sheikh Mohammad Abdullah's birthday (5 December), the
		// State's holidays until 2019 (dropped by Government Order No.
		// 251-JK(GAD) of 2019), for want of the year they began.
		lunarMonthRule("in-jk.guru-gobind-singh-jayanti", "گرو گوبند سنگھ جی کا یوم پیدائش", "Guru Gobind Singh Ji's Birthday", srcJK,
			ggs, tithiSrc, "2025-01-06", "2026-01-05").regions(jk),
		// 27 Rajab.
		islamicRule("in-jk.shab-i-miraj", "شب معراج", "Shab-i-Miraj", 7, 27, 0, announcedDates(7, 27, srcJK, "2025-01-27")).regions(jk),
		announcedRule("in-jk.maha-shivratri", "مہا شیوراتری", "Mahashivratri", ann(srcJK, f.shivaratri, tithiSrc, "2025-02-26", "2026-02-15"), 0).regions(jk),
		// 27 Ramadan.
		islamicRule("in-jk.shab-i-qadr", "شب قدر", "Shab-i-Qadr", 9, 27, 0, announcedDates(9, 27, srcJK, "2026-03-17")).regions(jk),
		// The last Friday before Eid-ul-Fitr (31 March 2025).
		islamicFridayRule("in-jk.jumat-ul-vida", "جمعۃ الوداع", "Jumat-ul-Vida", 10, 1, false, announcedDates(10, 1, srcJK, "2025-03-31")).regions(jk),
		// The fixed days from the first list checked (2020), the
		// Union Territory's first.
		fixed("in-jk.nauroz", "نوروز", "Nauroz", time.March, 21).regions(jk).since(2020),
		// Chaitra Shukla Pratipada.
		announcedRule("in-jk.navratra", "پہلا نوراتر", "1st Navratra", ann(srcJK, f.ugadi, tithiSrc, "2025-03-30", "2026-03-19"), 0).regions(jk),
		announcedRule("in-jk.ramanavami", "رام نومی", "Ramanavami", ann(srcJK, f.ramNavami, tithiSrc, "2025-04-06", "2026-03-26"), 0).regions(jk),
		announcedRule("in-jk.baisakhi", "بیساکھی", "Baisakhi", ann(srcJK, vaisakhi, solarSrc, "2025-04-13", "2026-04-14"), 0).regions(jk),
		fixed("in-jk.ambedkar-jayanti", "ڈاکٹر بی آر امبیڈکر کا یوم پیدائش", "Birthday of Dr B.R. Ambedkar", time.April, 14).regions(jk).since(2020),
		// The second day of Eid-ul-Azha.
		islamicRule("in-jk.eid-ul-azha-2", "عید الاضحیٰ (دوسرا دن)", "Eid-ul-Azha (second day)", 12, 10, 1, announcedDates(12, 10, srcJK, "2025-06-07", "2026-05-27")).regions(jk),
		// 5 July in the lists of 2023 to 2026; the lunar date in 2020
		// (18 June); 2021 and 2022 not researched.
		announcedRule("in-jk.guru-hargobind-jayanti", "گرو ہرگوبند جی کا یوم پیدائش", "Guru Hargobind Ji's Birthday", ann(srcJK, july5, "estimate: 5 July, the lists' day from 2023", "2025-07-05", "2026-07-05"), 0).regions(jk).since(2023),
		announcedRule("in-jk.janmashtami", "جنم اشٹمی", "Janamashtami", ann(srcJK, janmashtamiEstimate, tithiSrc, "2025-08-16", "2026-09-04"), 0).regions(jk),
		islamicFridayRule("in-jk.friday-after-milad", "عید میلاد النبی کے بعد کا جمعہ", "Friday following Eid-i-Milad-ul-Nabi", 3, 12, true, announcedDates(3, 12, srcJK, "2025-09-05", "2026-08-26")).regions(jk),
		// In the lists from 2023; the year of the decision (2022) not
		// checked.
		fixed("in-jk.maharaja-hari-singh-jayanti", "مہاراجہ ہری سنگھ جی کا یوم پیدائش", "Birthday of Maharaja Hari Singh Ji", time.September, 23).regions(jk).since(2023),
		announcedRule("in-jk.mahanavami", "مہا نومی", "Mahanavami", ann(srcJK, shiftEstimate(f.dussehra.estimate, -1), tithiSrc), 0).regions(jk),
		// The Instrument of Accession, 26 October 1947: a holiday from
		// 2020 (Government Order No. 251-JK(GAD) of 2019).
		announcedRule("in-jk.diwali", "دیوالی", "Diwali", ann(srcJK, nil, "", "2025-10-21"), 0).regions(jk),
		fixed("in-jk.accession-day", "یوم الحاق", "Accession Day", time.October, 26).regions(jk).since(2020),

		// Ladakh, a Union Territory from 31 October 2019 (Jammu and
		// Kashmir Reorganisation Act 2019): the GAD's public holidays
		// throughout the Territory (Annexure A) for 2025 (as reproduced by
		// Sakshi Post, November 2024) and 2026 (order F.No.
		// A/15/2020-O/o Un Secy-GAD, as reproduced by Praans Consultech,
		// and, with the weekdays, by QPP Studio), checked against 2024
		// (PocketHRMS, whose list also carries restricted and district
		// days). The Territory's own days are Holi (optional in the
		// Central list), Nauroz, Ambedkar's birthday and Losar, the
		// Ladakhi New Year (the first day of the eleventh month of the
		// Tibetan calendar), which is given for the listed years only: its
		// month follows the Tibetan calendar's leap months, not modelled
		// (9 December 2026, two lunar months before the Tibetan Losar).
		// Only 2026 rests on two reproductions; the 2024 and 2025 days,
		// from one each, are the days of the December new moons (IST), as
		// the 2026 day is.
		// The fixed days from the first list checked (2024). Not
		// modelled: the restricted holidays (Mahashivratri, Tangpe
		// Chongya, Shab-i-Qadr, Guru Gobind Singh Ji's birthday, ...); the
		// district holidays of Leh and Kargil (Hemis Tsechu, Mela
		// Dosmochey, Eid-e-Ghadeer, Chehlum).
		announcedRule("in-la.holi", "होली", "Holi", ann(srcLA, holiEstimate, tithiSrc, "2024-03-25", "2025-03-14", "2026-03-04"), 0).regions(la).since(2024),
		fixed("in-la.nauroz", "नौरोज़", "Nauroz", time.March, 21).regions(la).since(2024),
		fixed("in-la.ambedkar-jayanti", "डॉ. बी.आर. अंबेडकर का जन्मदिवस", "Birthday of Dr B.R. Ambedkar", time.April, 14).regions(la).since(2024),
		announcedRule("in-la.losar", "लोसर", "Losar", ann(srcLA, nil, "", "2024-12-31", "2025-12-20", "2026-12-09"), 0).regions(la),
	}
}
