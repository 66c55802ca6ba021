package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"pgregory.net/rapid"
)

// refOwner returns the date owning open instant o under the reference
// model (the date whose civil span contains o in real time; an overnight
// span belongs to the date it starts on) and o's civil offset in minutes
// from that date's midnight.
func refOwner(ref refCal, o time.Time) (date.Date, int, bool) {
	lt := o.In(ref.loc)
	dc := date.NewAt(lt)
	// dc+1 too: where a fall-back overlap crosses midnight (St John's moved
	// its clocks at 00:01 until 2011) an instant showing 23:01 on one date
	// can lie after the next date's 00:00, inside that date's span.
	for _, d := range []date.Date{dc - 1, dc, dc + 1} {
		for _, h := range ref.hours(d) {
			if s, e := ref.resolve(d, h[0]), ref.resolve(d, h[1]); !o.Before(s) && o.Before(e) {
				return d, int(dc-d)*1440 + lt.Hour()*60 + lt.Minute(), true
			}
		}
	}
	return 0, 0, false
}

// refRealHours returns d's civil spans with real open time.
func refRealHours(ref refCal, d date.Date) [][2]int {
	var out [][2]int
	for _, h := range ref.hours(d) {
		if ref.resolve(d, h[0]).Before(ref.resolve(d, h[1])) {
			out = append(out, h)
		}
	}
	return out
}

// refNthWorkday walks day by day.
func refNthWorkday(ref refCal, d date.Date, n int) date.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d += date.Date(step)
		if len(refRealHours(ref, d)) > 0 {
			n--
		}
	}
	return d
}

// AddDays and EndOfDay follow their documented rules, evaluated on the
// reference model's civil spans (overnight spans, overrides, holidays,
// closures and DST weeks included). For n >= 0 (and for EndOfDay): the
// working day owning NextOpen(t), the n-th working day from it, the same
// civil time of day on it, or its latest close before that time, or else its
// first opening. For AddDays with n < 0, the mirror image: the working day
// owning the open time just before PrevClose(t), the -n-th working day
// before it, the same time of day, or its earliest opening after that time,
// or else its last close.
func TestAddDaysEndOfDayMatchReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWindow(t)
		spec := genSpec(t, w)
		c, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		ref := newRef(spec)
		x := drawInstant(t, w, "t")
		lt := x.In(ref.loc) // whole civil minutes (historic offsets have seconds)
		x = lt.Add(-time.Duration(lt.Second())*time.Second - time.Duration(lt.Nanosecond()))
		n := rapid.IntRange(-6, 6).Draw(t, "n")
		o, err := c.NextOpen(x)
		if err != nil {
			t.Fatal(err)
		}
		if !ref.isOpen(o) || ref.between(x, o) != 0 {
			t.Fatalf("NextOpen(%v) = %v", x, o)
		}
		if o.In(ref.loc).Second() != 0 {
			t.Skip("opening at a fraction of a civil minute (historic offset change)")
		}
		dOpen, offOpen, ok := refOwner(ref, o)
		if !ok {
			t.Fatalf("no owner for %v", o)
		}
		d0, off := dOpen, offOpen
		if n < 0 && !c.IsOpen(x) {
			p, err := c.PrevClose(x)
			if err != nil {
				t.Skip("no open time before t in the range")
			}
			if p.In(ref.loc).Second() != 0 {
				t.Skip("closing at a fraction of a civil minute (historic offset change)")
			}
			if !(ref.isOpen(p) || ref.isOpen(p.Add(-time.Minute))) || ref.between(p, x) != 0 {
				t.Fatalf("PrevClose(%v) = %v", x, p)
			}
			if ref.isOpen(p) {
				d0, off, ok = refOwner(ref, p)
			} else {
				d0, off, ok = refOwner(ref, p.Add(-time.Minute))
				off++
			}
			if !ok {
				t.Fatalf("no owner for %v", p)
			}
		}
		d := refNthWorkday(ref, d0, n)
		hs := refRealHours(ref, d)

		want := time.Time{}
		last, next := -1, -1
		for _, h := range hs {
			if h[0] <= off && off <= h[1] {
				want = ref.resolve(d, off)
				if n > 0 && off < h[1] && !ref.isOpen(want) {
					want = ref.resolve(d, h[1]) // the span's tail lies in a DST gap
				}
				break
			}
			if h[1] < off {
				last = h[1]
			}
			if h[0] > off && next < 0 {
				next = h[0]
			}
		}
		if n == 0 {
			// Documented: AddDays(t, 0) is NextOpen(t). Re-resolving its clock
			// time would differ only inside a fall-back overlap, where the
			// policy's first occurrence lies before o (Sydney 1995-03-05
			// 02:00 AEST would go back to 02:00 AEDT).
			want = o
		}
		if want.IsZero() {
			switch {
			case n > 0 && last >= 0:
				want = ref.resolve(d, last)
			case n > 0:
				want = ref.resolve(d, hs[0][0])
			case next >= 0:
				want = ref.resolve(d, next)
			default:
				want = ref.resolve(d, hs[len(hs)-1][1])
			}
		}
		got, err := c.AddDays(x, n)
		if err != nil || !got.Equal(want) {
			t.Fatalf("AddDays(%v, %d) = %v, %v; want %v (owner %v +%dm, day %v)", x.In(ref.loc), n, got, err, want.In(ref.loc), d0, off, d)
		}
		dEOD := refNthWorkday(ref, dOpen, n)
		hsEOD := refRealHours(ref, dEOD)
		eod, err := c.EndOfDay(x, n)
		wantEOD := ref.resolve(dEOD, hsEOD[len(hsEOD)-1][1])
		if err != nil || !eod.Equal(wantEOD) {
			t.Fatalf("EndOfDay(%v, %d) = %v, %v; want %v (day %v)", x.In(ref.loc), n, eod, err, wantEOD.In(ref.loc), dEOD)
		}
		if c.IsWorkingDay(d) != true || c.IsWorkingDay(d0) != true {
			t.Fatalf("IsWorkingDay disagrees for %v or %v", d0, d)
		}
	})
}
