package holidays

import (
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
)

// Expanding one region-year from the rules (no cache).
func BenchmarkExpandRegionYear(b *testing.B) {
	reg := registry().byCode["DE-BY"]
	b.ReportAllocs()
	for b.Loop() {
		_ = reg.expand(2025)
	}
}

// Expanding a year with substitute days (GB-SCT has several).
func BenchmarkExpandRegionYearSubstitutes(b *testing.B) {
	reg := registry().byCode["GB-SCT"]
	b.ReportAllocs()
	for b.Loop() {
		_ = reg.expand(2022)
	}
}

// IsHoliday once the year is cached: target ≤ 50 ns, 0 allocs.
func BenchmarkIsHoliday(b *testing.B) {
	s, err := ForRegion("DE-NW")
	if err != nil {
		b.Fatal(err)
	}
	d := date.New(2025, 10, 3)
	s.IsHoliday(d)
	b.ReportAllocs()
	for b.Loop() {
		if !s.IsHoliday(d) {
			b.Fatal("not a holiday")
		}
	}
}

func BenchmarkHolidays(b *testing.B) {
	s, err := ForRegion("DE-NW")
	if err != nil {
		b.Fatal(err)
	}
	s.Holidays(2025)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Holidays(2025)
	}
}

// Expanding a year of a country with lunisolar holidays and announced
// bridge days (CN: the State Council's notice of 2024).
func BenchmarkExpandRegionYearLunisolar(b *testing.B) {
	reg := registry().byCode["CN"]
	b.ReportAllocs()
	for b.Loop() {
		_ = reg.expand(2024)
	}
}

// Expanding one year of each region added for issue 16, in an announced
// year and in a year of estimates (the astronomical estimates are computed
// once per year and kept): target ≤ 10 µs each.
func BenchmarkExpandNewRegions(b *testing.B) {
	for _, code := range []string{"JP", "CN", "HK", "KR", "TW", "VN", "SG", "MY-01", "MY-13", "PH", "ID", "TH", "IN", "IL", "AE", "SA", "EG", "TR", "NG", "KE"} {
		for _, y := range []int{2024, 2030} {
			reg := registry().byCode[code]
			reg.expand(y) // warm the estimates' memo
			b.Run(fmt.Sprintf("%s/%d", code, y), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = reg.expand(y)
				}
			})
		}
	}
}
