package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Announced first days of Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu
// al-Hijja) in Saudi Arabia, the United Arab Emirates and Egypt, which
// announced the same days in 2019–2025: the Supreme Court of Saudi Arabia
// (Saudi Press Agency), the UAE Government (u.ae), Dar al-Ifta al-Misriyyah.
var (
	eidFitrMENA = []string{"2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21", "2024-04-10", "2025-03-30"}
	eidAdhaMENA = []string{"2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16", "2025-06-06"}
)

// saudiArabia: the holidays of the Labor Law's Implementing Regulations
// (art. 112 of the Labor Law; Ministry of Human Resources and Social
// Development): Eid al-Fitr, four days from the day after 29 Ramadan (30
// Ramadan when the month has 30 days, else 1 Shawwal), Eid al-Adha, four
// days from the Day of Arafat (9 Dhu al-Hijja),
// National Day (23 September, since 2005) and Founding Day (22 February,
// since 2022). Since 2022 a National Day or Founding Day on a Friday is
// taken on the Thursday before, on a Saturday on the Sunday after. The
// weekend is Thursday–Friday until 28 June 2013 and Friday–Saturday
// since. Dates: the announced beginnings of Ramadan and Eid al-Adha
// 2019–2025, else the tabular estimate.
func saudiArabia() *country {
	const src = "Supreme Court of Saudi Arabia (Saudi Press Agency)"
	ramadan := announcedDates(9, 1, src, "2019-05-06", "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23", "2024-03-11", "2025-03-01")
	adha := announcedDates(12, 10, src, eidAdhaMENA...)
	c := &country{
		code: "SA", name: "المملكة العربية السعودية", nameEN: "Saudi Arabia",
		obsLocal: " (تعويض)", obsEN: " (observed)",
		weekend: weekend{{days: days(time.Thursday, time.Friday), restDay: time.Friday}, friSat.from(2013, time.June, 29)},
		rules: []*rule{
			fixed("sa.founding-day", "يوم التأسيس", "Founding Day", time.February, 22).since(2022).subst(satPrevSunNext),
			fixed("sa.national-day", "اليوم الوطني", "National Day", time.September, 23).years(2005, 2021),
			fixed("sa.national-day", "اليوم الوطني", "National Day", time.September, 23).since(2022).subst(satPrevSunNext),
		},
	}
	c.rules = append(c.rules, islamicRule("sa.arafat", "يوم عرفة", "Arafat Day", 12, 10, -1, adha))
	for i := range 4 {
		c.rules = append(c.rules, islamicRule("sa.eid-al-fitr", "عيد الفطر", "Eid al-Fitr", 9, 1, 29+i, ramadan))
		if i < 3 {
			c.rules = append(c.rules, islamicRule("sa.eid-al-adha", "عيد الأضحى", "Eid al-Adha", 12, 10, i, adha))
		}
	}
	return c
}

// unitedArabEmirates: the official holidays of the federal Government and
// the private sector (Federal Decree-Law No. 33 of 2021, art. 28, and the
// Cabinet's yearly resolutions, https://u.ae): New Year's Day, Eid al-Fitr
// (1–3 Shawwal), the Day of Arafat and Eid al-Adha (9–12 Dhu al-Hijja),
// the Islamic New Year, the Prophet's Birthday, Isra and Mi'raj (until
// 2018), Commemoration Day (30 November 2015–2018, 1 December since 2019)
// and National Day (2–3 December). The weekend is Thursday–Friday until
// 31 August 2006, Friday–Saturday until 2021, Saturday–Sunday since 2022.
// Not modelled: the Cabinet's moves of holidays next to a weekend (since
// 2023), and the days of Ramadan 29/30 added to Eid al-Fitr in some years.
// Eid dates: the announcements 2019–2025, else the tabular estimate; the
// other Islamic days are estimates.
func unitedArabEmirates() *country {
	const src = "UAE Government (u.ae)"
	fitr := announcedDates(10, 1, src, eidFitrMENA...)
	adha := announcedDates(12, 10, src, eidAdhaMENA...)
	none := announced{}
	c := &country{
		code: "AE", name: "الإمارات العربية المتحدة", nameEN: "United Arab Emirates",
		weekend: weekend{
			{days: days(time.Thursday, time.Friday), restDay: time.Friday},
			friSat.from(2006, time.September, 1),
			satSunSpan.from(2022, time.January, 1),
		},
		rules: []*rule{
			fixed("ae.new-year", "رأس السنة الميلادية", "New Year's Day", time.January, 1),
			islamicRule("ae.islamic-new-year", "رأس السنة الهجرية", "Islamic New Year", 1, 1, 0, none),
			islamicRule("ae.mawlid", "المولد النبوي", "Prophet Muhammad's Birthday", 3, 12, 0, none),
			islamicRule("ae.isra-miraj", "الإسراء والمعراج", "Isra and Mi'raj", 7, 27, 0, none).until(2018),
			islamicRule("ae.arafat", "يوم عرفة", "Arafat Day", 12, 10, -1, adha),
			fixed("ae.commemoration-day", "يوم الشهيد", "Commemoration Day", time.November, 30).years(2015, 2018),
			fixed("ae.commemoration-day", "يوم الشهيد", "Commemoration Day", time.December, 1).since(2019),
			fixed("ae.national-day", "اليوم الوطني", "National Day", time.December, 2),
			fixed("ae.national-day", "اليوم الوطني", "National Day", time.December, 3),
		},
	}
	for i := range 3 {
		c.rules = append(c.rules,
			islamicRule("ae.eid-al-fitr", "عيد الفطر", "Eid al-Fitr", 10, 1, i, fitr),
			islamicRule("ae.eid-al-adha", "عيد الأضحى", "Eid al-Adha", 12, 10, i, adha))
	}
	return c
}

// egypt: the official holidays (Law No. 13 of 2003 on labour, art. 52, and
// the Prime Minister's decrees listing them): Coptic Christmas (7 January),
// 25 January Revolution and Police Day, Sham el-Nessim (the Monday after
// Orthodox Easter), Sinai Liberation Day (25 April), Labour Day, 30 June
// Revolution (since 2014), 23 July Revolution, Armed Forces Day (6
// October), the Islamic New Year, the Prophet's Birthday, Eid al-Fitr (1–3
// Shawwal), the Day of Arafat and Eid al-Adha (9–12 Dhu al-Hijja). The
// weekend is Friday–Saturday. Not modelled: the decrees that move a
// holiday to a Thursday or Sunday next to the weekend. Eid dates: the
// announcements 2019–2025, else the tabular estimate; the other Islamic
// days are estimates.
func egypt() *country {
	const src = "Dar al-Ifta al-Misriyyah"
	fitr := announcedDates(10, 1, src, eidFitrMENA...)
	adha := announcedDates(12, 10, src, eidAdhaMENA...)
	none := announced{}
	c := &country{
		code: "EG", name: "مصر", nameEN: "Egypt",
		weekend: weekend{friSat},
		rules: []*rule{
			fixed("eg.coptic-christmas", "عيد الميلاد المجيد", "Coptic Christmas", time.January, 7),
			fixed("eg.january-25", "عيد الشرطة وثورة 25 يناير", "Police Day and 25 January Revolution", time.January, 25).since(2009),
			newRule("eg.sham-el-nessim", "شم النسيم", "Sham el-Nessim", func(y int) (date.Date, bool) { return OrthodoxEaster(y) + 1, true }),
			fixed("eg.sinai-liberation", "عيد تحرير سيناء", "Sinai Liberation Day", time.April, 25),
			fixed("eg.labour-day", "عيد العمال", "Labour Day", time.May, 1),
			fixed("eg.june-30", "ثورة 30 يونيو", "30 June Revolution", time.June, 30).since(2014),
			fixed("eg.july-23", "ثورة 23 يوليو", "23 July Revolution", time.July, 23),
			fixed("eg.armed-forces-day", "عيد القوات المسلحة", "Armed Forces Day", time.October, 6),
			islamicRule("eg.islamic-new-year", "رأس السنة الهجرية", "Islamic New Year", 1, 1, 0, none),
			islamicRule("eg.mawlid", "المولد النبوي الشريف", "Prophet Muhammad's Birthday", 3, 12, 0, none),
			islamicRule("eg.arafat", "وقفة عرفات", "Arafat Day", 12, 10, -1, adha),
		},
	}
	for i := range 3 {
		c.rules = append(c.rules,
			islamicRule("eg.eid-al-fitr", "عيد الفطر", "Eid al-Fitr", 10, 1, i, fitr),
			islamicRule("eg.eid-al-adha", "عيد الأضحى", "Eid al-Adha", 12, 10, i, adha))
	}
	return c
}
