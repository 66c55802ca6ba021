package holidays

import (
	"sort"
	"time"

	"github.com/rickb777/date/v2"
)

// thailand: the official holidays the Cabinet approves each year (the
// Secretariat of the Cabinet's list for government offices; the
// substitute rule of the Cabinet resolution: a holiday on a Saturday or
// Sunday is taken on the next working day). The Buddhist holy days follow
// the Thai lunar calendar: the year begins on the day computed from 28
// November 1913 by the year types (a normal year of 354 days, an
// athikawan year of 355, an athikamat year of 384 with a second 8th
// month), as the Thai lunar calendar for B.E. 2457–2700 (1914–2157) fixes
// them; the year-type lists are those tabulated in python-holidays
// (calendars/thai.py). Makha Bucha is the full moon of the 3rd month (4th
// in athikamat years), Visakha Bucha of the 6th (7th), Asanha Bucha of
// the 8th (the second 8th), Khao Phansa the day after. Labour Day closes
// banks and private employers but not government offices: Bank. Not
// modelled: the Royal Ploughing Ceremony (government only) and the special
// holidays the Cabinet adds in some years.
func thailand() *country {
	sub := nextFree
	buddhist := func(id, name, nameEN string, offset func(typ int) int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) {
			start, typ, ok := thaiLunarYear(y)
			if !ok {
				return 0, false
			}
			return start + date.Date(offset(typ)), true
		}).subst(sub)
	}
	return &country{
		code: "TH", name: "ประเทศไทย", nameEN: "Thailand",
		obsLocal: " (ชดเชย)", obsEN: " (substitution day)",
		rules: []*rule{
			fixed("th.new-year", "วันขึ้นปีใหม่", "New Year's Day", time.January, 1).subst(sub),
			buddhist("th.makha-bucha", "วันมาฆบูชา", "Makha Bucha", func(typ int) int {
				if typ == athikamat {
					return 102
				}
				return 73
			}),
			fixed("th.chakri", "วันจักรี", "Chakri Memorial Day", time.April, 6).subst(sub),
			fixed("th.songkran", "วันสงกรานต์", "Songkran", time.April, 13).subst(sub),
			fixed("th.songkran-2", "วันสงกรานต์", "Songkran", time.April, 14).subst(sub),
			fixed("th.songkran-3", "วันสงกรานต์", "Songkran", time.April, 15).subst(sub),
			fixed("th.labour-day", "วันแรงงานแห่งชาติ", "National Labour Day", time.May, 1).category(Bank),
			fixed("th.coronation-day", "วันฉัตรมงคล", "Coronation Day", time.May, 5).until(2016).subst(sub),
			fixed("th.coronation-day", "วันฉัตรมงคล", "Coronation Day", time.May, 4).since(2020).subst(sub),
			buddhist("th.visakha-bucha", "วันวิสาขบูชา", "Visakha Bucha", func(typ int) int {
				if typ == athikamat {
					return 191
				}
				return 161
			}),
			fixed("th.queen-suthida-birthday", "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี", "Queen Suthida's Birthday", time.June, 3).since(2019).subst(sub),
			buddhist("th.asanha-bucha", "วันอาสาฬหบูชา", "Asanha Bucha", asanhaOffset),
			buddhist("th.khao-phansa", "วันเข้าพรรษา", "Buddhist Lent Day", func(typ int) int { return asanhaOffset(typ) + 1 }),
			fixed("th.king-birthday", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King Vajiralongkorn's Birthday", time.July, 28).since(2017).subst(sub),
			fixed("th.mothers-day", "วันแม่แห่งชาติ", "Queen Mother's Birthday (Mother's Day)", time.August, 12).subst(sub),
			fixed("th.king-bhumibol-memorial", "วันนวมินทรมหาราช", "King Bhumibol Memorial Day", time.October, 13).since(2017).subst(sub),
			fixed("th.chulalongkorn-day", "วันปิยมหาราช", "Chulalongkorn Day", time.October, 23).subst(sub),
			fixed("th.fathers-day", "วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 (วันพ่อแห่งชาติ)", "King Bhumibol's Birthday (Father's Day)", time.December, 5).subst(sub),
			fixed("th.constitution-day", "วันรัฐธรรมนูญ", "Constitution Day", time.December, 10).subst(sub),
			fixed("th.new-years-eve", "วันสิ้นปี", "New Year's Eve", time.December, 31).subst(sub),
		},
	}
}

const (
	pakatimat = iota // normal year, 354 days
	athikawan        // an extra day, 355
	athikamat        // an extra month, 384
)

func asanhaOffset(typ int) int {
	switch typ {
	case athikamat:
		return 250
	case athikawan:
		return 221
	}
	return 220
}

// The Thai lunar years with an extra day and with an extra month,
// 1914–2157 (B.E. 2457–2700).
var (
	thaiAthikawan = []int{1914, 1917, 1925, 1929, 1933, 1936, 1945, 1949, 1952, 1957, 1963, 1970, 1973, 1979,
		1987, 1990, 1997, 2000, 2006, 2009, 2016, 2020, 2025, 2032, 2035, 2043, 2046, 2052, 2055, 2058, 2067,
		2071, 2076, 2083, 2086, 2092, 2097, 2103, 2109, 2111, 2117, 2121, 2126, 2133, 2136, 2142, 2147, 2153}
	thaiAthikamat = []int{1915, 1918, 1920, 1923, 1926, 1928, 1931, 1934, 1937, 1939, 1942, 1944, 1947, 1950,
		1953, 1956, 1958, 1961, 1964, 1966, 1969, 1972, 1975, 1977, 1980, 1983, 1985, 1988, 1991, 1994, 1996,
		1999, 2002, 2004, 2007, 2010, 2012, 2015, 2018, 2021, 2023, 2026, 2029, 2031, 2034, 2037, 2040, 2042,
		2045, 2048, 2050, 2053, 2056, 2059, 2062, 2064, 2066, 2069, 2072, 2074, 2077, 2080, 2082, 2085, 2088,
		2091, 2094, 2096, 2099, 2101, 2104, 2107, 2112, 2114, 2116, 2119, 2122, 2124, 2127, 2130, 2132, 2135,
		2138, 2141, 2144, 2146, 2149, 2151, 2154, 2157}
)

// thaiLunarYear returns the first day of the Thai lunar year that ends in
// Gregorian year y (it begins in November or December of y-1) and its
// type; ok is false outside 1914–2157.
func thaiLunarYear(y int) (start date.Date, typ int, ok bool) {
	if y < 1914 || y > 2157 {
		return 0, 0, false
	}
	mk := sort.SearchInts(thaiAthikamat, y) // years before y
	wn := sort.SearchInts(thaiAthikawan, y)
	start = civilDate(1913, time.November, 28) + date.Date(354*(y-1914)+30*mk+wn)
	switch {
	case mk < len(thaiAthikamat) && thaiAthikamat[mk] == y:
		typ = athikamat
	case wn < len(thaiAthikawan) && thaiAthikawan[wn] == y:
		typ = athikawan
	}
	return start, typ, true
}
