package holidays

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

// testSet is a set of ad-hoc rules with a weekend, every category.
func testSet(wk weekend, rules ...*rule) *Set {
	c := &country{code: "XX", obsLocal: " (obs)", obsEN: " (obs)", rules: rules, weekend: wk}
	return &Set{reg: &region{info: RegionInfo{Code: "XX"}, country: c, rules: rules, weekend: wk}, mask: 0xff}
}

// The substitute rules, each on a constructed case; days are in 2024
// (1 March 2024 is a Friday).
func TestSubstituteKinds(t *testing.T) {
	friSatWeekend := weekend{friSat}
	cases := []struct {
		name  string
		wk    weekend
		rules []*rule
		want  []string
	}{
		{"nextFree uses the region's weekend: Saturday → Sunday where the weekend is Friday–Saturday",
			friSatWeekend, []*rule{fixed("a", "A", "A", time.March, 2).subst(nextFree)},
			[]string{"2024-03-02 a", "2024-03-03 a observed"}},
		{"restNextFree: Friday is the rest day of a Friday–Saturday weekend → Sunday",
			friSatWeekend, []*rule{fixed("a", "A", "A", time.March, 1).subst(restNextFree), fixed("b", "B", "B", time.March, 2).subst(restNextFree)},
			[]string{"2024-03-01 a", "2024-03-02 b", "2024-03-03 a observed"}},
		{"restNextFree: Sunday is the rest day of a Saturday–Sunday weekend; Saturday is lost",
			satSun, []*rule{fixed("a", "A", "A", time.March, 2).subst(restNextFree), fixed("b", "B", "B", time.March, 3).subst(restNextFree)},
			[]string{"2024-03-02 a", "2024-03-03 b", "2024-03-04 b observed"}},
		{"sunNextNonHoliday skips holidays, not weekends",
			satSun, []*rule{fixed("a", "A", "A", time.March, 3).subst(sunNextNonHoliday), fixed("b", "B", "B", time.March, 4), fixed("c", "C", "C", time.March, 5)},
			[]string{"2024-03-03 a", "2024-03-04 b", "2024-03-05 c", "2024-03-06 a observed"}},
		{"sunNextDay: no substitute when Monday is a holiday",
			satSun, []*rule{fixed("a", "A", "A", time.March, 3).subst(sunNextDay), fixed("b", "B", "B", time.March, 4)},
			[]string{"2024-03-03 a", "2024-03-04 b"}},
		{"sunNextDay: Monday otherwise",
			satSun, []*rule{fixed("a", "A", "A", time.March, 3).subst(sunNextDay)},
			[]string{"2024-03-03 a", "2024-03-04 a observed"}},
		{"weekendOrOverlapNextFree: the later of two holidays on one weekday moves",
			satSun, []*rule{fixed("a", "A", "A", time.March, 5).subst(weekendOrOverlapNextFree), fixed("b", "B", "B", time.March, 5).subst(weekendOrOverlapNextFree)},
			[]string{"2024-03-05 a", "2024-03-05 b", "2024-03-06 b observed"}},
		{"sunOrOverlapNextFree: Saturday is no reason",
			satSun, []*rule{fixed("a", "A", "A", time.March, 2).subst(sunOrOverlapNextFree), fixed("b", "B", "B", time.March, 3).subst(sunOrOverlapNextFree)},
			[]string{"2024-03-02 a", "2024-03-03 b", "2024-03-04 b observed"}},
		{"satPrevSunNext: Saturday → Friday, Sunday → Monday",
			satSun, []*rule{fixed("a", "A", "A", time.March, 2).subst(satPrevSunNext), fixed("b", "B", "B", time.March, 10).subst(satPrevSunNext)},
			[]string{"2024-03-01 a observed", "2024-03-02 a", "2024-03-10 b", "2024-03-11 b observed"}},
		{"satPrevSunNext: the Friday before a holiday Friday",
			satSun, []*rule{fixed("a", "A", "A", time.March, 1), fixed("b", "B", "B", time.March, 2).subst(satPrevSunNext)},
			[]string{"2024-02-29 b observed", "2024-03-01 a", "2024-03-02 b"}},
	}
	for _, c := range cases {
		s := testSet(c.wk, c.rules...)
		var got []string
		for _, h := range s.Holidays(2024) {
			if h.Date.Month() == time.February || h.Date.Month() == time.March {
				got = append(got, listing([]Holiday{h})...)
			}
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

// Extra working days are listed by WorkingDates, not as holidays; a
// rule's dated days carry Estimated and Source.
func TestWorkdaysAndEstimates(t *testing.T) {
	est := &rule{id: "e", name: "E", nameEN: "E", cat: Public, dates: func(y int, out []dated) []dated {
		return append(out, dated{d: civilDate(y, time.May, 1), est: true, src: "a forecast"}, dated{d: civilDate(y, time.December, 1), src: "a notice"})
	}}
	s := testSet(satSun, est, workday("w", 2024, time.March, 2), workday("w", 2024, time.March, 3), workday("w", 2025, time.March, 2))
	hs := s.Holidays(2024)
	assert.Equal(t, []string{"2024-05-01 e", "2024-12-01 e"}, listing(hs))
	assert.True(t, hs[0].Estimated)
	assert.Equal(t, "a forecast", hs[0].Source)
	assert.False(t, hs[1].Estimated)
	assert.Equal(t, "a notice", hs[1].Source)
	assert.Equal(t, "2024-05-01 E (public; estimated)", hs[0].String())
	assert.Equal(t, []string{"2024-03-02", "2024-03-03"}, dateStrings(s.WorkingDates(2024)))
	assert.False(t, s.IsHoliday(civilDate(2024, time.March, 2)))
	assert.Empty(t, s.WorkingDates(2023))
	var zero *Set
	assert.Nil(t, zero.WorkingDates(2024))
	assert.True(t, zero.IsWeekend(civilDate(2024, time.March, 2)))
}

// A weekend that changes on a date (Saudi Arabia moved its weekend from
// Thursday–Friday to Friday–Saturday on 29 June 2013).
func TestWeekendChange(t *testing.T) {
	wk := weekend{{days: days(time.Thursday, time.Friday), restDay: time.Friday}, friSat.from(2013, time.June, 29)}
	s := testSet(wk)
	assert.True(t, s.IsWeekend(civilDate(2013, time.June, 27)))  // Thursday
	assert.True(t, s.IsWeekend(civilDate(2013, time.June, 29)))  // Saturday, the first day of the new weekend
	assert.False(t, s.IsWeekend(civilDate(2013, time.July, 4)))  // Thursday
	assert.True(t, s.IsWeekend(civilDate(2013, time.July, 6)))   // Saturday
	assert.False(t, s.IsWeekend(civilDate(2013, time.June, 22))) // Saturday before the change
}

func dateStrings(ds []date.Date) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}
