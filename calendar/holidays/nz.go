package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// newZealand: Holidays Act 2003 ss. 44–45A, Te Kāhui o Matariki Public
// Holiday Act 2022 (Schedule 1: the Matariki dates 2022–2052; later years
// are added by Order in Council and are not known yet), the Queen Elizabeth
// II Memorial Day Act 2022 (26 September 2022), and the regional
// anniversary days as Employment New Zealand lists them ("Public holidays
// and anniversary dates").
//
// Weekends ("Mondayisation"): New Year's Day, 2 January, Christmas Day and
// Boxing Day on a weekend are observed on the next weekdays (s. 45);
// Waitangi Day and Anzac Day on a weekend on the following Monday since
// 2014 (s. 45A, Holidays (Full Recognition of Waitangi Day and ANZAC Day)
// Amendment Act 2013), and not at all when that Monday is Easter Monday.
//
// The anniversary days are public holidays in their provincial districts
// (s. 44(1)(k)); the ISO 3166-2 regions here take the district most of the
// region observes: Auckland's for Northland, Auckland, Waikato, Bay of
// Plenty and Gisborne; Wellington's for Wellington and Manawatū-Whanganui;
// Nelson's for Nelson and Tasman; Canterbury's (Christchurch Show Day) for
// Canterbury, though South Canterbury keeps Dominion Day instead.
func newZealand() *country {
	const (
		auk, bop, can, cit, gis, hkb, mbh, mwt, nsn = "NZ-AUK", "NZ-BOP", "NZ-CAN", "NZ-CIT", "NZ-GIS", "NZ-HKB", "NZ-MBH", "NZ-MWT", "NZ-NSN"
		ntl, ota, stl, tas, tki, wgn, wko, wtc      = "NZ-NTL", "NZ-OTA", "NZ-STL", "NZ-TAS", "NZ-TKI", "NZ-WGN", "NZ-WKO", "NZ-WTC"
	)
	labourDay := nthWeekday(time.October, time.Monday, 4)
	anniversary := func(id, name string, w whenFunc, codes ...string) *rule {
		return newRule("nz."+id, name, name, w).regions(codes...)
	}
	nearest := func(m time.Month, d int) whenFunc { return caNearestMonday(m, d) }
	rules := []*rule{
		fixed("nz.new-years-day", "New Year's Day", "New Year's Day", time.January, 1).subst(nextFree),
		fixed("nz.day-after-new-years-day", "Day after New Year's Day", "Day after New Year's Day", time.January, 2).subst(nextFree),
		fixed("nz.waitangi-day", "Waitangi Day", "Waitangi Day", time.February, 6),
		nzMondayised("nz.waitangi-day", "Waitangi Day", time.February, 6),
		easter("nz.good-friday", "Good Friday", "Good Friday", -2),
		easter("nz.easter-monday", "Easter Monday", "Easter Monday", 1),
		fixed("nz.anzac-day", "Anzac Day", "Anzac Day", time.April, 25),
		nzMondayised("nz.anzac-day", "Anzac Day", time.April, 25),
		nth("nz.sovereigns-birthday", "Queen's Birthday", "Queen's Birthday", time.June, time.Monday, 1).until(2022),
		nth("nz.sovereigns-birthday", "King's Birthday", "King's Birthday", time.June, time.Monday, 1).since(2023),
		nzMatariki(),
		once("nz.queen-elizabeth-memorial-day", "Queen Elizabeth II Memorial Day", "Queen Elizabeth II Memorial Day", 2022, time.September, 26),
		newRule("nz.labour-day", "Labour Day", "Labour Day", labourDay),
		fixed("nz.christmas-day", "Christmas Day", "Christmas Day", time.December, 25).subst(nextFree),
		fixed("nz.boxing-day", "Boxing Day", "Boxing Day", time.December, 26).subst(nextFree),

		// Anniversary days, as observed (Employment New Zealand): the
		// Monday nearest the anniversary unless noted.
		anniversary("auckland-anniversary", "Auckland Anniversary Day", nearest(time.January, 29), ntl, auk, wko, bop, gis),
		anniversary("wellington-anniversary", "Wellington Anniversary Day", nearest(time.January, 22), wgn, mwt),
		anniversary("nelson-anniversary", "Nelson Anniversary Day", nearest(time.February, 1), nsn, tas),
		// Taranaki: the second Monday in March.
		anniversary("taranaki-anniversary", "Taranaki Anniversary Day", nthWeekday(time.March, time.Monday, 2), tki),
		// Otago: the Monday nearest 23 March, the Tuesday after when that
		// is Easter Monday.
		anniversary("otago-anniversary", "Otago Anniversary Day", func(y int) (date.Date, bool) {
			d, _ := caNearestMonday(time.March, 23)(y)
			if d == Easter(y)+1 {
				d++
			}
			return d, true
		}, ota),
		// Southland: the Monday nearest 17 January until 2011, Easter
		// Tuesday since 2012 (Southland District Council).
		anniversary("southland-anniversary", "Southland Anniversary Day", nearest(time.January, 17), stl).until(2011),
		anniversary("southland-anniversary", "Southland Anniversary Day", func(y int) (date.Date, bool) { return Easter(y) + 2, true }, stl).since(2012),
		// Hawke's Bay: the Friday before Labour Day; Marlborough: the
		// Monday after.
		anniversary("hawkes-bay-anniversary", "Hawke's Bay Anniversary Day", func(y int) (date.Date, bool) {
			d, _ := labourDay(y)
			return d - 3, true
		}, hkb),
		anniversary("marlborough-anniversary", "Marlborough Anniversary Day", func(y int) (date.Date, bool) {
			d, _ := labourDay(y)
			return d + 7, true
		}, mbh),
		// Canterbury: Christchurch Show Day, the second Friday after the
		// first Tuesday in November.
		anniversary("canterbury-anniversary", "Canterbury Anniversary Day (Show Day)", func(y int) (date.Date, bool) {
			d, _ := nthWeekday(time.November, time.Tuesday, 1)(y)
			return d + 10, true
		}, can),
		anniversary("chatham-islands-anniversary", "Chatham Islands Anniversary Day", nearest(time.November, 30), cit),
		anniversary("westland-anniversary", "Westland Anniversary Day", nearest(time.December, 1), wtc),
	}
	return &country{
		code: "NZ", name: "Aotearoa New Zealand", nameEN: "New Zealand",
		obsLocal: " (observed)", obsEN: " (observed)",
		regions: []regionDef{
			{auk, "Tāmaki-Makaurau / Auckland", "Auckland", ""},
			{bop, "Te Moana-a-Toi / Bay of Plenty", "Bay of Plenty", ""},
			{can, "Waitaha / Canterbury", "Canterbury", ""},
			{cit, "Wharekauri / Chatham Islands", "Chatham Islands", ""},
			{gis, "Te Tairāwhiti / Gisborne", "Gisborne", ""},
			{hkb, "Te Matau-a-Māui / Hawke's Bay", "Hawke's Bay", ""},
			{mbh, "Te Tauihu-o-te-waka / Marlborough", "Marlborough", ""},
			{mwt, "Manawatū-Whanganui", "Manawatū-Whanganui", ""},
			{nsn, "Whakatū / Nelson", "Nelson", ""},
			{ntl, "Te Taitokerau / Northland", "Northland", ""},
			{ota, "Ōtākou / Otago", "Otago", ""},
			{stl, "Murihiku / Southland", "Southland", ""},
			{tas, "Te Tai-o-Aorere / Tasman", "Tasman", ""},
			{tki, "Taranaki", "Taranaki", ""},
			{wgn, "Te Whanganui-a-Tara / Wellington", "Wellington", ""},
			{wko, "Waikato", "Waikato", ""},
			{wtc, "Te Tai Poutini / West Coast", "West Coast", ""},
		},
		rules: rules,
	}
}

// nzMondayised is the Monday on which Waitangi Day or Anzac Day is
// observed when it falls on a weekend (s. 45A, from 2014), unless that
// Monday is Easter Monday.
func nzMondayised(id, name string, m time.Month, d int) *rule {
	return newRule(id, name+" (observed)", name+" (observed)", func(y int) (date.Date, bool) {
		h := civilDate(y, m, d)
		var o date.Date
		switch h.Weekday() {
		case time.Saturday:
			o = h + 2
		case time.Sunday:
			o = h + 1
		default:
			return 0, false
		}
		return o, o != Easter(y)+1
	}).replacing().since(2014)
}

// nzMatarikiDays is Schedule 1 of Te Kāhui o Matariki Public Holiday Act
// 2022: the Friday on which Matariki is observed, 2022–2052, as month and
// day.
var nzMatarikiDays = [...][2]int{
	{6, 24}, {7, 14}, {6, 28}, {6, 20}, {7, 10}, {6, 25}, {7, 14}, {7, 6}, {6, 21}, {7, 11}, // 2022–2031
	{7, 2}, {6, 24}, {7, 7}, {6, 29}, {7, 18}, {7, 10}, {6, 25}, {7, 15}, {7, 6}, {7, 19}, // 2032–2041
	{7, 11}, {7, 3}, {6, 24}, {7, 7}, {6, 29}, {7, 19}, {7, 3}, {6, 25}, {7, 15}, {6, 30}, // 2042–2051
	{6, 21}, // 2052
}

func nzMatariki() *rule {
	return newRule("nz.matariki", "Matariki", "Matariki", func(y int) (date.Date, bool) {
		i := y - 2022
		if i < 0 || i >= len(nzMatarikiDays) {
			return 0, false
		}
		md := nzMatarikiDays[i]
		return civilDate(y, time.Month(md[0]), md[1]), true
	})
}
