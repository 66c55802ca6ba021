package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// vietnam: Bộ luật Lao động (Labour Code) 2019 art. 112, before it the
// codes of 2012 (in force 2013) and 1994: New Year's Day; Tết Nguyên Đán,
// 4 days until 2012 and 5 since 2013, which the Prime Minister places each
// year around the lunar new year (in UTC+7; Vietnam's lunar calendar
// differs from China's in some years: Tết 2007, 2030, 2053); the Hùng
// Kings' Commemoration (lunar 3/10) since 2007; Reunification Day (30
// April); Labour Day; National Day (2 September), with a second day next
// to it since 2021. A holiday on a weekend is made up on the next working
// day (art. 111(3)). The Tết days announced for 2020–2026 and the second
// National Day of 2021–2025 are data (the Government's decisions as
// reported by the Ministry of Labour, Invalids and Social Affairs); other
// years are estimated (Tết: New Year's Eve and days 1–4 with weekend days
// made up; the second National Day: the day after), marked Estimated.
func vietnam() *country {
	const z = zoneUTC7
	const src = "Government of Viet Nam, decision on the Tết holiday (MOLISA)"
	tetPeriods := map[int][2]string{
		2020: {"2020-01-23", "2020-01-29"}, 2021: {"2021-02-10", "2021-02-16"},
		2022: {"2022-01-29", "2022-02-06"}, 2023: {"2023-01-20", "2023-01-26"},
		2024: {"2024-02-08", "2024-02-14"}, 2025: {"2025-01-25", "2025-02-02"},
		2026: {"2026-02-14", "2026-02-22"},
	}
	tet := func(off int, est bool) *rule {
		r := newRule("vn.tet", "Tết Nguyên Đán", "Lunar New Year (Tết)", nil)
		r.dates = func(y int, out []dated) []dated {
			if _, ok := tetPeriods[y]; ok {
				return out
			}
			d := lunarYearOf(y, z).newYear + date.Date(off)
			if est {
				return append(out, dated{d: d, est: true, src: "estimate: New Year's Eve and the 1st to 4th day of Tết"})
			}
			return append(out, dated{d: d})
		}
		return r.subst(nextFree)
	}
	announcedTet := newRule("vn.tet", "Tết Nguyên Đán", "Lunar New Year (Tết)", nil)
	announcedTet.dates = func(y int, out []dated) []dated {
		p, ok := tetPeriods[y]
		if !ok {
			return out
		}
		for d := date.MustParseISO(p[0]); d <= date.MustParseISO(p[1]); d++ {
			if !isWeekend(d) {
				out = append(out, dated{d: d, src: src})
			}
		}
		return out
	}
	secondNational := map[int]string{2021: "2021-09-03", 2022: "2022-09-01", 2023: "2023-09-01", 2024: "2024-09-03", 2025: "2025-09-01"}
	national2 := newRule("vn.quoc-khanh", "Quốc khánh", "National Day", nil)
	national2.dates = func(y int, out []dated) []dated {
		if s, ok := secondNational[y]; ok {
			return append(out, dated{d: date.MustParseISO(s), src: "Government of Viet Nam, decision on the National Day holiday"})
		}
		return append(out, dated{d: civilDate(y, time.September, 3), est: true, src: "estimate: the day after National Day"})
	}
	return &country{
		code: "VN", name: "Việt Nam", nameEN: "Vietnam",
		obsLocal: " (nghỉ bù)", obsEN: " (in lieu)",
		rules: []*rule{
			fixed("vn.tet-duong-lich", "Tết Dương lịch", "New Year's Day", time.January, 1).subst(nextFree),
			tet(-1, false).until(2012), tet(0, false).until(2012), tet(1, false).until(2012), tet(2, false).until(2012),
			tet(-1, true).since(2013), tet(0, true).since(2013), tet(1, true).since(2013), tet(2, true).since(2013), tet(3, true).since(2013),
			announcedTet,
			newRule("vn.gio-to-hung-vuong", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", lunarWhen(3, 10, 0, z)).since(2007).subst(nextFree),
			fixed("vn.giai-phong-mien-nam", "Ngày Giải phóng miền Nam, thống nhất đất nước", "Reunification Day", time.April, 30).subst(nextFree),
			fixed("vn.quoc-te-lao-dong", "Ngày Quốc tế Lao động", "International Labour Day", time.May, 1).subst(nextFree),
			fixed("vn.quoc-khanh", "Quốc khánh", "National Day", time.September, 2).subst(nextFree),
			national2.since(2021).subst(nextFree),
		},
	}
}
