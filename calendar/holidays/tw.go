package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// taiwan: 紀念日及節日實施條例 (Implementation Regulations for Commemorative
// Days and Festivals, as amended; the amendment of 2025 added Teachers'
// Day, Retrocession Day and Constitution Day as days off from 2025, the day
// before Lunar New Year's Eve and Labour Day for everyone from 2026), in the
// form of the government office calendar that the Directorate-General of
// Personnel Administration publishes each year (行政院人事行政總處「中華民國
// 政府行政機關辦公日曆表」). Since 2015 a holiday on a Saturday is made up
// on the working day before, one on a Sunday on the working day after; the
// days of Lunar New Year that fall on a weekend are made up on the working
// days after them (taiwanPost). When Children's Day and Tomb Sweeping Day
// (the Qingming solar term) fall on one day, Children's Day is the day
// before, or the day after when that day is a Thursday. The Directorate's
// bridge days (調整放假) and the Saturdays worked for them (補行上班) are
// kept as data for the years checked (2019, 2025). Labour Day before 2026
// is a day off under the Labor Standards Act but not for government
// offices: Bank. Lunar dates and Qingming in UTC+8. Not modelled: the
// further commemorative days off before 2001 (when the two-day weekend
// came; Peace Memorial Day is a holiday since 1997) and Women's and
// Children's Day (1998–2010).
func taiwan() *country {
	const z = zoneUTC8
	sub := satPrevSunNext
	children := func(y int) (date.Date, bool) {
		d := civilDate(y, time.April, 4)
		if solarTermDate(y, 15, z) == d {
			if d.Weekday() == time.Thursday {
				return d + 1, true
			}
			return d - 1, true
		}
		return d, true
	}
	c := &country{
		code: "TW", name: "臺灣", nameEN: "Taiwan",
		obsLocal: "（補假）", obsEN: " (observed)",
		rules: []*rule{
			fixed("tw.founding-day", "中華民國開國紀念日", "Founding Day of the Republic of China", time.January, 1).subst(sub),
			newRule("tw.lunar-new-year", "農曆除夕前一日", "Day before Lunar New Year's Eve", lunarNewYearWhen(-2, z)).since(2026),
			newRule("tw.lunar-new-year", "農曆除夕", "Lunar New Year's Eve", lunarNewYearWhen(-1, z)),
			newRule("tw.lunar-new-year", "春節", "Spring Festival", lunarNewYearWhen(0, z)),
			newRule("tw.lunar-new-year", "春節", "Spring Festival", lunarNewYearWhen(1, z)),
			newRule("tw.lunar-new-year", "春節", "Spring Festival", lunarNewYearWhen(2, z)),
			fixed("tw.peace-memorial-day", "和平紀念日", "Peace Memorial Day", time.February, 28).since(1997).subst(sub),
			newRule("tw.childrens-day", "兒童節", "Children's Day", children).since(2011).subst(sub),
			newRule("tw.tomb-sweeping-day", "民族掃墓節", "Tomb Sweeping Day", solarTermWhen(15, z)).subst(sub),
			fixed("tw.labour-day", "勞動節", "Labour Day", time.May, 1).until(2025).category(Bank),
			fixed("tw.labour-day", "勞動節", "Labour Day", time.May, 1).since(2026).subst(sub),
			newRule("tw.dragon-boat", "端午節", "Dragon Boat Festival", lunarWhen(5, 5, 0, z)).subst(sub),
			newRule("tw.mid-autumn", "中秋節", "Mid-Autumn Festival", lunarWhen(8, 15, 0, z)).subst(sub),
			fixed("tw.teachers-day", "孔子誕辰紀念日", "Teachers' Day", time.September, 28).since(2025).subst(sub),
			fixed("tw.national-day", "國慶日", "National Day", time.October, 10).subst(sub),
			fixed("tw.retrocession-day", "臺灣光復暨金門古寧頭大捷紀念日", "Retrocession Day", time.October, 25).since(2025).subst(sub),
			fixed("tw.constitution-day", "行憲紀念日", "Constitution Day", time.December, 25).since(2025).subst(sub),
			// Bridge days and the Saturdays worked for them, from the
			// Directorate-General's office calendars.
			once("tw.lunar-new-year", "調整放假", "Bridge holiday", 2019, time.February, 8).replacing(),
			workday("tw.lunar-new-year", 2019, time.January, 19),
			once("tw.peace-memorial-day", "調整放假", "Bridge holiday", 2019, time.March, 1).replacing(),
			workday("tw.peace-memorial-day", 2019, time.February, 23),
			once("tw.national-day", "調整放假", "Bridge holiday", 2019, time.October, 11).replacing(),
			workday("tw.national-day", 2019, time.October, 5),
			once("tw.lunar-new-year", "調整放假", "Bridge holiday", 2025, time.January, 27).replacing(),
			workday("tw.lunar-new-year", 2025, time.February, 8),
		},
	}
	c.post = func(r *region, y int, hs []Holiday) []Holiday {
		if y < 2015 {
			return hs
		}
		ny := lunarYearOf(y, z).newYear
		first := ny - 1
		if y >= 2026 {
			first = ny - 2
		}
		missed := 0
		for d := first; d <= ny+2; d++ {
			if r.weekend.has(d) {
				missed++
			}
		}
		for d := ny + 2; missed > 0; missed-- {
			d = nextWhere(d, func(d date.Date) bool { return !r.weekend.has(d) && !holidayOn(hs, d) })
			hs = append(hs, Holiday{ID: "tw.lunar-new-year", Date: d, Name: "春節" + c.obsLocal, NameEN: "Spring Festival" + c.obsEN, Category: Public, Observed: true})
		}
		return hs
	}
	return c
}
