package holidays

import (
	"sync"
	"time"

	"github.com/rickb777/date/v2"
)

// The states of northern and central India, on the design of
// in_states.go: each state's own notified holidays on top of the Central
// list, the dates of the years whose notifications were found as
// notified (sources beside each state) and estimates (marked) for other
// years.

// lunarMonthRule is a festival of a lunar month that may fall twice in
// one Gregorian year, or not at all: Pausha Shukla Saptami, Guru Gobind
// Singh's birthday in the lunar reckoning, falls in late December or in
// January (6 January and 27 December 2025; none in 2026). est(k) is the
// festival of the k-th cycle (the year of the solar ingress that names
// its month); an announced date belongs to the cycle whose estimate lies
// within 20 days of it, and replaces that estimate. A date that matches
// no cycle is a data bug: it panics, which every test catches.
//
//go:noinline
func lunarMonthRule(id, name, nameEN, src string, est whenFunc, estSrc string, isoDates ...string) *rule {
	var memo sync.Map // int → estimateMemo
	estimate := func(k int) (date.Date, bool) {
		if v, ok := memo.Load(k); ok {
			m := v.(estimateMemo)
			return m.d, m.ok
		}
		var m estimateMemo
		m.d, m.ok = est(k)
		memo.Store(k, m)
		return m.d, m.ok
	}
	ann := map[int]date.Date{}
	for _, s := range isoDates {
		d := date.MustParseISO(s)
		found := false
		for _, k := range []int{yearOf(d), yearOf(d) + 1} {
			if e, ok := estimate(k); ok && d-e >= -20 && d-e <= 20 {
				ann[k] = d
				found = true
				break
			}
		}
		if !found {
			panic("holidays: announced date " + s + " far from every estimate of " + id)
		}
	}
	r := newRule(id, name, nameEN, nil)
	r.dates = func(y int, out []dated) []dated {
		for k := y; k <= y+1; k++ {
			if d, ok := ann[k]; ok {
				if yearOf(d) == y {
					out = append(out, dated{d: d, src: src})
				}
				continue
			}
			if d, ok := estimate(k); ok && yearOf(d) == y {
				out = append(out, dated{d: d, est: true, src: estSrc})
			}
		}
		return out
	}
	return r
}

func indiaNorthStateRules(f *inFest) []*rule {
	const (
		rj, pb   = "IN-RJ", "IN-PB"
		tithiSrc = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
		solarSrc = "estimate: sidereal (Lahiri) solar month"
		srcRJ    = "Government of Rajasthan, GAD notification of public holidays"
		srcPB    = "Government of Punjab, Department of Personnel notification of gazetted holidays"
	)
	ann := announcedYearly
	at := func(m time.Month, d int) func(int) date.Date {
		return func(y int) date.Date { return civilDate(y, m, d) }
	}
	ashvin := at(time.October, 17)
	bhadrapada := at(time.September, 17)
	durgashtami := tithiEstimate(180, ashvin, 8, 0.2)              // Ashvin Shukla Ashtami, as in in_states_more.go
	maharanaPratap := tithiEstimate(60, at(time.June, 15), 3, 0.4) // Jyeshtha Shukla Tritiya, as in in_states_more.go
	ggs := tithiEstimate(270, at(time.January, 14), 7, 0.25)       // Pausha Shukla Saptami
	navratra := tithiEstimate(180, ashvin, 1, 0.25)                // Ashvin Shukla Pratipada
	maghaPurnima := func(y int) (date.Date, bool) {
		return purnimaOfMonthWith(y, 300, civilDate(y, time.February, 13)), true
	}
	jyeshthaPurnima := func(y int) (date.Date, bool) { return purnimaOfMonthWith(y, 60, civilDate(y, time.June, 15)), true }
	// Vaisakhi, 1 Vaisakh: the day of the Sun's entry into sidereal Aries,
	// the day before when it comes before sunrise (06:00 IST): 13 April
	// 2025 for an ingress at 03:30 on the 14th.
	vaisakhi := shiftEstimate(siderealMonthStart(0, time.April, 14, 0.25), -1)
	return []*rule{
		// Rajasthan: General Administration Department (Gr. 2)
		// notifications of public holidays for 2025 (of 15 October 2024:
		// 33 days, as reproduced by reflectu.in and, for January to June,
		// by Informal Newz; the Diwali days as Patrika gives them, 13
		// October 2025) and 2026 (of 16 October 2025: 31 days, as
		// reproduced by MySarkariNaukri for January to June and, in full,
		// by two lists drawn from the Government's calendar, one with the
		// Hindi names; Patrika, 17 October 2025, for Holi and Diwali).
		// For 2024 (notification of 9 October 2023, 32 days) only Holika
		// Dahan, Dhulandi and Janmashtami are taken, where two
		// reproductions agree (Jalore News and iVillage Network; Bhomat
		// News for Janmashtami); the others are estimated, as in the
		// other years (checked in TestIndiaRajasthan). Rajasthan keeps
		// its own Holi (Dhulandi) day, a day before the Central one in
		// 2026, and Bhai Dooj two days after Govardhan Puja in 2026.
		// Idu'l Zuha on the state's day: see below. Not modelled: the optional holidays
		// (two of them at each employee's choice); the two local
		// holidays each District Collector declares; Kota's day after
		// Janmashtami; the half days by order (Teej in Jaipur).
		lunarMonthRule("in-rj.guru-gobind-singh-jayanti", "गुरु गोविन्द सिंह जयन्ती", "Guru Gobind Singh Jayanti", srcRJ,
			ggs, tithiSrc, "2025-01-06", "2025-12-27").regions(rj),
		// Magha Shukla Saptami.
		announcedRule("in-rj.devnarayan-jayanti", "देवनारायण जयन्ती", "Devnarayan Jayanti", ann(srcRJ, tithiEstimate(300, at(time.February, 13), 7, 0.25), tithiSrc, "2025-02-04", "2026-01-25"), 0).regions(rj),
		announcedRule("in-rj.maha-shivratri", "महाशिवरात्रि", "Maha Shivratri", ann(srcRJ, f.shivaratri, tithiSrc, "2025-02-26", "2026-02-15"), 0).regions(rj),
		announcedRule("in-rj.holika-dahan", "होलिका दहन", "Holika Dahan", ann(srcRJ, holiEstimate, tithiSrc, "2024-03-25", "2025-03-14", "2026-03-03"), -1).regions(rj),
		announcedRule("in-rj.dhulandi", "धुलण्डी", "Dhulandi (Holi)", ann(srcRJ, holiEstimate, tithiSrc, "2024-03-25", "2025-03-14", "2026-03-03"), 0).regions(rj),
		announcedRule("in-rj.cheti-chand", "चेटीचण्ड", "Cheti Chand", ann(srcRJ, chetiChandEstimate, tithiSrc, "2025-03-30", "2026-03-20"), 0).regions(rj),
		announcedRule("in-rj.ram-navami", "रामनवमी", "Ram Navami", ann(srcRJ, f.ramNavami, tithiSrc, "2025-04-06", "2026-03-26"), 0).regions(rj),
		// In the lists of 2025 and 2026; the year it became a public
		// holiday is not researched, so earlier years leave it out.
		fixed("in-rj.phule-jayanti", "महात्मा ज्योतिबा फूले जयन्ती", "Mahatma Jyotiba Phule Jayanti", time.April, 11).regions(rj).since(2025),
		fixed("in-rj.ambedkar-jayanti", "डॉ. अम्बेडकर जयन्ती", "Dr Ambedkar Jayanti", time.April, 14).regions(rj),
		announcedRule("in-rj.parshuram-jayanti", "परशुराम जयन्ती", "Parshuram Jayanti", ann(srcRJ, f.akshaya, tithiSrc, "2025-04-29", "2026-04-19"), 0).regions(rj),
		announcedRule("in-rj.maharana-pratap-jayanti", "महाराणा प्रताप जयन्ती", "Maharana Pratap Jayanti", ann(srcRJ, maharanaPratap, tithiSrc, "2025-05-29", "2026-06-17"), 0).regions(rj),
		// A public holiday from 2021 (Chief Minister's decision of 31 July
		// 2021, ETV Bharat), an optional one before.
		fixed("in-rj.world-tribal-day", "विश्व आदिवासी दिवस", "World Tribal Day", time.August, 9).regions(rj).since(2021),
		announcedRule("in-rj.raksha-bandhan", "रक्षाबंधन", "Raksha Bandhan", ann(srcRJ, rakshaBandhanEstimate, tithiSrc, "2025-08-09", "2026-08-28"), 0).regions(rj),
		announcedRule("in-rj.janmashtami", "श्रीकृष्ण जन्माष्टमी", "Shri Krishna Janmashtami", ann(srcRJ, janmashtamiEstimate, tithiSrc, "2024-08-26", "2025-08-16", "2026-09-04"), 0).regions(rj),
		// Bhadrapada Shukla Dashami.
		announcedRule("in-rj.ramdev-jayanti", "रामदेव जयन्ती, तेजा दशमी एवं खेजड़ली शहीद दिवस", "Ramdev Jayanti, Teja Dashmi and Khejarli Martyrs' Day", ann(srcRJ, tithiEstimate(150, bhadrapada, 10, 0.25), tithiSrc, "2025-09-02", "2026-09-21"), 0).regions(rj),
		// Ashvin Shukla Pratipada.
		announcedRule("in-rj.navratra-sthapana", "नवरात्रा स्थापना एवं महाराजा अग्रसेन जयन्ती", "Navratra Sthapana and Maharaja Agrasen Jayanti", ann(srcRJ, navratra, tithiSrc, "2025-09-22", "2026-10-11"), 0).regions(rj),
		announcedRule("in-rj.durgashtami", "दुर्गाष्टमी", "Durgashtami", ann(srcRJ, durgashtami, tithiSrc, "2025-09-30", "2026-10-19"), 0).regions(rj),
		announcedRule("in-rj.govardhan-puja", "गोवर्धन पूजा", "Govardhan Puja", ann(srcRJ, f.balipadyami, tithiSrc, "2025-10-22", "2026-11-09"), 0).regions(rj),
		announcedRule("in-rj.bhai-dooj", "भैया दूज", "Bhai Dooj", ann(srcRJ, shiftEstimate(f.balipadyami, 1), tithiSrc, "2025-10-23", "2026-11-11"), 0).regions(rj),
		// Idu'l Zuha on the state's day, as for Karnataka (in_states.go):
		// 28 May 2026 where the Central list for Delhi has 27 May. Same ID
		// as the Central holiday, which holds in the other years (in.go;
		// 7 June 2025 in both lists).
		islamicRule("in.idul-zuha", "ईदुलजुहा", "Idu'l Zuha (Bakrid)", 12, 10, 0, announcedDates(12, 10, srcRJ, "2026-05-28")).regions(rj).only(2026),
		// Punjab: Department of Personnel (Personnel Policies-III Branch)
		// notifications of gazetted holidays for 2025 (31 days, as
		// reproduced by Punjab Sarokar News; April as Glime India News,
		// Guru Arjan Dev's martyrdom as The Bikaner News, Agrasen Jayanti
		// as PTC News, Diwali and Vishwakarma Day as Arth Parkash give
		// them) and 2026 (No. 06/01/2025-2PP3/781 of 26 November 2025, 31
		// days, as reproduced by True Scoop News, the Punjabi Tribune and
		// GTC News, which agree from January to September). For the rest
		// of 2026 (Maharaja Agrasen Jayanti, Valmiki Jayanti, Vishwakarma
		// Day, Guru Tegh Bahadur's martyrdom, the Shaheedi Sabha) the
		// reproductions found give weekdays or one source only, so those
		// days are estimated (the Shaheedi Sabha, with no rule, is left
		// out). Guru Gobind Singh's birthday is notified later each year
		// by a separate order: 6 January 2025 as the 2025 list gives it,
		// estimated otherwise. Not modelled: the restricted holidays and
		// the half days for processions (Nagar Kirtan); the local
		// holidays by order (Mela Maghi in Sri Muktsar Sahib).
		lunarMonthRule("in-pb.guru-gobind-singh-jayanti", "ਸ੍ਰੀ ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਜੀ ਦਾ ਜਨਮ ਦਿਵਸ", "Birthday of Sri Guru Gobind Singh Ji", srcPB, ggs, tithiSrc, "2025-01-06").regions(pb),
		announcedRule("in-pb.guru-ravidas-jayanti", "ਸ੍ਰੀ ਗੁਰੂ ਰਵਿਦਾਸ ਜੀ ਦਾ ਜਨਮ ਦਿਵਸ", "Birthday of Sri Guru Ravidas Ji", ann(srcPB, maghaPurnima, tithiSrc, "2025-02-12", "2026-02-01"), 0).regions(pb),
		announcedRule("in-pb.maha-shivaratri", "ਮਹਾਂ ਸ਼ਿਵਰਾਤਰੀ", "Maha Shivaratri", ann(srcPB, f.shivaratri, tithiSrc, "2025-02-26", "2026-02-15"), 0).regions(pb),
		announcedRule("in-pb.holi", "ਹੋਲੀ", "Holi", ann(srcPB, holiEstimate, tithiSrc, "2025-03-14", "2026-03-04"), 0).regions(pb),
		// Gazetted again from 2022 (declared by the Chief Minister in March
		// 2022); earlier lists differ (gazetted in 2016, restricted in
		// 2018), not modelled.
		fixed("in-pb.shaheedi-diwas", "ਸ਼ਹੀਦੀ ਦਿਵਸ ਸ਼ਹੀਦ-ਏ-ਆਜ਼ਮ ਭਗਤ ਸਿੰਘ, ਸੁਖਦੇਵ ਤੇ ਰਾਜਗੁਰੂ", "Martyrdom Day of Shaheed-e-Azam Bhagat Singh, Sukhdev and Rajguru", time.March, 23).regions(pb).since(2022),
		announcedRule("in-pb.ram-navami", "ਰਾਮ ਨੌਮੀ", "Ram Navami", ann(srcPB, f.ramNavami, tithiSrc, "2025-04-06", "2026-03-26"), 0).regions(pb),
		// A restricted holiday in 2018, gazetted in the lists from 2023
		// (the year of the change is not researched).
		fixed("in-pb.guru-nabha-dass-jayanti", "ਸ੍ਰੀ ਗੁਰੂ ਨਾਭਾ ਦਾਸ ਜੀ ਦਾ ਜਨਮ ਦਿਵਸ", "Birthday of Sri Guru Nabha Dass Ji", time.April, 8).regions(pb).since(2023),
		announcedRule("in-pb.vaisakhi", "ਵਿਸਾਖੀ", "Vaisakhi", ann(srcPB, vaisakhi, solarSrc, "2025-04-13", "2026-04-14"), 0).regions(pb),
		fixed("in-pb.ambedkar-jayanti", "ਡਾ. ਬੀ.ਆਰ. ਅੰਬੇਡਕਰ ਦਾ ਜਨਮ ਦਿਨ", "Birthday of Dr B.R. Ambedkar", time.April, 14).regions(pb),
		announcedRule("in-pb.parshuram-jayanti", "ਭਗਵਾਨ ਪਰਸ਼ੂ ਰਾਮ ਜਨਮ ਉਤਸਵ", "Bhagwan Parshu Ram Janam Utsav", ann(srcPB, f.akshaya, tithiSrc, "2025-04-29", "2026-04-19"), 0).regions(pb),
		// In the lists of 2025 and 2026; earlier years not researched.
		fixed("in-pb.may-day", "ਮਈ ਦਿਵਸ", "May Day", time.May, 1).regions(pb).since(2025),
		// Jyeshtha Shukla Chaturthi, the day whose noon falls in the tithi
		// (the fit to the lists of 2016–2026).
		announcedRule("in-pb.guru-arjan-dev-martyrdom", "ਸ਼ਹੀਦੀ ਦਿਵਸ ਸ੍ਰੀ ਗੁਰੂ ਅਰਜਨ ਦੇਵ ਜੀ", "Martyrdom Day of Sri Guru Arjan Dev Ji", ann(srcPB, tithiEstimate(60, at(time.June, 15), 4, 0.5), tithiSrc, "2025-05-30", "2026-06-18"), 0).regions(pb),
		announcedRule("in-pb.kabir-jayanti", "ਕਬੀਰ ਜਯੰਤੀ", "Kabir Jayanti", ann(srcPB, jyeshthaPurnima, tithiSrc, "2025-06-11", "2026-06-29"), 0).regions(pb),
		// Gazetted in 2026, restricted in 2025 (and gazetted in 2016).
		fixed("in-pb.udham-singh-martyrdom", "ਸ਼ਹੀਦ ਊਧਮ ਸਿੰਘ ਦਾ ਸ਼ਹੀਦੀ ਦਿਹਾੜਾ", "Martyrdom Day of Shaheed Udham Singh", time.July, 31).regions(pb).since(2026),
		announcedRule("in-pb.janmashtami", "ਜਨਮ ਅਸ਼ਟਮੀ", "Janam Ashtami", ann(srcPB, janmashtamiEstimate, tithiSrc, "2025-08-16", "2026-09-04"), 0).regions(pb),
		announcedRule("in-pb.agrasen-jayanti", "ਮਹਾਰਾਜਾ ਅਗਰਸੈਨ ਜਯੰਤੀ", "Maharaja Agrasen Jayanti", ann(srcPB, navratra, tithiSrc, "2025-09-22"), 0).regions(pb),
		announcedRule("in-pb.valmiki-jayanti", "ਮਹਾਂਰਿਸ਼ੀ ਵਾਲਮੀਕਿ ਜੀ ਦਾ ਜਨਮ ਦਿਵਸ", "Birthday of Maharishi Valmiki Ji", ann(srcPB, f.ashvinPurnima, tithiSrc, "2025-10-07"), 0).regions(pb),
		// The day after Diwali (Govardhan Puja).
		announcedRule("in-pb.vishwakarma-day", "ਵਿਸ਼ਵਕਰਮਾ ਦਿਵਸ", "Vishwakarma Day", ann(srcPB, f.balipadyami, tithiSrc, "2025-10-22"), 0).regions(pb),
		// In the lists of 2025 and 2026; earlier years not researched.
		fixed("in-pb.sarabha-martyrdom", "ਸ਼ਹੀਦ ਕਰਤਾਰ ਸਿੰਘ ਸਰਾਭਾ ਦਾ ਸ਼ਹੀਦੀ ਦਿਵਸ", "Martyrdom Day of Shaheed Kartar Singh Sarabha", time.November, 16).regions(pb).since(2025),
		// Margashirsha Shukla Panchami.
		announcedRule("in-pb.guru-tegh-bahadur-martyrdom", "ਸ਼ਹੀਦੀ ਦਿਵਸ ਸ੍ਰੀ ਗੁਰੂ ਤੇਗ ਬਹਾਦਰ ਜੀ", "Martyrdom Day of Sri Guru Tegh Bahadur Ji", ann(srcPB, tithiEstimate(240, at(time.December, 16), 5, 0.25), tithiSrc, "2025-11-25"), 0).regions(pb),
		announcedRule("in-pb.shaheedi-sabha", "ਸ਼ਹੀਦੀ ਸਭਾ ਫਤਹਿਗੜ੍ਹ ਸਾਹਿਬ", "Shaheedi Sabha, Fatehgarh Sahib", ann(srcPB, nil, "", "2025-12-27"), 0).regions(pb),
	}
}
