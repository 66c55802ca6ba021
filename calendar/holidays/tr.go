package holidays

import "time"

// turkey: Ulusal Bayram ve Genel Tatiller Hakkında Kanun (Law No. 2429, as
// amended: Labour and Solidarity Day since 2009, Democracy and National
// Unity Day since 2017): New Year's Day, National Sovereignty and
// Children's Day (23 April), 1 May, Commemoration of Atatürk, Youth and
// Sports Day (19 May), 15 July, Victory Day (30 August), Republic Day (29
// October; the afternoon of 28 October a half day), Ramazan Bayramı (3
// days) and Kurban Bayramı (4 days), each with its eve (arife) as a half
// day. The religious days follow the calendar the Presidency of Religious
// Affairs computes and publishes years ahead (Diyanet İşleri Başkanlığı,
// Dini Günler); kept for 2010–2026, other years the tabular estimate.
func turkey() *country {
	const src = "Diyanet İşleri Başkanlığı, Dini Günler"
	ramazan := announcedDates(10, 1, src, append([]string{"2010-09-09", "2011-08-30", "2012-08-19", "2013-08-08",
		"2014-07-28", "2015-07-17", "2016-07-05", "2017-06-25", "2018-06-15"}, append(eidFitrMENA, "2026-03-20")...)...)
	kurban := announcedDates(12, 10, src, append([]string{"2010-11-16", "2011-11-06", "2012-10-25", "2013-10-15",
		"2014-10-04", "2015-09-24", "2016-09-12", "2017-09-01", "2018-08-21"}, append(eidAdhaMENA, "2026-05-27")...)...)
	c := &country{
		code: "TR", name: "Türkiye", nameEN: "Türkiye",
		rules: []*rule{
			fixed("tr.yilbasi", "Yılbaşı", "New Year's Day", time.January, 1),
			fixed("tr.23-nisan", "Ulusal Egemenlik ve Çocuk Bayramı", "National Sovereignty and Children's Day", time.April, 23),
			fixed("tr.1-mayis", "Emek ve Dayanışma Günü", "Labour and Solidarity Day", time.May, 1).since(2009),
			fixed("tr.19-mayis", "Atatürk'ü Anma, Gençlik ve Spor Bayramı", "Commemoration of Atatürk, Youth and Sports Day", time.May, 19),
			fixed("tr.15-temmuz", "Demokrasi ve Millî Birlik Günü", "Democracy and National Unity Day", time.July, 15).since(2017),
			fixed("tr.zafer-bayrami", "Zafer Bayramı", "Victory Day", time.August, 30),
			fixed("tr.cumhuriyet-bayrami-arife", "Cumhuriyet Bayramı Arifesi", "Republic Day Eve", time.October, 28).category(HalfDay),
			fixed("tr.cumhuriyet-bayrami", "Cumhuriyet Bayramı", "Republic Day", time.October, 29),
			islamicRule("tr.ramazan-bayrami-arife", "Ramazan Bayramı Arifesi", "Eve of Ramadan Feast", 10, 1, -1, ramazan).category(HalfDay),
			islamicRule("tr.kurban-bayrami-arife", "Kurban Bayramı Arifesi", "Eve of Sacrifice Feast", 12, 10, -1, kurban).category(HalfDay),
		},
	}
	for i := range 4 {
		if i < 3 {
			c.rules = append(c.rules, islamicRule("tr.ramazan-bayrami", "Ramazan Bayramı", "Ramadan Feast", 10, 1, i, ramazan))
		}
		c.rules = append(c.rules, islamicRule("tr.kurban-bayrami", "Kurban Bayramı", "Sacrifice Feast", 12, 10, i, kurban))
	}
	return c
}
