package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// The eastern states, on the design of in_states.go: each state's own
// notified holidays on top of the Central list, the dates of the years
// whose notifications were found as notified (sources beside each state)
// and estimates (marked) for other years.

func indiaEastStateRules(f *inFest) []*rule {
	const (
		br       = "IN-BR"
		tithiSrc = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
		srcBR    = "Government of Bihar, General Administration Department notification of holidays (executive order and s. 25 N.I. Act)"
	)
	ann := announcedYearly
	at := func(m time.Month, d int) func(int) date.Date {
		return func(y int) date.Date { return civilDate(y, m, d) }
	}
	ggs := tithiEstimate(270, at(time.January, 14), 7, 0.25)      // Pausha Shukla Saptami, as in in_states_north.go
	vasant := tithiEstimate(300, at(time.February, 13), 5, 0.25)  // Magha Shukla Panchami
	ashokAshtami := tithiEstimate(0, at(time.April, 14), 8, 0.25) // Chaitra Shukla Ashtami
	janakiNavami := tithiEstimate(30, at(time.May, 15), 9, 0.25)  // Vaishakha Shukla Navami
	saptami := tithiEstimate(180, at(time.October, 17), 7, 0.2)   // Ashvin Shukla Saptami, as in Assam's list
	chhath := tithiEstimate(210, at(time.November, 16), 6, 0.5)   // Kartika Shukla Shashthi, the day whose noon falls in the tithi (the fit to the lists 2021–2026)
	bhaiDooj := shiftEstimate(f.balipadyami, 1)                   // Kartika Shukla Dwitiya
	secondHoli := shiftEstimate(holiEstimate, 1)                  // the day after the Central Holi
	maghaPurnima := func(y int) (date.Date, bool) {
		return purnimaOfMonthWith(y, 300, civilDate(y, time.February, 13)), true
	}
	jyeshthaPurnima := func(y int) (date.Date, bool) { return purnimaOfMonthWith(y, 60, civilDate(y, time.June, 15)), true }
	return []*rule{
		// Bihar: General Administration Department notifications of
		// holidays for 2025 (approved by the Cabinet in December 2024: 16
		// general holidays by executive order, 21 under the N.I. Act; as
		// reproduced by Bihar Suvidha and Sakshi Post, 11 January 2025,
		// whose dates agree though Sakshi Post's names are shifted, and
		// by comply360 to May) and 2026 (approved by the Cabinet on 19
		// August 2025: 11 by executive order, 24 under the N.I. Act; as
		// reproduced by the Daily Jagran, DNA and Sakshi Post, 20 August
		// 2025, which agree). Both lists are holidays for the state's
		// offices; the N.I. Act days (Holi, Bihar Diwas, Ram Navami,
		// Ambedkar Jayanti, May Day, Janmashtami, Chhath Puja) close the
		// banks too. Chhath Puja: 27–28 October 2025 (the RBI's calendar
		// as DNA reports it, and Bankbazaar), 15–16 November 2026 (Daily
		// Jagran; PocketHRMS). Holi's second day in 2025 (15 March in
		// comply360's list, not in Bankbazaar's) is estimated: the lists
		// put Holi's two days on the Central day and the next (2023,
		// 2025) or the day before and the Central day (2015, 2016, 2026;
		// 2024: the two days after), so the estimate is within a day.
		// Ram Navami 2026 (27 March in the school list and PocketHRMS,
		// not found in the N.I. Act list) and Janmashtami 2026 are
		// estimated; for 2024 only the days on which easyhrworld's
		// reproduction agrees with the Central list (Maha Shivratri, Ram
		// Navami, Janmashtami) are taken. The fixed days are taken from 2015 (the notification
		// of 13 October 2014, gazette No. 847, as holidaystracker
		// reproduces it), the earliest list checked. Not modelled: the
		// restricted holidays (three at each employee's choice); the Durga
		// Puja days of the N.I. Act list (Ashtami, Navami, and Vijaya
		// Dashami where it differs from the Central Dussehra: 13 October
		// 2024), for which the reproductions found disagree or are
		// single; Diwali, moved by a later notification to the Central
		// day in 2025 (20 October); the Islamic days on a state date
		// other than the Central one (none notified for 2025 or 2026 in
		// the reproductions found).
		lunarMonthRule("in-br.guru-gobind-singh-jayanti", "गुरु गोविन्द सिंह जयंती", "Guru Gobind Singh Jayanti", srcBR,
			ggs, tithiSrc, "2025-01-06", "2025-12-27").regions(br),
		announcedRule("in-br.vasant-panchami", "वसंत पंचमी", "Vasant Panchami", ann(srcBR, vasant, tithiSrc, "2025-02-03", "2026-01-23"), 0).regions(br),
		announcedRule("in-br.ravidas-jayanti", "संत रविदास जयंती", "Sant Ravidas Jayanti", ann(srcBR, maghaPurnima, tithiSrc, "2025-02-12", "2026-02-01"), 0).regions(br),
		// The night of 15 Sha'ban.
		islamicRule("in-br.shab-e-barat", "शब-ए-बरात", "Shab-e-Barat", 8, 15, 0, announcedDates(8, 15, srcBR, "2025-02-14", "2026-02-04")).regions(br),
		announcedRule("in-br.maha-shivratri", "महाशिवरात्रि", "Maha Shivratri", ann(srcBR, f.shivaratri, tithiSrc, "2024-03-08", "2025-02-26", "2026-02-15"), 0).regions(br),
		announcedRule("in-br.holi", "होली", "Holi", ann(srcBR, holiEstimate, tithiSrc, "2025-03-14", "2026-03-03"), 0).regions(br),
		announcedRule("in-br.holi-2", "होली (दूसरा दिन)", "Holi (second day)", ann(srcBR, secondHoli, tithiSrc, "2026-03-04"), 0).regions(br),
		// Bihar's separation from Bengal, 22 March 1912.
		fixed("in-br.bihar-diwas", "बिहार दिवस", "Bihar Diwas", time.March, 22).regions(br).since(2015),
		announcedRule("in-br.ashok-ashtami", "सम्राट अशोक अष्टमी", "Samrat Ashok Ashtami", ann(srcBR, ashokAshtami, tithiSrc, "2025-04-05", "2026-03-26"), 0).regions(br),
		announcedRule("in-br.ram-navami", "रामनवमी", "Ram Navami", ann(srcBR, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(br),
		fixed("in-br.ambedkar-jayanti", "डॉ. भीमराव अम्बेडकर जयंती", "Dr Bhimrao Ambedkar Jayanti", time.April, 14).regions(br).since(2015),
		fixed("in-br.kunwar-singh-jayanti", "वीर कुंवर सिंह जयंती", "Veer Kunwar Singh Jayanti", time.April, 23).regions(br).since(2015),
		fixed("in-br.may-day", "मई दिवस", "May Day", time.May, 1).regions(br).since(2015),
		announcedRule("in-br.janaki-navami", "जानकी नवमी", "Janaki Navami", ann(srcBR, janakiNavami, tithiSrc, "2025-05-06", "2026-04-25"), 0).regions(br),
		announcedRule("in-br.kabir-jayanti", "कबीर जयंती", "Kabir Jayanti", ann(srcBR, jyeshthaPurnima, tithiSrc, "2025-06-11", "2026-06-29"), 0).regions(br),
		// 20 Safar, the fortieth day after Ashura.
		islamicRule("in-br.chehlum", "चेहल्लुम", "Chehlum", 2, 20, 0, announcedDates(2, 20, srcBR, "2025-08-15", "2026-08-04")).regions(br),
		announcedRule("in-br.janmashtami", "श्रीकृष्ण जन्माष्टमी", "Sri Krishna Janmashtami", ann(srcBR, janmashtamiEstimate, tithiSrc, f.janmashtamiDates...), 0).regions(br),
		announcedRule("in-br.durga-puja-saptami", "दुर्गा पूजा (सप्तमी)", "Durga Puja (Saptami)", ann(srcBR, saptami, tithiSrc, "2025-09-29", "2026-10-17"), 0).regions(br),
		announcedRule("in-br.chitragupta-puja", "चित्रगुप्त पूजा, भैया दूज", "Chitragupta Puja, Bhai Dooj", ann(srcBR, bhaiDooj, tithiSrc, "2025-10-23", "2026-11-10"), 0).regions(br),
		// The evening and the morning offering (Sandhya and Usha Arghya).
		announcedRule("in-br.chhath-puja", "छठ पूजा", "Chhath Puja", ann(srcBR, chhath, tithiSrc, "2025-10-27", "2026-11-15"), 0).regions(br),
		announcedRule("in-br.chhath-puja-2", "छठ पूजा (दूसरा दिन)", "Chhath Puja (second day)", ann(srcBR, chhath, tithiSrc, "2025-10-27", "2026-11-15"), 1).regions(br),
	}
}
