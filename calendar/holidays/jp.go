package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// japan: 国民の祝日に関する法律 (Act on National Holidays, Act No. 178 of
// 1948, as amended), with the one-off days of special acts: the funeral of
// Emperor Shōwa (24 February 1989), the enthronement ceremonies (12
// November 1990; 1 May and 22 October 2019), the Crown Prince's wedding (9
// June 1993), and the moves of Marine Day, Sports Day and Mountain Day for
// the Tokyo Olympics (2020 and 2021, 平成三十二年東京オリンピック競技大会・
// 東京パラリンピック競技大会特別措置法 as amended in 2018 and 2020).
//
// The Vernal and Autumnal Equinox Days are the days of the equinoxes in
// Japan time, which the National Astronomical Observatory of Japan
// declares each February for the next year (暦要項); they are computed here
// astronomically (astro.go) and checked against the published days
// 1995–2050 (astro_test.go).
//
// Substitute holiday (振替休日, art. 3(2), since 12 April 1973): a national
// holiday on a Sunday gives the next day; since 2007 the next day that is
// not a national holiday. Citizens' holiday (国民の休日, art. 3(3), since
// 27 December 1985): a day between two national holidays is a holiday.
// Both are computed by japanPost. Source of the lists checked in jp_test.go:
// the Cabinet Office (内閣府「国民の祝日について」, syukujitsu.csv).
func japan() *country {
	return &country{
		code: "JP", name: "日本", nameEN: "Japan",
		obsLocal: " 振替休日", obsEN: " (substitute holiday)",
		rules: []*rule{
			fixed("jp.ganjitsu", "元日", "New Year's Day", time.January, 1).since(1948),
			fixed("jp.seijin-no-hi", "成人の日", "Coming of Age Day", time.January, 15).years(1949, 1999),
			nth("jp.seijin-no-hi", "成人の日", "Coming of Age Day", time.January, time.Monday, 2).since(2000),
			fixed("jp.kenkoku-kinen-no-hi", "建国記念の日", "National Foundation Day", time.February, 11).since(1967),
			fixed("jp.tenno-tanjobi", "天皇誕生日", "The Emperor's Birthday", time.April, 29).years(1949, 1988),
			fixed("jp.tenno-tanjobi", "天皇誕生日", "The Emperor's Birthday", time.December, 23).years(1989, 2018),
			fixed("jp.tenno-tanjobi", "天皇誕生日", "The Emperor's Birthday", time.February, 23).since(2020),
			once("jp.taiso-no-rei", "昭和天皇の大喪の礼", "State Funeral of Emperor Shōwa", 1989, time.February, 24),
			newRule("jp.shunbun-no-hi", "春分の日", "Vernal Equinox Day", solarTermWhen(0, zoneUTC9)).since(1949),
			fixed("jp.midori-no-hi", "みどりの日", "Greenery Day", time.April, 29).years(1989, 2006),
			fixed("jp.showa-no-hi", "昭和の日", "Shōwa Day", time.April, 29).since(2007),
			once("jp.sokui-no-hi", "天皇の即位の日", "Enthronement Day", 2019, time.May, 1),
			fixed("jp.kenpo-kinenbi", "憲法記念日", "Constitution Memorial Day", time.May, 3).since(1948),
			fixed("jp.midori-no-hi", "みどりの日", "Greenery Day", time.May, 4).since(2007),
			fixed("jp.kodomo-no-hi", "こどもの日", "Children's Day", time.May, 5).since(1948),
			once("jp.kekkon-no-gi", "皇太子徳仁親王の結婚の儀", "Wedding of Crown Prince Naruhito", 1993, time.June, 9),
			fixed("jp.umi-no-hi", "海の日", "Marine Day", time.July, 20).years(1996, 2002),
			nth("jp.umi-no-hi", "海の日", "Marine Day", time.July, time.Monday, 3).since(2003).except(2020, 2021),
			once("jp.umi-no-hi", "海の日", "Marine Day", 2020, time.July, 23),
			once("jp.umi-no-hi", "海の日", "Marine Day", 2021, time.July, 22),
			once("jp.sports-no-hi", "スポーツの日", "Sports Day", 2020, time.July, 24),
			once("jp.sports-no-hi", "スポーツの日", "Sports Day", 2021, time.July, 23),
			fixed("jp.yama-no-hi", "山の日", "Mountain Day", time.August, 11).since(2016).except(2020, 2021),
			once("jp.yama-no-hi", "山の日", "Mountain Day", 2020, time.August, 10),
			once("jp.yama-no-hi", "山の日", "Mountain Day", 2021, time.August, 8),
			fixed("jp.keiro-no-hi", "敬老の日", "Respect for the Aged Day", time.September, 15).years(1966, 2002),
			nth("jp.keiro-no-hi", "敬老の日", "Respect for the Aged Day", time.September, time.Monday, 3).since(2003),
			newRule("jp.shubun-no-hi", "秋分の日", "Autumnal Equinox Day", solarTermWhen(180, zoneUTC9)).since(1948),
			fixed("jp.taiiku-no-hi", "体育の日", "Health and Sports Day", time.October, 10).years(1966, 1999),
			nth("jp.taiiku-no-hi", "体育の日", "Health and Sports Day", time.October, time.Monday, 2).years(2000, 2019),
			nth("jp.sports-no-hi", "スポーツの日", "Sports Day", time.October, time.Monday, 2).since(2022),
			once("jp.sokuirei-seiden-no-gi", "即位礼正殿の儀", "Enthronement Ceremony", 1990, time.November, 12),
			once("jp.sokuirei-seiden-no-gi", "即位礼正殿の儀", "Enthronement Ceremony", 2019, time.October, 22),
			fixed("jp.bunka-no-hi", "文化の日", "Culture Day", time.November, 3).since(1948),
			fixed("jp.kinro-kansha-no-hi", "勤労感謝の日", "Labour Thanksgiving Day", time.November, 23).since(1948),
		},
		post: japanPost,
	}
}

// japanPost adds the substitute holidays and the citizens' holidays to the
// national holidays hs of year y (see japan).
func japanPost(r *region, y int, hs []Holiday) []Holiday {
	national := func(d date.Date) bool {
		for _, h := range hs {
			if h.Date == d && !h.Observed {
				return true
			}
		}
		return false
	}
	taken := func(d date.Date) bool {
		for _, h := range hs {
			if h.Date == d {
				return true
			}
		}
		return false
	}
	n := len(hs)
	// 振替休日
	for i := range n {
		h := hs[i]
		if h.Date.Weekday() != time.Sunday || h.Date < civilDate(1973, time.April, 12) {
			continue
		}
		d := h.Date + 1
		if y < 2007 {
			if national(d) {
				continue
			}
		} else {
			for national(d) || taken(d) {
				d++
			}
		}
		h.Date, h.Observed = d, true
		h.Name += r.country.obsLocal
		h.NameEN += r.country.obsEN
		hs = append(hs, h)
	}
	// 国民の休日: since the amendment of 27 December 1985
	if y >= 1986 {
		for i := range n {
			d := hs[i].Date + 2
			if hs[i].Observed || !national(d) || taken(d-1) || (d-1).Weekday() == time.Sunday {
				continue
			}
			hs = append(hs, Holiday{ID: "jp.kokumin-no-kyujitsu", Date: d - 1, Name: "国民の休日", NameEN: "Citizens' Holiday", Category: Public})
		}
	}
	return hs
}
