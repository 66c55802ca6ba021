package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// More Indian states, on the design of in_states.go: each state's own
// notified holidays on top of the Central list, the dates of the years
// whose notifications were found (2024 and 2025, or as each state's
// comment says) as notified and estimates (marked) for other years.

// rakshaBandhanEstimate is Shravana Purnima (Raksha Bandhan): the day of
// the full moon of the amanta month in which the Sun enters sidereal Leo.
func rakshaBandhanEstimate(y int) (date.Date, bool) {
	return purnimaOfMonthWith(y, 120, civilDate(y, time.August, 17)), true
}

// parsiNewYearEstimate is Navroz of the Shahenshahi Zoroastrian calendar,
// the Parsi New Year of the Indian lists: a year of 365 days without leap
// days, so that the day moves one day earlier in the Gregorian calendar
// after each 29 February. Anchored on 15 August 2024 (the Gujarat
// notification).
func parsiNewYearEstimate(y int) (date.Date, bool) {
	d := civilDate(2024, time.August, 15) + date.Date(365*(y-2024))
	return d, yearOf(d) == y
}

// chetiChandEstimate is Cheti Chand, the Sindhi New Year, on the day of
// the first crescent after the new moon of Chaitra: the day on whose
// evening (18:00 IST) the second tithi runs (2024 and 2025 as notified).
var chetiChandEstimate = tithiEstimate(0, func(y int) date.Date { return civilDate(y, time.April, 14) }, 2, 0.75)

// varalakshmiEstimate is Varalakshmi Vratam, kept on the Friday before
// Shravana Purnima.
func varalakshmiEstimate(y int) (date.Date, bool) {
	p, _ := rakshaBandhanEstimate(y)
	d := p - 1
	for d.Weekday() != time.Friday {
		d--
	}
	return d, true
}

func indiaMoreStateRules(f *inFest) []*rule {
	const (
		gj, up, ap, od = "IN-GJ", "IN-UP", "IN-AP", "IN-OD"
		ga, uk, py, hp = "IN-GA", "IN-UK", "IN-PY", "IN-HP"
		tithiSrc       = "estimate: Hindu lunisolar calendar (new and full moons, mean lunar motion)"
		solarSrc       = "estimate: sidereal (Lahiri) solar month"
		srcGJ          = "Government of Gujarat, GAD notification of public holidays"
		srcUP          = "Government of Uttar Pradesh, notification of public holidays under the N.I. Act"
		srcAP          = "Government of Andhra Pradesh, GAD (Political.B) G.O. on general holidays"
		srcOD          = "Government of Odisha, Revenue and Disaster Management Department notification of holidays"
		srcGA          = "Government of Goa, GAD notification of public holidays"
		srcUK          = "Government of Uttarakhand, notification of public holidays under the N.I. Act"
		srcPY          = "Government of Puducherry, Home Department G.O. on holidays"
		srcHP          = "Government of Himachal Pradesh, GAD notification of gazetted holidays"
	)
	ann := announcedYearly
	ashvin := func(y int) date.Date { return civilDate(y, time.October, 17) }
	durgashtami := tithiEstimate(180, ashvin, 8, 0.2) // Ashvin Shukla Ashtami (04:48 IST: within a day 2019–2025)
	// Odisha's own reckonings: the solar months begin on the day of the
	// sankranti itself; Jyeshtha Amavasya (Savitri Amavasya) ends the
	// amanta Vaishakha; Ratha Yatra is Ashadha Shukla Dwitiya.
	odSolar := func(lon float64, m time.Month, d int) whenFunc { return siderealMonthStart(lon, m, d, 1) }
	rajaSankranti := odSolar(60, time.June, 15)
	savitri := tithiEstimate(30, func(y int) date.Date { return civilDate(y, time.May, 15) }, 30, 0.25)
	rathaYatra := tithiEstimate(90, func(y int) date.Date { return civilDate(y, time.July, 16) }, 2, 0.25)
	basanta := tithiEstimate(300, func(y int) date.Date { return civilDate(y, time.February, 13) }, 5, 0.25)
	// Magha Purnima (Guru Ravidas Jayanti), Jyeshtha Shukla Tritiya
	// (Maharana Pratap Jayanti) and Jyeshtha Purnima (Kabir Jayanti).
	maghaPurnima := func(y int) (date.Date, bool) {
		return purnimaOfMonthWith(y, 300, civilDate(y, time.February, 13)), true
	}
	jyeshtha := func(y int) date.Date { return civilDate(y, time.June, 15) }
	maharanaPratap := tithiEstimate(60, jyeshtha, 3, 0.4) // 09:36 IST: the fit to the lists 2023–2026
	jyeshthaPurnima := func(y int) (date.Date, bool) { return purnimaOfMonthWith(y, 60, jyeshtha(y)), true }
	return []*rule{
		// Gujarat: General Administration Department notifications of
		// public holidays for 2024 (of 20 November 2023) and 2025 (December
		// 2024), as reproduced by the Gujarati press (Webdunia Gujarati, 4
		// December 2023; Bombay Samachar, December 2024) and by banks
		// (Vadodara cooperative bank list 2025). The notifications leave
		// out the days that fall on a Sunday (2024: Makar Sankranti,
		// Ambedkar Jayanti, Mahavir Jayanti, Bhai Bij; 2025: Chetichand,
		// Ram Navami); they are holidays all the same. Gujarat Day (1 May)
		// is not a public holiday. The extra days given around Diwali by
		// order with a Saturday worked in exchange (1 November 2024; 21
		// and 24 October 2025) are not modelled.
		fixed("in-gj.makar-sankranti", "મકર સંક્રાંતિ (ઉત્તરાયણ)", "Makar Sankranti (Uttarayan)", time.January, 14).regions(gj),
		announcedRule("in-gj.maha-shivratri", "મહાશિવરાત્રી", "Maha Shivratri", ann(srcGJ, f.shivaratri, tithiSrc, f.shivaratriDates...), 0).regions(gj),
		announcedRule("in-gj.dhuleti", "હોળી બીજો દિવસ (ધુળેટી)", "Holi, second day (Dhuleti)", ann(srcGJ, holiEstimate, tithiSrc, f.holiDates...), 0).regions(gj),
		announcedRule("in-gj.cheti-chand", "ચેટીચાંદ", "Cheti Chand", ann(srcGJ, chetiChandEstimate, tithiSrc, "2024-04-10", "2025-03-30"), 0).regions(gj),
		announcedRule("in-gj.ram-navami", "શ્રી રામનવમી", "Shree Ram Navami", ann(srcGJ, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(gj),
		fixed("in-gj.ambedkar-jayanti", "ડૉ. બાબાસાહેબ આંબેડકર જન્મ જયંતી", "Dr Babasaheb Ambedkar's Birthday", time.April, 14).regions(gj),
		// Vaishakha Shukla Tritiya; 2025 a day before Akshaya Tritiya.
		announcedRule("in-gj.parshuram-jayanti", "ભગવાન પરશુરામ જયંતી", "Bhagwan Parshuram Jayanti", ann(srcGJ, f.akshaya, tithiSrc, "2024-05-10", "2025-04-29"), 0).regions(gj),
		announcedRule("in-gj.raksha-bandhan", "રક્ષાબંધન", "Raksha Bandhan", ann(srcGJ, rakshaBandhanEstimate, tithiSrc, "2024-08-19", "2025-08-09"), 0).regions(gj),
		announcedRule("in-gj.parsi-new-year", "પારસી નૂતન વર્ષ દિન (પતેતી)", "Parsi New Year's Day (Pateti)", ann(srcGJ, parsiNewYearEstimate, "estimate: Shahenshahi calendar (365-day years)", "2024-08-15", "2025-08-15"), 0).regions(gj),
		announcedRule("in-gj.janmashtami", "જન્માષ્ટમી", "Janmashtami", ann(srcGJ, janmashtamiEstimate, tithiSrc, f.janmashtamiDates...), 0).regions(gj),
		// Samvatsari of the Chaturthi paksha: Bhadrapada Shukla Chaturthi.
		announcedRule("in-gj.samvatsari", "સંવત્સરી (ચતુર્થી પક્ષ)", "Samvatsari (Chaturthi Paksha)", ann(srcGJ, f.ganesh, tithiSrc, f.ganeshDates...), 0).regions(gj),
		fixed("in-gj.sardar-patel-jayanti", "સરદાર વલ્લભભાઈ પટેલ જન્મ જયંતી", "Sardar Vallabhbhai Patel's Birthday", time.October, 31).regions(gj),
		// Nutan Varsh (Kartika Shukla Pratipada, the Vikram Samvat New
		// Year) and Bhai Bij the day after.
		announcedRule("in-gj.new-year", "નૂતન વર્ષ દિન", "Gujarati New Year's Day (Vikram Samvat)", ann(srcGJ, f.balipadyami, tithiSrc, "2024-11-02", "2025-10-22"), 0).regions(gj),
		announcedRule("in-gj.bhai-bij", "ભાઈબીજ", "Bhai Bij", ann(srcGJ, f.balipadyami, tithiSrc, "2024-11-02", "2025-10-22"), 1).regions(gj),

		// Uttar Pradesh (Noida, Lucknow): the Governor's notifications of
		// public holidays under the N.I. Act for 2024 (December 2023, 24
		// days) and 2025 (General Administration section, No.
		// 870/3-2024-39(2)-2016 of 17 December 2024, 24 days), as
		// reproduced by Patrika (Lucknow) and Zee News. Not modelled:
		// Chaudhary Charan Singh's birthday (23 December), reported as
		// added for 2024 but not among the 24 days; Maharshi Valmiki
		// Jayanti, declared on 4 October 2025 a holiday outside the N.I.
		// Act for 7 October 2025 only.
		islamicRule("in-up.hazrat-ali", "हज़रत अली का जन्मदिवस", "Hazrat Ali's Birthday", 7, 13, 0, announcedDates(7, 13, srcUP, "2024-01-25", "2025-01-14")).regions(up),
		announcedRule("in-up.maha-shivratri", "महाशिवरात्रि", "Maha Shivratri", ann(srcUP, f.shivaratri, tithiSrc, f.shivaratriDates...), 0).regions(up),
		announcedRule("in-up.holika-dahan", "होलिका दहन", "Holika Dahan", ann(srcUP, holiEstimate, tithiSrc, f.holiDates...), -1).regions(up),
		announcedRule("in-up.holi", "होली", "Holi", ann(srcUP, holiEstimate, tithiSrc, f.holiDates...), 0).regions(up),
		announcedRule("in-up.ram-navami", "राम नवमी", "Ram Navami", ann(srcUP, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(up),
		fixed("in-up.ambedkar-jayanti", "डॉ. भीमराव अम्बेडकर का जन्मदिवस", "Dr Bhimrao Ambedkar's Birthday", time.April, 14).regions(up),
		announcedRule("in-up.raksha-bandhan", "रक्षाबन्धन", "Raksha Bandhan", ann(srcUP, rakshaBandhanEstimate, tithiSrc, "2024-08-19", "2025-08-09"), 0).regions(up),
		// 26 August 2024 as in the Central list; one press summary's 24
		// August is a misprint (the other reproductions give the 26th).
		announcedRule("in-up.janmashtami", "जन्माष्टमी", "Janmashtami", ann(srcUP, janmashtamiEstimate, tithiSrc, f.janmashtamiDates...), 0).regions(up),
		// In the 2025 list, not in the 2024 one.
		announcedRule("in-up.mahanavami", "महानवमी", "Mahanavami", ann(srcUP, shiftEstimate(f.dussehra.estimate, -1), tithiSrc, "2025-10-01"), 0).regions(up).since(2025),
		// The day after Diwali: added by order for 2024 (1 November), in
		// the 2025 calendar (21 October); announced years only.
		announcedRule("in-up.diwali-holiday", "दीपावली अवकाश", "Deepawali Holiday", ann(srcUP, nil, "", "2024-11-01", "2025-10-21"), 0).regions(up),
		announcedRule("in-up.govardhan-puja", "गोवर्धन पूजा", "Govardhan Puja", ann(srcUP, f.balipadyami, tithiSrc, "2024-11-02", "2025-10-22"), 0).regions(up),
		announcedRule("in-up.bhaiya-dooj", "भैया दूज", "Bhaiya Dooj", ann(srcUP, f.balipadyami, tithiSrc, "2024-11-02", "2025-10-22"), 1).regions(up),

		// Andhra Pradesh: GAD (Political.B) G.O.s on general holidays, 2024
		// (30 November 2023, 20 days besides those on a Sunday or second
		// Saturday; as reproduced by Webdunia Telugu and AP7AM) and 2025
		// (G.O.Rt. No. 2115 of 6 December 2024, published in the A.P.
		// Gazette; reproduced by Sakshi Post). Vijayadasami and Deepavali
		// are on the Central dates in both years. Not modelled: the
		// optional holidays; Andhra Pradesh Formation Day (1 November),
		// not a general holiday.
		announcedRule("in-ap.bhogi", "భోగి", "Bhogi", ann(srcAP, f.sankranti, solarSrc, f.sankrantiDates...), -1).regions(ap),
		announcedRule("in-ap.makara-sankranti", "మకర సంక్రాంతి", "Makara Sankranti", ann(srcAP, f.sankranti, solarSrc, f.sankrantiDates...), 0).regions(ap),
		announcedRule("in-ap.kanuma", "కనుమ", "Kanuma", ann(srcAP, f.sankranti, solarSrc, f.sankrantiDates...), 1).regions(ap),
		announcedRule("in-ap.maha-sivaratri", "మహా శివరాత్రి", "Maha Sivaratri", ann(srcAP, f.shivaratri, tithiSrc, f.shivaratriDates...), 0).regions(ap),
		announcedRule("in-ap.holi", "హోళి", "Holi", ann(srcAP, holiEstimate, tithiSrc, f.holiDates...), 0).regions(ap),
		announcedRule("in-ap.ugadi", "ఉగాది", "Ugadi", ann(srcAP, f.ugadi, tithiSrc, f.ugadiDates...), 0).regions(ap),
		fixed("in-ap.jagjivan-ram-jayanti", "బాబు జగ్జీవన్ రామ్ జయంతి", "Babu Jagjivan Ram's Birthday", time.April, 5).regions(ap),
		announcedRule("in-ap.rama-navami", "శ్రీరామ నవమి", "Sri Rama Navami", ann(srcAP, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(ap),
		fixed("in-ap.ambedkar-jayanti", "డా. బి.ఆర్. అంబేద్కర్ జయంతి", "Dr B.R. Ambedkar's Birthday", time.April, 14).regions(ap),
		// A general holiday in the 2025 G.O., an optional one before.
		announcedRule("in-ap.varalakshmi-vratam", "వరలక్ష్మీ వ్రతం", "Varalakshmi Vratam", ann(srcAP, varalakshmiEstimate, tithiSrc, "2025-08-08"), 0).regions(ap).since(2025),
		announcedRule("in-ap.krishna-ashtami", "శ్రీ కృష్ణ అష్టమి", "Sri Krishna Ashtami", ann(srcAP, janmashtamiEstimate, tithiSrc, f.janmashtamiDates...), 0).regions(ap),
		announcedRule("in-ap.vinayaka-chavithi", "వినాయక చవితి", "Vinayaka Chavithi", ann(srcAP, f.ganesh, tithiSrc, f.ganeshDates...), 0).regions(ap),
		announcedRule("in-ap.durgashtami", "దుర్గాష్టమి", "Durgashtami", ann(srcAP, durgashtami, tithiSrc, "2024-10-11", "2025-09-30"), 0).regions(ap),

		// Odisha: Revenue and Disaster Management Department notifications
		// of holidays for State Government offices, 2024 (the
		// Government's calendar, reproduced by India.com on 2 January
		// 2024: 30 days) and 2025 (of 12 November 2024, 26 days, as
		// reproduced by Sambad English and Sakshi Post; Diwali moved from
		// 21 to 20 October by a later decision, reported by Odisha Sambad,
		// so that it keeps the Central date). The notifications leave out
		// the days on a Sunday or a second or fourth Saturday (2025:
		// Basanta Panchami, Ram Navami, Pahili Raja, Raja Sankranti,
		// Jhulana Purnima, Mahalaya; 2024: Maha Vishuva Sankranti,
		// Ambedkar Jayanti, Ratha Yatra, Nuakhai), which "have not been
		// declared as holidays"; they are listed here all the same, on the
		// dates of the estimates. Not modelled: the optional holidays; the
		// second Ratha Yatra day declared in 2024.
		announcedRule("in-od.makar-sankranti", "ମକର ସଂକ୍ରାନ୍ତି", "Makar Sankranti", ann(srcOD, f.sankranti, solarSrc, f.sankrantiDates...), 0).regions(od),
		fixed("in-od.netaji-jayanti", "ନେତାଜୀ ସୁଭାଷ ଚନ୍ଦ୍ର ବୋଷ ଓ ବୀର ସୁରେନ୍ଦ୍ର ସାଏ ଜୟନ୍ତୀ", "Netaji Subhas Chandra Bose and Veer Surendra Sai Jayanti", time.January, 23).regions(od),
		announcedRule("in-od.basanta-panchami", "ବସନ୍ତ ପଞ୍ଚମୀ", "Basanta Panchami", ann(srcOD, basanta, tithiSrc, "2024-02-14"), 0).regions(od),
		// Panchayati Raj Divas: Biju Patnaik's birthday.
		fixed("in-od.panchayati-raj-divas", "ପଞ୍ଚାୟତିରାଜ ଦିବସ", "Panchayati Raj Divas", time.March, 5).regions(od),
		announcedRule("in-od.maha-shivaratri", "ମହାଶିବରାତ୍ରି", "Maha Shivaratri", ann(srcOD, f.shivaratri, tithiSrc, f.shivaratriDates...), 0).regions(od),
		// Dola Purnima on the day of the Central Holi, Odisha's Holi the
		// day after.
		announcedRule("in-od.dola-purnima", "ଦୋଳ ପୂର୍ଣ୍ଣିମା", "Dola Purnima", ann(srcOD, holiEstimate, tithiSrc, f.holiDates...), 0).regions(od),
		announcedRule("in-od.holi", "ହୋଲି", "Holi", ann(srcOD, holiEstimate, tithiSrc, f.holiDates...), 1).regions(od),
		// Utkal Divas: the province of Orissa formed on 1 April 1936.
		fixed("in-od.utkal-divas", "ଉତ୍କଳ ଦିବସ", "Utkal Divas (Odisha Day)", time.April, 1).regions(od),
		announcedRule("in-od.ram-navami", "ଶ୍ରୀରାମ ନବମୀ", "Sri Ram Navami", ann(srcOD, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(od),
		announcedRule("in-od.maha-vishuva-sankranti", "ମହାବିଷୁବ ସଂକ୍ରାନ୍ତି", "Maha Vishuva Sankranti (Pana Sankranti)", ann(srcOD, odSolar(0, time.April, 14), solarSrc, "2025-04-14"), 0).regions(od),
		fixed("in-od.ambedkar-jayanti", "ଡକ୍ଟର ବି. ଆର. ଆମ୍ବେଦକର ଜୟନ୍ତୀ", "Dr B.R. Ambedkar Jayanti", time.April, 14).regions(od),
		announcedRule("in-od.sabitri-amabasya", "ସାବିତ୍ରୀ ଅମାବାସ୍ୟା", "Sabitri Amabasya", ann(srcOD, savitri, tithiSrc, "2024-06-06", "2025-05-27"), 0).regions(od),
		announcedRule("in-od.pahili-raja", "ପହିଲି ରଜ", "Pahili Raja", ann(srcOD, rajaSankranti, solarSrc, "2024-06-15"), -1).regions(od),
		announcedRule("in-od.raja-sankranti", "ରଜ ସଂକ୍ରାନ୍ତି", "Raja Sankranti", ann(srcOD, rajaSankranti, solarSrc, "2024-06-15"), 0).regions(od),
		announcedRule("in-od.ratha-yatra", "ରଥଯାତ୍ରା", "Ratha Yatra", ann(srcOD, rathaYatra, tithiSrc, "2025-06-27"), 0).regions(od),
		announcedRule("in-od.jhulana-purnima", "ଝୁଲଣ ପୂର୍ଣ୍ଣିମା", "Jhulana Purnima", ann(srcOD, rakshaBandhanEstimate, tithiSrc, "2024-08-19"), 0).regions(od),
		// 15 August 2025, a day before the Central date.
		announcedRule("in-od.janmashtami", "ଜନ୍ମାଷ୍ଟମୀ", "Janmashtami", ann(srcOD, janmashtamiEstimate, tithiSrc, "2024-08-26", "2025-08-15"), 0).regions(od),
		announcedRule("in-od.ganesh-puja", "ଗଣେଶ ପୂଜା", "Ganesh Puja", ann(srcOD, f.ganesh, tithiSrc, f.ganeshDates...), 0).regions(od),
		// Nuakhai: Bhadrapada Shukla Panchami, the day after Ganesh Puja.
		announcedRule("in-od.nuakhai", "ନୂଆଖାଇ", "Nuakhai", ann(srcOD, f.ganesh, tithiSrc, "2025-08-27"), 1).regions(od),
		announcedRule("in-od.mahalaya", "ମହାଳୟା", "Mahalaya", ann(srcOD, f.mahalaya, tithiSrc, "2024-10-02"), 0).regions(od),
		announcedRule("in-od.maha-saptami", "ମହାସପ୍ତମୀ", "Maha Saptami", ann(srcOD, tithiEstimate(180, ashvin, 7, 0.2), tithiSrc, "2024-10-10", "2025-09-29"), 0).regions(od),
		announcedRule("in-od.maha-ashtami", "ମହାଅଷ୍ଟମୀ", "Maha Ashtami", ann(srcOD, durgashtami, tithiSrc, "2024-10-11", "2025-09-30"), 0).regions(od),
		// 2024: Navami on the day of Ashtami.
		announcedRule("in-od.maha-navami", "ମହାନବମୀ", "Maha Navami", ann(srcOD, shiftEstimate(f.dussehra.estimate, -1), tithiSrc, "2024-10-11", "2025-10-01"), 0).regions(od),
		announcedRule("in-od.kumar-purnima", "କୁମାର ପୂର୍ଣ୍ଣିମା", "Kumar Purnima", ann(srcOD, f.ashvinPurnima, tithiSrc, "2024-10-16", "2025-10-07"), 0).regions(od),
		// Rasa Purnima: Kartika Purnima, the date of Guru Nanak's Birthday.
		announcedRule("in-od.rahas-purnima", "ରାସ ପୂର୍ଣ୍ଣିମା", "Rahas Purnima", ann(srcOD, guruNanakEstimate, tithiSrc, "2024-11-15", "2025-11-05"), 0).regions(od),

		// Goa: General Administration Department notifications of public
		// holidays (Annexure I), 2024 (No. 37/1/2023-GAD-III/3993 of 25
		// October 2023, as reproduced by Geod.in and InstaPDF) and 2025
		// (as reproduced by Sakshi Post). Diwali and Dussehra keep the
		// Central dates. The Feast of St Francis Xavier is given on 3
		// December; the 2023 list moved it to Monday 4 December when the
		// 3rd was a Sunday, a rule not modelled. Not modelled: the Special
		// Holidays of Annexure II, the restricted holidays, and Goa
		// Statehood Day (30 May), not a public holiday.
		announcedRule("in-ga.holi", "होळी", "Holi", ann(srcGA, holiEstimate, tithiSrc, f.holiDates...), 0).regions(ga),
		announcedRule("in-ga.gudi-padvo", "गुडी पाडवो", "Gudi Padava", ann(srcGA, f.ugadi, tithiSrc, f.ugadiDates...), 0).regions(ga),
		fixed("in-ga.ambedkar-jayanti", "डॉ. बाबासाहेब आंबेडकर जयंती", "Birth Anniversary of Dr Babasaheb Ambedkar", time.April, 14).regions(ga),
		announcedRule("in-ga.ram-navami", "राम नवमी", "Ram Navami", ann(srcGA, f.ramNavami, tithiSrc, f.ramNavamiDates...), 0).regions(ga),
		fixed("in-ga.may-day", "कामगार दीस", "May Day", time.May, 1).regions(ga),
		announcedRule("in-ga.ganesh-chaturthi", "चवथ (पयलो दीस)", "Ganesh Chaturthi (1st Day)", ann(srcGA, f.ganesh, tithiSrc, f.ganeshDates...), 0).regions(ga),
		announcedRule("in-ga.ganesh-chaturthi-2", "चवथ (दुसरो दीस)", "Ganesh Chaturthi (2nd Day)", ann(srcGA, f.ganesh, tithiSrc, f.ganeshDates...), 1).regions(ga),
		fixed("in-ga.st-francis-xavier", "सांत फ्रांसिस्क शाव्येराचें फेस्त", "Feast of St. Francis Xavier", time.December, 3).regions(ga),
		// Goa's liberation, 19 December 1961.
		fixed("in-ga.liberation-day", "गोंय मुक्ती दीस", "Goa Liberation Day", time.December, 19).regions(ga).since(1962),

		// Uttarakhand: the Governor's notifications of public holidays
		// under the N.I. Act (General Administration, Secretary Vinod Kumar
		// Suman), Annexure 1: 2025 (December 2024, 25 days, as reproduced
		// by HR Informative) and 2026 (24 December 2025, as reproduced by
		// Patrika, Dehradun); the 2024 notification was not found, so 2024
		// is estimated. 2021's list (India Today, 1 February 2021) checks
		// the estimates. Harela is the first day of the solar month Savan
		// (the day the Sun enters sidereal Cancer); Igas-Bagwal is Kartika
		// Shukla Ekadashi, a holiday by order in 2021 and 2022 and in the
		// lists since. Not modelled: Annexure 2 (Guru Gobind Singh Jayanti,
		// Cheti Chand, Vishwakarma Puja, Guru Tegh Bahadur's martyrdom,
		// holidays only for offices open on Saturdays); the one-off days
		// by order (Pahadi Holi, 15 March 2025; Guru Gobind Singh
		// Jayanti, 27 December 2025).
		announcedRule("in-uk.maha-shivratri", "महाशिवरात्रि", "Maha Shivratri", ann(srcUK, f.shivaratri, tithiSrc, "2025-02-26", "2026-02-15"), 0).regions(uk),
		announcedRule("in-uk.holika-dahan", "होलिका दहन", "Holika Dahan", ann(srcUK, holiEstimate, tithiSrc, "2025-03-14", "2026-03-04"), -1).regions(uk),
		announcedRule("in-uk.holi", "होली", "Holi", ann(srcUK, holiEstimate, tithiSrc, "2025-03-14", "2026-03-04"), 0).regions(uk),
		announcedRule("in-uk.ram-navami", "राम नवमी", "Ram Navami", ann(srcUK, f.ramNavami, tithiSrc, "2025-04-06", "2026-03-26"), 0).regions(uk),
		fixed("in-uk.ambedkar-jayanti", "डॉ. भीमराव अम्बेडकर जयन्ती", "Dr Bhimrao Ambedkar Jayanti", time.April, 14).regions(uk),
		// In the lists from 2021 at least; earlier years not researched.
		announcedRule("in-uk.harela", "हरेला", "Harela", ann(srcUK, siderealMonthStart(90, time.July, 16, 1), solarSrc, "2025-07-16", "2026-07-16"), 0).regions(uk).since(2021),
		announcedRule("in-uk.raksha-bandhan", "रक्षाबन्धन", "Raksha Bandhan", ann(srcUK, rakshaBandhanEstimate, tithiSrc, "2025-08-09", "2026-08-28"), 0).regions(uk),
		announcedRule("in-uk.janmashtami", "जन्माष्टमी", "Janmashtami", ann(srcUK, janmashtamiEstimate, tithiSrc, "2025-08-16", "2026-09-04"), 0).regions(uk),
		announcedRule("in-uk.valmiki-jayanti", "महर्षि वाल्मीकि जयन्ती", "Maharshi Valmiki Jayanti", ann(srcUK, f.ashvinPurnima, tithiSrc, "2025-10-07", "2026-10-26"), 0).regions(uk),
		announcedRule("in-uk.govardhan-puja", "दीपावली (गोवर्धन पूजा)", "Deepawali (Govardhan Puja)", ann(srcUK, f.balipadyami, tithiSrc, "2025-10-22", "2026-11-10"), 0).regions(uk),
		announcedRule("in-uk.igas-bagwal", "इगास-बग्वाल", "Igas-Bagwal", ann(srcUK, tithiEstimate(210, func(y int) date.Date { return civilDate(y, time.November, 16) }, 11, 0.25), tithiSrc, "2021-11-15", "2022-11-04", "2025-11-01", "2026-11-20"), 0).regions(uk).since(2021),

		// Puducherry: Home Department G.O.s on the holidays of Government
		// offices and banks (Appendix I, under the N.I. Act), 2024 (G.O.
		// Ms. No. 59 of 7 November 2023, 16 days, leaving out Ambedkar's
		// Birthday and Tamil New Year's Day, a Sunday, and Vinayagar
		// Chathurthi, a Saturday), 2025 (November 2024, 17 days, as
		// reproduced by Samayam Tamil and Namathu Kalam) and 2026 (17
		// days, Dinamani, 16 November 2025). Pongal, Thiruvalluvar Day
		// and Tamil New Year's Day follow the Tamil solar months, as in
		// Tamil Nadu. Not modelled: the days of one region only (Vishu,
		// Onam and Sree Narayana Guru's days in Mahe; Ugadi, Holi and
		// Subramanya Sasti in Yanam; Mahe's own Islamic dates).
		fixed("in-py.new-year", "ஆங்கிலப் புத்தாண்டு", "New Year's Day", time.January, 1).regions(py),
		announcedRule("in-py.pongal", "பொங்கல்", "Pongal", ann(srcPY, f.sankranti, solarSrc, "2024-01-15", "2025-01-14", "2026-01-15"), 0).regions(py),
		announcedRule("in-py.thiruvalluvar-day", "திருவள்ளுவர் தினம்", "Thiruvalluvar Day", ann(srcPY, f.sankranti, solarSrc, "2024-01-15", "2025-01-14", "2026-01-15"), 1).regions(py),
		announcedRule("in-py.tamil-new-year", "தமிழ்ப் புத்தாண்டு", "Tamil New Year's Day", ann(srcPY, siderealMonthStart(0, time.April, 14, 0.75), solarSrc, "2024-04-14", "2025-04-14", "2026-04-14"), 0).regions(py),
		fixed("in-py.ambedkar-jayanti", "டாக்டர் அம்பேத்கர் பிறந்தநாள்", "Dr Ambedkar's Birthday", time.April, 14).regions(py),
		fixed("in-py.may-day", "மே தினம்", "May Day", time.May, 1).regions(py),
		// The treaty of cession took effect de jure on 16 August 1962; the
		// de facto transfer was on 1 November 1954.
		fixed("in-py.de-jure-transfer-day", "டி ஜூரே இடமாற்ற தினம்", "De Jure Transfer Day", time.August, 16).regions(py).since(1963),
		announcedRule("in-py.vinayagar-chathurthi", "விநாயகர் சதுர்த்தி", "Vinayagar Chathurthi", ann(srcPY, f.ganesh, tithiSrc, "2024-09-07", "2025-08-27", "2026-09-14"), 0).regions(py),
		announcedRule("in-py.ayudha-pooja", "சரஸ்வதி பூஜை, ஆயுத பூஜை", "Saraswathi Pooja, Ayudha Pooja", ann(srcPY, shiftEstimate(f.dussehra.estimate, -1), tithiSrc, "2024-10-11", "2025-10-01", "2026-10-19"), 0).regions(py),
		fixed("in-py.liberation-day", "புதுச்சேரி விடுதலை நாள்", "Puducherry Liberation Day", time.November, 1).regions(py).since(1955),

		// Himachal Pradesh: GAD notifications of gazetted holidays,
		// Annexure I, as the State's portal lists them
		// (https://himachal.nic.in, holidays of 2022, 2023, 2025 and
		// 2026). For 2024 the reproductions disagree (Holi on 25 or 26
		// March, Dussehra on 12 or 13 October) and the portal's list was
		// not found, so 2024 is estimated. Statehood Day: Himachal Pradesh
		// became a state on 25 January 1971; Himachal Day: the province
		// formed on 15 April 1948. Holi, Ram Navami and Janmashtami,
		// optional in the Central list, are gazetted. Not modelled: the
		// gazetted holidays of women employees only (Raksha Bandhan, Karva
		// Chauth, Bhai Duj), those within Shimla's municipal limits only
		// (Maha Navami, Govardhan Puja) and the restricted holidays.
		fixed("in-hp.statehood-day", "पूर्ण राज्यत्व दिवस", "Statehood Day", time.January, 25).regions(hp).since(1971),
		announcedRule("in-hp.guru-ravidas-jayanti", "गुरु रविदास जयन्ती", "Guru Ravidas's Birthday", ann(srcHP, maghaPurnima, tithiSrc, "2023-02-05", "2025-02-12", "2026-02-01"), 0).regions(hp),
		announcedRule("in-hp.maha-shivratri", "महाशिवरात्रि", "Maha Shivratri", ann(srcHP, f.shivaratri, tithiSrc, "2023-02-18", "2025-02-26", "2026-02-15"), 0).regions(hp),
		announcedRule("in-hp.holi", "होली", "Holi", ann(srcHP, holiEstimate, tithiSrc, "2023-03-08", "2025-03-14", "2026-03-04"), 0).regions(hp),
		announcedRule("in-hp.ram-navami", "राम नवमी", "Ram Navami", ann(srcHP, f.ramNavami, tithiSrc, "2023-03-30", "2025-04-06", "2026-03-26"), 0).regions(hp),
		fixed("in-hp.ambedkar-jayanti", "डॉ. बी.आर. अम्बेडकर जयन्ती", "Dr B.R. Ambedkar's Birthday", time.April, 14).regions(hp),
		fixed("in-hp.himachal-day", "हिमाचल दिवस", "Himachal Day", time.April, 15).regions(hp),
		announcedRule("in-hp.parshuram-jayanti", "परशुराम जयन्ती", "Parshu Ram Jayanti", ann(srcHP, f.akshaya, tithiSrc, "2023-04-22", "2025-04-29", "2026-04-19"), 0).regions(hp),
		announcedRule("in-hp.maharana-pratap-jayanti", "महाराणा प्रताप जयन्ती", "Maharana Pratap Jayanti", ann(srcHP, maharanaPratap, tithiSrc, "2023-05-22", "2025-05-29", "2026-06-17"), 0).regions(hp),
		announcedRule("in-hp.kabir-jayanti", "सन्त गुरु कबीर जयन्ती (प्रकट दिवस)", "Sant Guru Kabir Jayanti (Prakat Diwas)", ann(srcHP, jyeshthaPurnima, tithiSrc, "2023-06-04", "2025-06-11", "2026-06-29"), 0).regions(hp),
		announcedRule("in-hp.janmashtami", "जन्माष्टमी", "Janmashtami", ann(srcHP, janmashtamiEstimate, tithiSrc, "2023-09-07", "2025-08-16", "2026-09-04"), 0).regions(hp),
		announcedRule("in-hp.valmiki-jayanti", "महर्षि वाल्मीकि जयन्ती", "Maharishi Valmiki's Birthday", ann(srcHP, f.ashvinPurnima, tithiSrc, "2023-10-28", "2025-10-07", "2026-10-26"), 0).regions(hp),
	}
}
