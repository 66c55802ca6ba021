package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// The north-eastern states, on the design of in_states.go.

// tithiInSolarMonth is the day of tithi n (1–30, kept at time of day h)
// that falls in the solar month beginning when the Sun enters the sidereal
// sign at lon (near month m, day d): the reckoning of the Assamese
// calendar, whose festivals are lunar days named by the solar month they
// fall in (Janmashtami in Bhado, Sankardeva's Janmotsav in Ahin). Of the
// tithis of the two lunar months around the ingress, the first on or after
// the day of the ingress.
func tithiInSolarMonth(lon float64, m time.Month, d, n int, h float64) whenFunc {
	return func(y int) (date.Date, bool) {
		guess := civilDate(y, m, d)
		start := date.Date(istDays(siderealIngress(y, lon, guess)))
		if c := hinduMonthWith(y, lon, guess).tithiDay(n, h); c >= start {
			return c, true
		}
		return hinduMonthWith(y, lon+30, guess+30).tithiDay(n, h), true
	}
}

func indiaNorthEastStateRules(f *inFest) []*rule {
	const (
		as       = "IN-AS"
		tithiSrc = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
		solarSrc = "estimate: sidereal (Lahiri) solar month"
		asSrc    = "estimate: Assamese calendar (lunar day in the sidereal solar month)"
		srcAS    = "Government of Assam, GAD notification of holidays"
		mz       = "IN-MZ"
		srcMZ    = "Government of Mizoram, GAD list of public holidays"
	)
	ann := announcedYearly
	ashvin := func(y int) date.Date { return civilDate(y, time.October, 17) }
	// Bohag Bihu begins on the day of the Sun's entry into sidereal Aries
	// (Goru Bihu, the last day of Chot); Kati Bihu is kept on the day of
	// its entry into Libra, the next day when that comes after 09:36 IST
	// (the fit to the lists of 2013–2025).
	bohag := siderealMonthStart(0, time.April, 14, 1)
	kati := siderealMonthStart(180, time.October, 17, 0.4)
	saptami := tithiEstimate(180, ashvin, 7, 0.2) // Ashvin Shukla Saptami, as in Odisha's list
	dol := func(y int) (date.Date, bool) { return purnimaOfMonthWith(y, 330, civilDate(y, time.March, 14)), true }
	maghaPurnima := func(y int) (date.Date, bool) {
		return purnimaOfMonthWith(y, 300, civilDate(y, time.February, 13)), true
	}
	return []*rule{
		// Assam: General Administration Department notifications of
		// holidays for 2024 (E-file No. 221561/1 of 2 November 2023, 36
		// days, as reproduced by SNN Live and, in part, by Northeast Now)
		// and 2025 (December 2024, as reproduced by Sakshi Post, 18
		// February 2025, and, in part, by Northeast Now, 7 December
		// 2024). The Vaishnava days (the tithis of Damodardeva,
		// Madhabdeva and Sankardeva) and Janmashtami follow the Assamese
		// calendar: a lunar day in a named solar month, so that
		// Janmashtami is on 14 September 2025, a lunar month after the
		// Central date. Bijoya Dashomi is the Central Dussehra (2024: the
		// 13th, with Sankardeva's Janmotsav, a day after the Central
		// date); Kali Puja is the Central Diwali. The lists of 2013, 2021
		// and 2023 check the estimates (TestIndiaAssam). Not modelled:
		// the half holidays (Lakshmi Puja, Muharram); the restricted
		// holidays; Ali-Aye-Ligang and the other local holidays of some
		// districts; Gwthar Bathou San and Chhath Puja outside the
		// notified years (no rule found: 23 January 2024, 28 January
		// 2025; 7 November 2024, 28 October 2025).
		announcedRule("in-as.magh-bihu", "মাঘ বিহু আৰু টুচু পূজা", "Magh Bihu and Tusu Puja", ann(srcAS, f.sankranti, solarSrc, "2024-01-15", "2025-01-14"), 0).regions(as),
		announcedRule("in-as.magh-bihu-2", "মাঘ বিহু আৰু টুচু পূজা (দ্বিতীয় দিন)", "Magh Bihu and Tusu Puja (second day)", ann(srcAS, f.sankranti, solarSrc, "2024-01-15", "2025-01-14"), 1).regions(as),
		fixed("in-as.netaji-jayanti", "নেতাজীৰ জন্মদিন", "Netaji's Birthday", time.January, 23).regions(as),
		announcedRule("in-as.gwthar-bathou-san", "গোথাৰ বাথৌ চান", "Gwthar Bathou San", ann(srcAS, nil, "", "2024-01-23", "2025-01-28"), 0).regions(as),
		fixed("in-as.me-dam-me-phi", "মে-ডাম-মে-ফি", "Me-Dam-Me-Phi", time.January, 31).regions(as),
		// Magha Purnima.
		announcedRule("in-as.bir-chilaray-divas", "বীৰ চিলাৰায় দিৱস", "Bir Chilaray Divas", ann(srcAS, maghaPurnima, tithiSrc, "2024-02-24", "2025-02-12"), 0).regions(as),
		// Phalguna Purnima.
		announcedRule("in-as.dol-jatra", "দ'ল যাত্ৰা", "Dol Jatra", ann(srcAS, dol, tithiSrc, "2024-03-25", "2025-03-14"), 0).regions(as),
		announcedRule("in-as.bohag-bihu", "ব'হাগ বিহু", "Bohag Bihu", ann(srcAS, bohag, solarSrc, "2024-04-13", "2025-04-14"), 0).regions(as),
		announcedRule("in-as.bohag-bihu-2", "ব'হাগ বিহু (দ্বিতীয় দিন)", "Bohag Bihu (second day)", ann(srcAS, bohag, solarSrc, "2024-04-13", "2025-04-14"), 1).regions(as),
		announcedRule("in-as.bohag-bihu-3", "ব'হাগ বিহু (তৃতীয় দিন)", "Bohag Bihu (third day)", ann(srcAS, bohag, solarSrc, "2024-04-13", "2025-04-14"), 2).regions(as),
		// 21 April in every list seen but the 2024 reproduction, which
		// gives the 20th (one source: not taken).
		fixed("in-as.sati-sadhani-divas", "সতী সাধনী দিৱস", "Sati Sadhani Divas", time.April, 21).regions(as),
		// The amavasya in Bohag.
		announcedRule("in-as.damodardeva-tithi", "দামোদৰদেৱৰ তিথি", "Tithi of Damodardeva", ann(srcAS, tithiInSolarMonth(0, time.April, 14, 30, 0), asSrc, "2024-05-08", "2025-04-28"), 0).regions(as),
		fixed("in-as.may-day", "মে' দিৱস", "May Day", time.May, 1).regions(as),
		// The first day of the waning Moon in Jeth.
		announcedRule("in-as.madhabdeva-janmotsav", "শ্ৰীশ্ৰী মাধৱদেৱৰ জন্মোৎসৱ", "Janmotsav of Sri Sri Madhabdeva", ann(srcAS, tithiInSolarMonth(30, time.May, 15, 16, 0.25), asSrc, "2024-05-24", "2025-06-12"), 0).regions(as),
		// Bhado: Shukla Dwitiya, Krishna Panchami, Krishna Ashtami and
		// Shukla Ekadashi (the waning tithis kept at night, as the Central
		// Janmashtami: the fit to the lists of 2013–2025).
		announcedRule("in-as.sankardeva-tirubhav", "শ্ৰীমন্ত শংকৰদেৱৰ তিৰোভাৱ তিথি", "Tirubhav Tithi of Srimanta Sankardeva", ann(srcAS, tithiInSolarMonth(120, time.August, 17, 2, 0.25), asSrc, "2024-09-04", "2025-08-25"), 0).regions(as),
		announcedRule("in-as.madhabdeva-tirubhav", "শ্ৰীশ্ৰী মাধৱদেৱৰ তিৰোভাৱ তিথি", "Tirubhav Tithi of Sri Sri Madhabdeva", ann(srcAS, tithiInSolarMonth(120, time.August, 17, 20, 0.6), asSrc, "2024-08-23", "2025-09-12"), 0).regions(as),
		announcedRule("in-as.janmashtami", "জন্মাষ্টমী", "Janmashtami", ann(srcAS, tithiInSolarMonth(120, time.August, 17, 23, 0.6), asSrc, "2024-08-26", "2025-09-14"), 0).regions(as),
		// In the lists from 2023 (not in 2021's); 2022 not researched.
		announcedRule("in-as.karam-puja", "কৰম পূজা", "Karam Puja", ann(srcAS, tithiInSolarMonth(120, time.August, 17, 11, 0.25), asSrc, "2024-09-14", "2025-09-03"), 0).regions(as).since(2023),
		// Shukla Dashami in Ahin.
		announcedRule("in-as.sankardeva-janmotsav", "শ্ৰীমন্ত শংকৰদেৱৰ জন্মোৎসৱ", "Janmotsav of Srimanta Sankardeva", ann(srcAS, tithiInSolarMonth(150, time.September, 17, 10, 0.25), asSrc, "2024-10-13", "2025-10-02"), 0).regions(as),
		// Saptami, Ashtami and Navami.
		announcedRule("in-as.durga-puja", "দুৰ্গা পূজা", "Durga Puja", ann(srcAS, saptami, tithiSrc, "2024-10-10", "2025-09-29"), 0).regions(as),
		announcedRule("in-as.durga-puja-2", "দুৰ্গা পূজা (দ্বিতীয় দিন)", "Durga Puja (second day)", ann(srcAS, saptami, tithiSrc, "2024-10-10", "2025-09-29"), 1).regions(as),
		announcedRule("in-as.durga-puja-3", "দুৰ্গা পূজা (তৃতীয় দিন)", "Durga Puja (third day)", ann(srcAS, saptami, tithiSrc, "2024-10-10", "2025-09-29"), 2).regions(as),
		announcedRule("in-as.kati-bihu", "কাতি বিহু", "Kati Bihu", ann(srcAS, kati, solarSrc, "2024-10-17", "2025-10-18"), 0).regions(as),
		announcedRule("in-as.bhatri-dwitiya", "ভাতৃ দ্বিতীয়া", "Bhatri Dwitiya", ann(srcAS, shiftEstimate(f.balipadyami, 1), tithiSrc, "2024-11-03", "2025-10-23"), 0).regions(as),
		announcedRule("in-as.chhath-puja", "ছট পূজা", "Chhath Puja", ann(srcAS, nil, "", "2024-11-07", "2025-10-28"), 0).regions(as),
		// Lachit Borphukan's birthday; Asom Divas, the day of Sukapha,
		// founder of the Ahom kingdom.
		fixed("in-as.lachit-divas", "লাচিত দিৱস", "Lachit Divas", time.November, 24).regions(as),
		fixed("in-as.asom-divas", "অসম দিৱস (চুকাফা দিৱস)", "Asom Divas (Sukapha Divas)", time.December, 2).regions(as),

		// Mizoram: General Administration Department lists of public
		// holidays, 2024 (Memo of 9 November 2023, on the Government's
		// page mizoram.nic.in/gov/hols.htm, and as reproduced by Northeast
		// Job) and 2021 (as reproduced by India Today, 6 March 2021), with
		// the lists of 2014 (Memo No. F.23012/3/2012-GAD, as holidaystracker
		// reproduces it), 2017 (mizoram.nic.in) and 2019–2020 (DIPR) to
		// check against; no list for 2025 or 2026 was found. The names are
		// the lists', in English, the language of the notification.
		// Chapchar Kut falls on the first Friday of March in every list
		// (2014–2024), the rule used, marked estimated, for other years;
		// Holi, optional in the Central list, is a full holiday. The
		// Christmas celebration is 26 December, 27 December in 2021 (the
		// 26th a Sunday; other such years not researched). The fixed
		// days are taken from the first list checked (2014). Not
		// modelled: the restricted holidays; the 2014 list's Ram Navami
		// and Janmashtami (not in the later lists); the 2017 list has no
		// Christmas Eve or New Year's Eve (both on a Sunday).
		fixed("in-mz.new-years-day", "New Year's Day", "New Year's Day", time.January, 1).regions(mz).since(2014),
		fixed("in-mz.new-year-celebration", "New Year Celebration", "New Year Celebration", time.January, 2).regions(mz).since(2014),
		// The arrival of the first missionaries, 11 January 1894.
		fixed("in-mz.missionary-day", "Missionary Day", "Missionary Day", time.January, 11).regions(mz).since(2014),
		// Statehood, 20 February 1987 (State of Mizoram Act 1986).
		fixed("in-mz.state-day", "State Day", "State Day", time.February, 20).regions(mz).since(2014),
		announcedRule("in-mz.chapchar-kut", "Chapchar Kut", "Chapchar Kut", ann(srcMZ, firstFridayOfMarch, "estimate: the first Friday of March, the day of the lists 2014–2024",
			"2014-03-07", "2017-03-03", "2019-03-01", "2020-03-06", "2021-03-05", "2024-03-01"), 0).regions(mz).since(2014),
		announcedRule("in-mz.holi", "Holi", "Holi", ann(srcMZ, holiEstimate, tithiSrc, "2021-03-29", "2024-03-25"), 0).regions(mz).since(2014),
		// The Young Mizo Association's founding, 15 June 1935.
		fixed("in-mz.yma-day", "YMA Day", "YMA Day", time.June, 15).regions(mz).since(2014),
		// The Mizoram Peace Accord, 30 June 1986.
		fixed("in-mz.remna-ni", "Remna Ni", "Remna Ni", time.June, 30).regions(mz).since(2014),
		// The Mizo Hmeichhe Insuihkhawm Pawl's founding, 6 July 1974.
		fixed("in-mz.mhip-day", "MHIP Day", "MHIP Day", time.July, 6).regions(mz).since(2014),
		fixed("in-mz.christmas-eve", "Christmas Eve", "Christmas Eve", time.December, 24).regions(mz).since(2014),
		fixed("in-mz.christmas-celebration", "Christmas Celebration", "Christmas Celebration", time.December, 26).regions(mz).since(2014).except(2021),
		fixed("in-mz.christmas-celebration", "Christmas Celebration", "Christmas Celebration", time.December, 27).regions(mz).only(2021),
		fixed("in-mz.new-years-eve", "New Year's Eve", "New Year's Eve", time.December, 31).regions(mz).since(2014),
	}
}

// firstFridayOfMarch is Mizoram's Chapchar Kut in the lists 2014–2024.
func firstFridayOfMarch(y int) (date.Date, bool) {
	d := civilDate(y, time.March, 1)
	for d.Weekday() != time.Friday {
		d++
	}
	return d, true
}
