package calendar

import (
	"slices"
	"time"
)

// The supported range. Open time is precomputed per UTC year bucket
// [Jan 1 00:00 UTC, next Jan 1 00:00 UTC) for these years; instants outside
// [Jan 1 MinYear UTC, Jan 1 MaxYear+1 UTC) count as closed. The range is
// 290 years so that the open time of any calendar over the whole range fits a
// time.Duration (about 292 years).
const (
	MinYear = 1900
	MaxYear = 2189
)

const (
	numYears   = MaxYear - MinYear + 1
	secPerDay  = 86400
	nsPerSec   = int64(time.Second)
	avgYearSec = 31556952 // 365.2425 days
)

// civilYearStart returns the Unix second of Jan 1 00:00 UTC of year y.
func civilYearStart(y int) int64 {
	y1 := int64(y - 1)
	days := 365*y1 + y1/4 - y1/100 + y1/400 - 719162 // days since 1970-01-01
	return days * secPerDay
}

// yearStarts is a read-only lookup table: yearStarts[k] is the start of
// bucket k (year MinYear+k), yearStarts[numYears] the end of the range.
var yearStarts = func() (t [numYears + 1]int64) {
	for k := range t {
		t[k] = civilYearStart(MinYear + k)
	}
	return t
}()

// yearStart returns the Unix second of Jan 1 00:00 UTC of year y in
// [MinYear, MaxYear+1].
func yearStart(y int) int64 { return yearStarts[y-MinYear] }

const (
	rangeStart = -2208988800 // 1900-01-01T00:00:00Z
	rangeEnd   = 6942585600  // 2190-01-01T00:00:00Z
)

// RangeStart returns the first instant of the supported range.
func RangeStart() time.Time { return time.Unix(rangeStart, 0).UTC() }

// RangeEnd returns the end (exclusive) of the supported range.
func RangeEnd() time.Time { return time.Unix(rangeEnd, 0).UTC() }

// yearIndex returns the bucket index (0 = MinYear) for a Unix second inside
// the range.
func yearIndex(sec int64) int {
	k := int((sec - rangeStart) / avgYearSec)
	k = min(max(k, 0), numYears-1)
	for k > 0 && yearStarts[k] > sec {
		k--
	}
	for k < numYears-1 && yearStarts[k+1] <= sec {
		k++
	}
	return k
}

// span32 is an open span inside a bucket, as seconds after the bucket start,
// with the cumulative open seconds of the bucket through its end.
type span32 struct {
	s, e, cend int32
}

// bucket holds the open spans of one UTC year, sorted, disjoint and
// non-adjacent (touching spans are merged).
type bucket struct {
	start, end int64 // Unix seconds
	spans      []span32
}

func (b *bucket) total() int64 {
	if len(b.spans) == 0 {
		return 0
	}
	return int64(b.spans[len(b.spans)-1].cend)
}

// search returns the index of the last span with s <= off, or -1.
func (b *bucket) search(off int32) int {
	lo, hi := 0, len(b.spans)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if b.spans[m].s <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// openBefore returns the open time in [bucket start, off+ns) as whole seconds
// plus nanoseconds.
func (b *bucket) openBefore(off int32, ns int64) (sec int64, nsec int64) {
	i := b.search(off)
	if i < 0 {
		return 0, 0
	}
	sp := b.spans[i]
	if off < sp.e {
		return int64(sp.cend-(sp.e-sp.s)) + int64(off-sp.s), ns
	}
	return int64(sp.cend), 0
}

// newBucket builds a bucket from raw Unix-second intervals (any order, may
// overlap or touch), clipping them to the year.
func newBucket(k int, raw [][2]int64) *bucket {
	b := &bucket{start: yearStart(MinYear + k), end: yearStart(MinYear + k + 1)}
	slices.SortFunc(raw, func(x, y [2]int64) int {
		if x[0] != y[0] {
			if x[0] < y[0] {
				return -1
			}
			return 1
		}
		return 0
	})
	var cum int32
	spans := make([]span32, 0, len(raw))
	for _, r := range raw {
		s, e := max(r[0], b.start), min(r[1], b.end)
		if s >= e {
			continue
		}
		s32, e32 := int32(s-b.start), int32(e-b.start)
		if n := len(spans); n > 0 && s32 <= spans[n-1].e {
			last := &spans[n-1]
			if e32 > last.e {
				cum += e32 - last.e
				last.e = e32
				last.cend = cum
			}
			continue
		}
		cum += e32 - s32
		spans = append(spans, span32{s32, e32, cum})
	}
	b.spans = compact(spans)
	return b
}

// compact returns s in an allocation of its own length: buckets are cached
// for the calendar's lifetime, and the slack of a growing or overestimated
// slice would otherwise double a year's size (261 spans in a 512 array).
func compact(s []span32) []span32 {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// bucketFrom builds a bucket from already normalized spans.
func bucketFrom(k int, spans []span32) *bucket {
	b := &bucket{start: yearStart(MinYear + k), end: yearStart(MinYear + k + 1)}
	var cum int32
	for i := range spans {
		cum += spans[i].e - spans[i].s
		spans[i].cend = cum
	}
	b.spans = compact(spans)
	return b
}

// table is an immutable snapshot of the cumulative open time per year over
// the contiguous range of built years [lo, hi] (bucket indexes).
type table struct {
	lo, hi int
	cum    []int64 // cum[i] = open seconds in years lo .. lo+i-1
}

func (t *table) covers(lo, hi int) bool { return t != nil && t.lo <= lo && t.hi >= hi }

// bucket returns the (lazily built, cached) bucket k. The read path is one
// atomic load; concurrent builders may race but build identical values and
// the first stored wins.
func (c *Calendar) bucket(k int) *bucket {
	if b := c.buckets[k].Load(); b != nil {
		return b
	}
	b := c.build(k)
	if c.buckets[k].CompareAndSwap(nil, b) {
		return b
	}
	return c.buckets[k].Load()
}

// table returns a snapshot covering at least bucket indexes [lo, hi].
func (c *Calendar) table(lo, hi int) *table {
	if t := c.tab.Load(); t.covers(lo, hi) {
		return t
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.tab.Load()
	if old.covers(lo, hi) {
		return old
	}
	if old != nil {
		lo, hi = min(lo, old.lo), max(hi, old.hi)
	}
	t := &table{lo: lo, hi: hi, cum: make([]int64, hi-lo+2)}
	for k := lo; k <= hi; k++ {
		t.cum[k-lo+1] = t.cum[k-lo] + c.bucket(k).total()
	}
	c.tab.Store(t)
	return t
}

// pos locates an instant by its wall clock (Unix seconds; the monotonic
// reading plays no part): bucket index k, whole seconds off after the
// bucket's start and the nanoseconds ns. An instant before the range maps to
// (0, -1, 0), before every span of the first bucket; one at or after the
// range end maps to the end of the last bucket with ns 0. Both therefore
// count as closed and as having no open time before (respectively all open
// time of the range before) them.
func pos(t time.Time) (k int, off int32, ns int64) {
	sec := t.Unix()
	if sec < rangeStart {
		return 0, -1, 0
	}
	if sec >= rangeEnd {
		k = numYears - 1
		return k, int32(rangeEnd - yearStart(MinYear+k)), 0
	}
	k = yearIndex(sec)
	return k, int32(sec - yearStart(MinYear+k)), int64(t.Nanosecond())
}

// cumAt returns the open time (ns) from the table origin to (k, off, ns).
func (c *Calendar) cumAt(t *table, k int, off int32, ns int64) int64 {
	s, n := c.bucket(k).openBefore(off, ns)
	return (t.cum[k-t.lo]+s)*nsPerSec + n
}

// instant converts bucket k, second offset and nanoseconds to a time.
func (c *Calendar) instant(k int, off int64, ns int64) time.Time {
	return time.Unix(yearStarts[k]+off, ns).In(c.Location())
}

// seek returns the instant at which cumulative open time (ns, relative to
// table t's origin) reaches target. For latest == false it is the earliest
// such instant (a target at the end of a span is that span's end), otherwise
// the latest (the start of the next span). ok is false when the target is
// outside the table.
func (c *Calendar) seek(t *table, target int64, latest bool) (time.Time, bool) {
	// find year j: earliest: first j with cum[j+1]*ns >= target; latest: first with cum[j+1]*ns > target
	lo, hi := 0, len(t.cum)-1 // search over j in [0, len-1)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		v := t.cum[m+1]
		var ge bool
		if latest {
			ge = v*nsPerSec > target
		} else {
			ge = v*nsPerSec >= target
		}
		if ge {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo >= len(t.cum)-1 {
		return time.Time{}, false
	}
	k := t.lo + lo
	b := c.bucket(k)
	rem := target - t.cum[lo]*nsPerSec // ns into this year's open time
	// first span with cend*ns >= rem (earliest) or > rem (latest)
	i, j := 0, len(b.spans)
	for i < j {
		m := int(uint(i+j) >> 1)
		v := int64(b.spans[m].cend) * nsPerSec
		if (latest && v > rem) || (!latest && v >= rem) {
			j = m
		} else {
			i = m + 1
		}
	}
	if i >= len(b.spans) {
		return time.Time{}, false
	}
	sp := b.spans[i]
	into := rem - int64(sp.cend-(sp.e-sp.s))*nsPerSec
	return c.instant(k, int64(sp.s)+into/nsPerSec, into%nsPerSec), true
}
