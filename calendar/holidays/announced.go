package holidays

import (
	"sync"

	"github.com/rickb777/date/v2"
)

// yearly is a holiday whose date a government announces each year (a
// Hindu or Buddhist festival, a movable day): the announced date where
// known, otherwise an estimate by a rule, marked Estimated.
type yearly struct {
	dates       map[int]date.Date
	src, estSrc string
	estimate    whenFunc
	memo        *sync.Map // int → estimateMemo: the estimates run astronomy, worth keeping
}

type estimateMemo struct {
	d  date.Date
	ok bool
}

// announcedYearly builds a yearly holiday from announced ISO dates (one a
// year), their source, and the estimating rule with its description.
//
//go:noinline
func announcedYearly(src string, estimate whenFunc, estSrc string, isoDates ...string) yearly {
	a := yearly{dates: map[int]date.Date{}, src: src, estSrc: estSrc, estimate: estimate, memo: new(sync.Map)}
	for _, s := range isoDates {
		d := date.MustParseISO(s)
		if _, dup := a.dates[yearOf(d)]; dup {
			panic("holidays: two announced dates in one year: " + s) // a data bug caught by every test
		}
		a.dates[yearOf(d)] = d
	}
	return a
}

// announcedRule is the rule of a yearly holiday; off days after the first.
//
//go:noinline
func announcedRule(id, name, nameEN string, a yearly, off int) *rule {
	r := newRule(id, name, nameEN, nil)
	r.dates = func(y int, out []dated) []dated {
		if d, ok := a.dates[y]; ok {
			return append(out, dated{d: d + date.Date(off), src: a.src})
		}
		if a.estimate == nil {
			return out
		}
		var m estimateMemo
		if v, ok := a.memo.Load(y); ok {
			m = v.(estimateMemo)
		} else {
			m.d, m.ok = a.estimate(y)
			a.memo.Store(y, m)
		}
		if d, ok := m.d, m.ok; ok {
			d += date.Date(off)
			if yearOf(d) == y {
				return append(out, dated{d: d, est: true, src: a.estSrc})
			}
		}
		return out
	}
	return r
}
