package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// israel: the days of rest of the Law and Administration Ordinance
// 5708-1948 s. 18A and the Independence Day Law 5709-1949 (with the moves
// the Government fixed in 1951 and 2004): Rosh Hashanah (1–2 Tishri), Yom
// Kippur (10 Tishri), the first day of Sukkot (15 Tishri), Shemini Atzeret
// (22 Tishri), the first and seventh days of Pesach (15 and 21 Nisan),
// Shavuot (6 Sivan) and Independence Day (5 Iyar; on Thursday 4 or 3 Iyar
// when it would fall on a Friday or Saturday, on Tuesday 6 Iyar when it
// would fall on a Monday, since 2004). The eves of Rosh Hashanah, Yom
// Kippur, Sukkot, Pesach and Shavuot are short working days: HalfDay.
// Election days of the Knesset are days of rest (Knesset Elections Law s.
// 10). The weekend is Friday and Saturday; no holiday is moved for falling
// on it. Dates by the Hebrew calendar (hebrew.go), exact.
func israel() *country {
	independence := func(y int) (date.Date, bool) {
		d, ok := hebrewWhen(iyar, 5, 0)(y)
		switch d.Weekday() {
		case time.Friday:
			d--
		case time.Saturday:
			d -= 2
		case time.Monday:
			if y >= 2004 {
				d++
			}
		}
		return d, ok
	}
	c := &country{
		code: "IL", name: "ישראל", nameEN: "Israel",
		weekend: weekend{{days: days(time.Friday, time.Saturday), restDay: time.Saturday}},
		rules: []*rule{
			newRule("il.erev-pesach", "ערב פסח", "Eve of Passover", hebrewWhen(nisan, 14, 0)).category(HalfDay),
			newRule("il.pesach", "פסח", "Passover", hebrewWhen(nisan, 15, 0)),
			newRule("il.pesach-7", "שביעי של פסח", "Seventh day of Passover", hebrewWhen(nisan, 21, 0)),
			newRule("il.yom-haatzmaut", "יום העצמאות", "Independence Day", independence),
			newRule("il.erev-shavuot", "ערב שבועות", "Eve of Shavuot", hebrewWhen(sivan, 5, 0)).category(HalfDay),
			newRule("il.shavuot", "שבועות", "Shavuot", hebrewWhen(sivan, 6, 0)),
			newRule("il.erev-rosh-hashana", "ערב ראש השנה", "Eve of Rosh Hashanah", hebrewWhen(tishri, 1, -1)).category(HalfDay),
			newRule("il.rosh-hashana", "ראש השנה", "Rosh Hashanah", hebrewWhen(tishri, 1, 0)),
			newRule("il.rosh-hashana-2", "ראש השנה (יום שני)", "Rosh Hashanah (second day)", hebrewWhen(tishri, 2, 0)),
			newRule("il.erev-yom-kippur", "ערב יום כיפור", "Eve of Yom Kippur", hebrewWhen(tishri, 9, 0)).category(HalfDay),
			newRule("il.yom-kippur", "יום כיפור", "Yom Kippur", hebrewWhen(tishri, 10, 0)),
			newRule("il.erev-sukkot", "ערב סוכות", "Eve of Sukkot", hebrewWhen(tishri, 14, 0)).category(HalfDay),
			newRule("il.sukkot", "סוכות", "Sukkot", hebrewWhen(tishri, 15, 0)),
			newRule("il.shemini-atzeret", "שמיני עצרת / שמחת תורה", "Shemini Atzeret / Simchat Torah", hebrewWhen(tishri, 22, 0)),
		},
	}
	for _, e := range []struct {
		y int
		m time.Month
		d int
	}{
		{1996, 5, 29}, {1999, 5, 17}, {2001, 2, 6}, {2003, 1, 28}, {2006, 3, 28}, {2009, 2, 10},
		{2013, 1, 22}, {2015, 3, 17}, {2019, 4, 9}, {2019, 9, 17}, {2020, 3, 2}, {2021, 3, 23},
		{2022, 11, 1},
	} {
		c.rules = append(c.rules, once("il.election-day", "יום הבחירות", "Election Day", e.y, e.m, e.d))
	}
	return c
}
