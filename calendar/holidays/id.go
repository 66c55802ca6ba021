package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// indonesia: the national holidays (hari libur nasional) of Presidential
// Decree 24/2013 and the yearly joint decree of three ministers (SKB 3
// Menteri) that fixes their dates: New Year's Day, Isra Mi'raj, Chinese
// New Year (since 2003), Nyepi, Good Friday, Easter Sunday (since 2024),
// Idul Fitri (two days), Labour Day (since 2014), Ascension Day, Waisak,
// Pancasila Day (1 June, since 2017), Idul Adha, the Islamic New Year,
// Independence Day (17 August), the Prophet's Birthday and Christmas.
// The dates of the Islamic days, Nyepi and Waisak are the decrees' for
// 2024–2025 (SKB 3 Menteri, Kementerian Koordinator Bidang Pembangunan
// Manusia dan Kebudayaan); other years are estimates, marked: the tabular
// Islamic calendar, the day after the new moon of March (Nyepi, UTC+8),
// the full moon of May (Waisak, UTC+7). No holiday is moved for a weekend.
// Not modelled: the collective leave days (cuti bersama) of each decree.
func indonesia() *country {
	const src = "SKB 3 Menteri (joint ministerial decree on national holidays)"
	isra := announcedDates(7, 27, src, "2024-02-08", "2025-01-27")
	fitri := announcedDates(10, 1, src, "2024-04-10", "2025-03-31")
	adha := announcedDates(12, 10, src, "2024-06-17", "2025-06-06")
	muharram := announcedDates(1, 1, src, "2024-07-07", "2025-06-27")
	maulid := announcedDates(3, 12, src, "2024-09-16", "2025-09-05")
	nyepi := announcedYearly(src, nyepiEstimate, "estimate: the day after the new moon of March (UTC+8)", "2024-03-11", "2025-03-29")
	waisak := announcedYearly(src, func(y int) (date.Date, bool) {
		return localDay(toUT(fullMoonJDE(fullMoonIndexFrom(civilDate(y, time.May, 1), 7))), 7), true
	}, "estimate: the full moon of May (UTC+7)", "2024-05-23", "2025-05-12")
	return &country{
		code: "ID", name: "Indonesia", nameEN: "Indonesia",
		rules: []*rule{
			fixed("id.tahun-baru", "Tahun Baru Masehi", "New Year's Day", time.January, 1),
			islamicRule("id.isra-miraj", "Isra Mikraj Nabi Muhammad SAW", "Isra and Mi'raj", 7, 27, 0, isra),
			newRule("id.imlek", "Tahun Baru Imlek", "Chinese New Year", lunarNewYearWhen(0, zoneUTC8)).since(2003),
			announcedRule("id.nyepi", "Hari Suci Nyepi", "Day of Silence (Nyepi)", nyepi, 0),
			easter("id.wafat-isa-almasih", "Wafat Isa Almasih", "Good Friday", -2),
			easter("id.paskah", "Hari Paskah", "Easter Sunday", 0).since(2024),
			islamicRule("id.idul-fitri", "Hari Raya Idul Fitri", "Eid al-Fitr", 10, 1, 0, fitri),
			islamicRule("id.idul-fitri-2", "Hari Raya Idul Fitri (hari kedua)", "Eid al-Fitr (second day)", 10, 1, 1, fitri),
			fixed("id.hari-buruh", "Hari Buruh Internasional", "International Labour Day", time.May, 1).since(2014),
			easter("id.kenaikan-isa-almasih", "Kenaikan Isa Almasih", "Ascension Day", 39),
			announcedRule("id.waisak", "Hari Raya Waisak", "Vesak Day", waisak, 0),
			fixed("id.pancasila", "Hari Lahir Pancasila", "Pancasila Day", time.June, 1).since(2017),
			islamicRule("id.idul-adha", "Hari Raya Idul Adha", "Eid al-Adha", 12, 10, 0, adha),
			islamicRule("id.tahun-baru-islam", "Tahun Baru Islam", "Islamic New Year", 1, 1, 0, muharram),
			fixed("id.kemerdekaan", "Hari Kemerdekaan Republik Indonesia", "Independence Day", time.August, 17),
			islamicRule("id.maulid", "Maulid Nabi Muhammad SAW", "Prophet Muhammad's Birthday", 3, 12, 0, maulid),
			fixed("id.natal", "Hari Raya Natal", "Christmas Day", time.December, 25),
		},
	}
}

// nyepiEstimate is the day after the first new moon (UTC+8) from 1 March.
func nyepiEstimate(y int) (date.Date, bool) {
	return newMoonsFrom(civilDate(y, time.March, 1), 1, 8)[0] + 1, true
}
