package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// hongKong: the general holidays of the General Holidays Ordinance (Cap.
// 149), Schedule, as in force since 1999 (Labour Day and the Birthday of
// the Buddha added by the amendment of 1998; HKSAR Establishment Day and
// National Day since 1997), the days on which banks and government offices
// close. A general holiday on a Sunday gives the following day that is not
// itself a general holiday (s. 3); so does, since 2012, the day following
// the Mid-Autumn Festival when it is a Sunday, and Lunar New Year's Day on a
// Sunday gives the fourth day of the year (General Holidays and Employment
// Legislation (Substitution of Holidays) (Amendment) Ordinance 2011);
// until 2011 the day preceding Lunar New Year's Day and the Mid-Autumn
// Festival itself took their place. Where two holidays fall on one day the
// later gets the next day (the day following National Day in 2012). The
// Government's yearly list (https://www.gov.hk/en/about/abouthk/holiday/)
// is checked in hk_test.go. Not modelled: the holidays before 1999 of the
// colonial schedule (Queen's Birthday, Liberation Day) and of 1997–1998.
// Lunar dates and Ching Ming in Hong Kong time (UTC+8), as the Hong Kong
// Observatory publishes them.
func hongKong() *country {
	const z = zoneUTC8
	sub := sunOrOverlapNextNonHoliday
	maFollowing := func(y int) (date.Date, bool) {
		d, _ := lunarWhen(8, 15, 1, z)(y)
		if y <= 2011 && d.Weekday() == time.Sunday {
			d-- // the Festival itself
		}
		return d, true
	}
	lnyEve := func(y int) (date.Date, bool) {
		d := lunarYearOf(y, z).newYear
		return d - 1, d.Weekday() == time.Sunday
	}
	return &country{
		code: "HK", name: "香港", nameEN: "Hong Kong",
		obsLocal: "（補假）", obsEN: " (substitute day)",
		rules: []*rule{
			fixed("hk.new-year", "一月一日", "The first day of January", time.January, 1).subst(sub),
			newRule("hk.lunar-new-year-eve", "農曆年初一的前一日", "The day preceding Lunar New Year's Day", lnyEve).until(2011),
			newRule("hk.lunar-new-year", "農曆年初一", "Lunar New Year's Day", lunarNewYearWhen(0, z)).until(2011),
			newRule("hk.lunar-new-year", "農曆年初一", "Lunar New Year's Day", lunarNewYearWhen(0, z)).since(2012).subst(sub),
			newRule("hk.lunar-new-year-2", "農曆年初二", "The second day of Lunar New Year", lunarNewYearWhen(1, z)).subst(sub),
			newRule("hk.lunar-new-year-3", "農曆年初三", "The third day of Lunar New Year", lunarNewYearWhen(2, z)).subst(sub),
			newRule("hk.ching-ming", "清明節", "Ching Ming Festival", solarTermWhen(15, z)).subst(sub),
			easter("hk.good-friday", "耶穌受難節", "Good Friday", -2),
			easter("hk.day-after-good-friday", "耶穌受難節翌日", "The day following Good Friday", -1),
			easter("hk.easter-monday", "復活節星期一", "Easter Monday", 1).subst(sub),
			fixed("hk.labour-day", "勞動節", "Labour Day", time.May, 1).since(1999).subst(sub),
			newRule("hk.buddha", "佛誕", "The Birthday of the Buddha", lunarWhen(4, 8, 0, z)).since(1999).subst(sub),
			newRule("hk.tuen-ng", "端午節", "Tuen Ng Festival", lunarWhen(5, 5, 0, z)).subst(sub),
			fixed("hk.establishment-day", "香港特別行政區成立紀念日", "Hong Kong Special Administrative Region Establishment Day", time.July, 1).since(1997).subst(sub),
			once("hk.war-victory-70", "中國人民抗日戰爭勝利70周年紀念日", "The 70th anniversary of the victory of the Chinese people's war of resistance against Japanese aggression", 2015, time.September, 3),
			newRule("hk.mid-autumn-following", "中秋節翌日", "The day following the Chinese Mid-Autumn Festival", maFollowing).until(2011).subst(sub),
			newRule("hk.mid-autumn-following", "中秋節翌日", "The day following the Chinese Mid-Autumn Festival", lunarWhen(8, 15, 1, z)).since(2012).subst(sub),
			newRule("hk.national-day", "國慶日", "National Day", fixedDay(time.October, 1)).since(1997).subst(sub),
			newRule("hk.chung-yeung", "重陽節", "Chung Yeung Festival", lunarWhen(9, 9, 0, z)).subst(sub),
			fixed("hk.christmas", "聖誕節", "Christmas Day", time.December, 25).subst(sub),
			newRule("hk.christmas-weekday", "聖誕節後第一個周日", "The first weekday after Christmas Day", func(y int) (date.Date, bool) {
				d := civilDate(y, time.December, 26)
				if d.Weekday() == time.Sunday {
					d++
				}
				return d, true
			}),
		},
	}
}
