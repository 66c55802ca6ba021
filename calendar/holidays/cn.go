package holidays

import (
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// china: 全国年节及纪念日放假办法 (the State Council's measures on national
// holidays of 1949, revised 1999, 2007, 2013 and 2024), and the General
// Office of the State Council's yearly notice on the holiday arrangements
// (国务院办公厅关于某年部分节假日安排的通知), which bridges holidays to
// weekends by moving weekend rest days: the weekdays taken off are listed
// as Observed days (调休) of the holiday, and the weekend days worked
// instead are extra working days ([Set.WorkingDates]). The notices are kept
// for 2012–2026 (cnNotices); other years have the statutory days only.
//
// Statutory days:
//   - 1950–1999: New Year 1 day, Spring Festival 3 (lunar 1/1–1/3),
//     Labour Day 1, National Day 2 (1–2 October).
//   - 1999 revision (National Day from 1999, Labour Day from 2000): Labour
//     Day 3 (1–3 May), National Day 3 (1–3 October).
//   - 2007 revision (from 2008): Spring Festival on New Year's Eve and lunar
//     1/1–1/2; Labour Day 1; Qingming (the solar term, 15°), Dragon Boat
//     (5/5) and Mid-Autumn (8/15) 1 day each.
//   - 2013 revision (from 2014): Spring Festival lunar 1/1–1/3.
//   - 2024 revision (from 2025): Spring Festival on New Year's Eve and
//     lunar 1/1–1/3; Labour Day 1–2 May.
//
// The half days for part of the population (Women's Day for women, Youth
// Day for young people over 14, Children's Day for children under 14, Army
// Day for soldiers in service) are Optional. Lunar dates and Qingming
// follow the national standard GB/T 33661-2017 in Beijing time (lunisolar.go).
func china() *country {
	const (
		nyd, sf, qm, ld = "cn.yuandan", "cn.chunjie", "cn.qingming", "cn.laodongjie"
		db, ma, nd      = "cn.duanwujie", "cn.zhongqiujie", "cn.guoqingjie"
	)
	c := &country{
		code: "CN", name: "中国", nameEN: "China",
		obsLocal: "（调休）", obsEN: " (in lieu)",
		rules: []*rule{
			fixed(nyd, "元旦", "New Year's Day", time.January, 1).since(1950),
			newRule(sf, "春节", "Spring Festival (New Year's Eve)", lunarNewYearWhen(-1, zoneUTC8)).years(2008, 2013),
			newRule(sf, "春节", "Spring Festival (New Year's Eve)", lunarNewYearWhen(-1, zoneUTC8)).since(2025),
			newRule(sf, "春节", "Spring Festival", lunarNewYearWhen(0, zoneUTC8)).since(1950),
			newRule(sf, "春节", "Spring Festival", lunarNewYearWhen(1, zoneUTC8)).since(1950),
			newRule(sf, "春节", "Spring Festival", lunarNewYearWhen(2, zoneUTC8)).years(1950, 2007),
			newRule(sf, "春节", "Spring Festival", lunarNewYearWhen(2, zoneUTC8)).since(2014),
			fixed("cn.funvjie", "国际妇女节", "International Women's Day (half day for women)", time.March, 8).category(Optional).since(1950),
			newRule(qm, "清明节", "Qingming Festival", solarTermWhen(15, zoneUTC8)).since(2008),
			fixed(ld, "劳动节", "Labour Day", time.May, 1).since(1950),
			fixed(ld, "劳动节", "Labour Day", time.May, 2).years(2000, 2007),
			fixed(ld, "劳动节", "Labour Day", time.May, 2).since(2025),
			fixed(ld, "劳动节", "Labour Day", time.May, 3).years(2000, 2007),
			fixed("cn.qingnianjie", "五四青年节", "Youth Day (half day for young people)", time.May, 4).category(Optional).since(1950),
			fixed("cn.ertongjie", "六一儿童节", "Children's Day (for children under 14)", time.June, 1).category(Optional).since(1950),
			newRule(db, "端午节", "Dragon Boat Festival", lunarWhen(5, 5, 0, zoneUTC8)).since(2008),
			fixed("cn.jianjunjie", "建军节", "Army Day (half day for soldiers)", time.August, 1).category(Optional).since(1950),
			once("cn.kangzhan-shengli-70", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of the Victory of the War of Resistance", 2015, time.September, 3),
			newRule(ma, "中秋节", "Mid-Autumn Festival", lunarWhen(8, 15, 0, zoneUTC8)).since(2008),
			fixed(nd, "国庆节", "National Day", time.October, 1).since(1950),
			fixed(nd, "国庆节", "National Day", time.October, 2).since(1950),
			fixed(nd, "国庆节", "National Day", time.October, 3).since(1999),
		},
	}
	names := map[string][2]string{}
	for _, r := range c.rules {
		if _, ok := names[r.id]; !ok || r.id == sf {
			names[r.id] = [2]string{r.name, r.nameEN}
		}
	}
	names[sf] = [2]string{"春节", "Spring Festival"}
	spans := map[int][]cnSpan{} // by year of the first and of the last day
	for _, n := range cnNotices {
		for _, p := range n.spans {
			id := map[string]string{"元旦": nyd, "春节": sf, "清明节": qm, "劳动节": ld, "端午节": db, "中秋节": ma, "国庆节": nd, "抗战胜利70周年": "cn.kangzhan-shengli-70"}[p.name]
			if id == "" {
				panic("holidays: CN notice " + n.ref + ": unknown holiday " + p.name) // a data bug caught by every test
			}
			from, to := date.MustParseISO(p.from), date.MustParseISO(p.to)
			nm := names[id]
			if id == "cn.kangzhan-shengli-70" {
				nm = [2]string{"中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th Anniversary of the Victory of the War of Resistance"}
			}
			sp := cnSpan{id: id, name: nm[0] + c.obsLocal, nameEN: nm[1] + c.obsEN, from: from, to: to, src: "国务院办公厅 " + n.ref}
			spans[from.Year()] = append(spans[from.Year()], sp)
			if to.Year() != from.Year() {
				spans[to.Year()] = append(spans[to.Year()], sp)
			}
			for _, w := range strings.Fields(p.work) {
				d := date.MustParseISO(w)
				y, m, dd := d.Date()
				c.rules = append(c.rules, workday(id, y, m, dd))
			}
		}
	}
	c.post = func(r *region, y int, hs []Holiday) []Holiday {
		n := len(hs)
		for _, s := range spans[y] {
			for d := s.from; d <= s.to; d++ {
				if yearOf(d) != y || isWeekend(d) || holidayOn(hs[:n], d) {
					continue
				}
				hs = append(hs, Holiday{ID: s.id, Date: d, Name: s.name, NameEN: s.nameEN, Category: Public, Observed: true, Source: s.src})
			}
		}
		return hs
	}
	return c
}

// holidayOn reports whether a full-day holiday (Public or Bank) of hs
// falls on d.
func holidayOn(hs []Holiday, d date.Date) bool {
	for _, h := range hs {
		if h.Date == d && (h.Category == Public || h.Category == Bank) {
			return true
		}
	}
	return false
}

// cnSpan is a holiday period of a State Council notice, with the names of
// its days in lieu.
type cnSpan struct {
	id, name, nameEN, src string
	from, to              date.Date
}

// cnNotice is the General Office of the State Council's notice on the
// holiday arrangements of a year: each period off (放假) and the weekend
// days worked instead (上班).
type cnNotice struct {
	ref   string // where the notice is published
	spans []struct{ name, from, to, work string }
}

// cnNotices: the notices as published on www.gov.cn, with the later
// changes: the 2015 commemoration (http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm),
// the 2019 Labour Day (http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm),
// the 2020 Spring Festival extended to 2 February (http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm).
var cnNotices = []cnNotice{
	{"http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm", []struct{ name, from, to, work string }{
		{"元旦", "2012-01-01", "2012-01-03", "2011-12-31"},
		{"春节", "2012-01-22", "2012-01-28", "2012-01-21 2012-01-29"},
		{"清明节", "2012-04-02", "2012-04-04", "2012-03-31 2012-04-01"},
		{"劳动节", "2012-04-29", "2012-05-01", "2012-04-28"},
		{"端午节", "2012-06-22", "2012-06-24", ""},
		{"国庆节", "2012-09-30", "2012-10-07", "2012-09-29"},
	}},
	{"http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm", []struct{ name, from, to, work string }{
		{"元旦", "2013-01-01", "2013-01-03", "2013-01-05 2013-01-06"},
		{"春节", "2013-02-09", "2013-02-15", "2013-02-16 2013-02-17"},
		{"清明节", "2013-04-04", "2013-04-06", "2013-04-07"},
		{"劳动节", "2013-04-29", "2013-05-01", "2013-04-27 2013-04-28"},
		{"端午节", "2013-06-10", "2013-06-12", "2013-06-08 2013-06-09"},
		{"中秋节", "2013-09-19", "2013-09-21", "2013-09-22"},
		{"国庆节", "2013-10-01", "2013-10-07", "2013-09-29 2013-10-12"},
	}},
	{"http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm", []struct{ name, from, to, work string }{
		{"元旦", "2014-01-01", "2014-01-01", ""},
		{"春节", "2014-01-31", "2014-02-06", "2014-01-26 2014-02-08"},
		{"清明节", "2014-04-05", "2014-04-07", ""},
		{"劳动节", "2014-05-01", "2014-05-03", "2014-05-04"},
		{"端午节", "2014-05-31", "2014-06-02", ""},
		{"中秋节", "2014-09-06", "2014-09-08", ""},
		{"国庆节", "2014-10-01", "2014-10-07", "2014-09-28 2014-10-11"},
	}},
	{"http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm", []struct{ name, from, to, work string }{
		{"元旦", "2015-01-01", "2015-01-03", "2015-01-04"},
		{"春节", "2015-02-18", "2015-02-24", "2015-02-15 2015-02-28"},
		{"清明节", "2015-04-04", "2015-04-06", ""},
		{"劳动节", "2015-05-01", "2015-05-03", ""},
		{"端午节", "2015-06-20", "2015-06-22", ""},
		{"抗战胜利70周年", "2015-09-03", "2015-09-05", "2015-09-06"},
		{"中秋节", "2015-09-26", "2015-09-27", ""},
		{"国庆节", "2015-10-01", "2015-10-07", "2015-10-10"},
	}},
	{"http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm", []struct{ name, from, to, work string }{
		{"元旦", "2016-01-01", "2016-01-03", ""},
		{"春节", "2016-02-07", "2016-02-13", "2016-02-06 2016-02-14"},
		{"清明节", "2016-04-02", "2016-04-04", ""},
		{"劳动节", "2016-04-30", "2016-05-02", ""},
		{"端午节", "2016-06-09", "2016-06-11", "2016-06-12"},
		{"中秋节", "2016-09-15", "2016-09-17", "2016-09-18"},
		{"国庆节", "2016-10-01", "2016-10-07", "2016-10-08 2016-10-09"},
	}},
	{"http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm", []struct{ name, from, to, work string }{
		{"元旦", "2016-12-31", "2017-01-02", ""},
		{"春节", "2017-01-27", "2017-02-02", "2017-01-22 2017-02-04"},
		{"清明节", "2017-04-02", "2017-04-04", "2017-04-01"},
		{"劳动节", "2017-04-29", "2017-05-01", ""},
		{"端午节", "2017-05-28", "2017-05-30", "2017-05-27"},
		{"国庆节", "2017-10-01", "2017-10-08", "2017-09-30"},
	}},
	{"http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm", []struct{ name, from, to, work string }{
		{"元旦", "2017-12-30", "2018-01-01", ""},
		{"春节", "2018-02-15", "2018-02-21", "2018-02-11 2018-02-24"},
		{"清明节", "2018-04-05", "2018-04-07", "2018-04-08"},
		{"劳动节", "2018-04-29", "2018-05-01", "2018-04-28"},
		{"端午节", "2018-06-16", "2018-06-18", ""},
		{"中秋节", "2018-09-22", "2018-09-24", ""},
		{"国庆节", "2018-10-01", "2018-10-07", "2018-09-29 2018-09-30"},
	}},
	{"http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm", []struct{ name, from, to, work string }{
		{"元旦", "2018-12-30", "2019-01-01", "2018-12-29"},
		{"春节", "2019-02-04", "2019-02-10", "2019-02-02 2019-02-03"},
		{"清明节", "2019-04-05", "2019-04-07", ""},
		{"劳动节", "2019-05-01", "2019-05-04", "2019-04-28 2019-05-05"},
		{"端午节", "2019-06-07", "2019-06-09", ""},
		{"中秋节", "2019-09-13", "2019-09-15", ""},
		{"国庆节", "2019-10-01", "2019-10-07", "2019-09-29 2019-10-12"},
	}},
	{"http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm", []struct{ name, from, to, work string }{
		{"元旦", "2020-01-01", "2020-01-01", ""},
		{"春节", "2020-01-24", "2020-02-02", "2020-01-19"}, // extended to 2 February; 1 February no longer worked
		{"清明节", "2020-04-04", "2020-04-06", ""},
		{"劳动节", "2020-05-01", "2020-05-05", "2020-04-26 2020-05-09"},
		{"端午节", "2020-06-25", "2020-06-27", "2020-06-28"},
		{"国庆节", "2020-10-01", "2020-10-08", "2020-09-27 2020-10-10"},
	}},
	{"http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm", []struct{ name, from, to, work string }{
		{"元旦", "2021-01-01", "2021-01-03", ""},
		{"春节", "2021-02-11", "2021-02-17", "2021-02-07 2021-02-20"},
		{"清明节", "2021-04-03", "2021-04-05", ""},
		{"劳动节", "2021-05-01", "2021-05-05", "2021-04-25 2021-05-08"},
		{"端午节", "2021-06-12", "2021-06-14", ""},
		{"中秋节", "2021-09-19", "2021-09-21", "2021-09-18"},
		{"国庆节", "2021-10-01", "2021-10-07", "2021-09-26 2021-10-09"},
	}},
	{"http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm", []struct{ name, from, to, work string }{
		{"元旦", "2022-01-01", "2022-01-03", ""},
		{"春节", "2022-01-31", "2022-02-06", "2022-01-29 2022-01-30"},
		{"清明节", "2022-04-03", "2022-04-05", "2022-04-02"},
		{"劳动节", "2022-04-30", "2022-05-04", "2022-04-24 2022-05-07"},
		{"端午节", "2022-06-03", "2022-06-05", ""},
		{"中秋节", "2022-09-10", "2022-09-12", ""},
		{"国庆节", "2022-10-01", "2022-10-07", "2022-10-08 2022-10-09"},
	}},
	{"http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm", []struct{ name, from, to, work string }{
		{"元旦", "2022-12-31", "2023-01-02", ""},
		{"春节", "2023-01-21", "2023-01-27", "2023-01-28 2023-01-29"},
		{"清明节", "2023-04-05", "2023-04-05", ""},
		{"劳动节", "2023-04-29", "2023-05-03", "2023-04-23 2023-05-06"},
		{"端午节", "2023-06-22", "2023-06-24", "2023-06-25"},
		{"国庆节", "2023-09-29", "2023-10-06", "2023-10-07 2023-10-08"},
	}},
	{"https://www.gov.cn/zhengce/content/202310/content_6911527.htm", []struct{ name, from, to, work string }{
		{"元旦", "2023-12-30", "2024-01-01", ""},
		{"春节", "2024-02-10", "2024-02-17", "2024-02-04 2024-02-18"},
		{"清明节", "2024-04-04", "2024-04-06", "2024-04-07"},
		{"劳动节", "2024-05-01", "2024-05-05", "2024-04-28 2024-05-11"},
		{"端午节", "2024-06-08", "2024-06-10", ""},
		{"中秋节", "2024-09-15", "2024-09-17", "2024-09-14"},
		{"国庆节", "2024-10-01", "2024-10-07", "2024-09-29 2024-10-12"},
	}},
	{"https://www.gov.cn/zhengce/content/202411/content_6986382.htm", []struct{ name, from, to, work string }{
		{"元旦", "2025-01-01", "2025-01-01", ""},
		{"春节", "2025-01-28", "2025-02-04", "2025-01-26 2025-02-08"},
		{"清明节", "2025-04-04", "2025-04-06", ""},
		{"劳动节", "2025-05-01", "2025-05-05", "2025-04-27"},
		{"端午节", "2025-05-31", "2025-06-02", ""},
		{"国庆节", "2025-10-01", "2025-10-08", "2025-09-28 2025-10-11"},
	}},
	{"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm", []struct{ name, from, to, work string }{
		{"元旦", "2026-01-01", "2026-01-03", "2026-01-04"},
		{"春节", "2026-02-15", "2026-02-23", "2026-02-14 2026-02-28"},
		{"清明节", "2026-04-04", "2026-04-06", ""},
		{"劳动节", "2026-05-01", "2026-05-05", "2026-05-09"},
		{"端午节", "2026-06-19", "2026-06-21", ""},
		{"中秋节", "2026-09-25", "2026-09-27", ""},
		{"国庆节", "2026-10-01", "2026-10-07", "2026-09-20 2026-10-10"},
	}},
}
