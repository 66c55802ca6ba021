package calendar

import (
	"math"
	"math/bits"
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
// The estimate by the mean Gregorian year is off by at most one year (the
// calendar drifts from it by under two days), so one correction either way
// suffices (TestYearIndexEveryBoundary checks each year's first and last
// seconds).
func yearIndex(sec int64) int {
	k := int(uint64(sec-rangeStart) / avgYearSec) // in [0, numYears]
	if yearStarts[k] > sec {
		k--
	} else if yearStarts[k+1] <= sec {
		k++
	}
	return k
}

// span32 is an open span inside a bucket, as seconds after the bucket start.
type span32 struct {
	s, e int32
}

// blkShift sets how often a bucket keeps the prefix sum of its open time:
// before every second span. For the span between, it is one addition, and a
// year of a Mon–Fri calendar takes about 2.5 KB instead of the 3.1 KB of a
// sum per span.
const (
	blkShift = 1
	blkSpans = 1 << blkShift
)

// bucket holds the open spans of one UTC year, sorted, disjoint and
// non-adjacent (touching spans are merged), with prefix sums of their open
// time. Immutable once published.
type bucket struct {
	start, end int64 // Unix seconds
	spans      []span32
	// cum[j] is the open seconds of the bucket before span j<<blkShift;
	// its last element is the bucket's total.
	cum []int32
	// idx[j] is the number of spans starting before second j<<shift of the
	// bucket, for j in [0, (end-start)>>shift + 1]: search looks only at
	// the spans starting in off's slot of 2^shift seconds, about two (see
	// slotSpans), instead of binary-searching the year. nil for a bucket
	// of few spans (or more than a uint16 counts).
	idx   []uint16
	shift uint8
}

// Buckets of more than minIndexed spans get an index (bucket.idx) of one
// slot per slotSpans spans on average: a Mon–Fri year (~250 spans) takes
// 122 slots of 2^18 s (~3 days), 244 bytes, and a search then compares
// with one or two spans in place of the eight of a binary search, whose
// branches a query at random instants mispredicts.
const (
	minIndexed = 8
	slotSpans  = 2
)

func (b *bucket) total() int64 { return int64(b.cum[len(b.cum)-1]) }

// cumBefore returns the open seconds of the bucket before span i.
func (b *bucket) cumBefore(i int) int64 {
	c := int64(b.cum[i>>blkShift])
	if i&1 != 0 { // blkShift == 1: one span since the block's sum
		c += int64(b.spans[i-1].e - b.spans[i-1].s)
	}
	return c
}

// search returns the index of the last span with s <= off, or -1. It is
// at the compiler's inlining budget (cost 80, go build -gcflags=-m):
// anything added here stops it being inlined into Between's warm path,
// which then gets measurably slower (bench: BenchmarkWarm).
func (b *bucket) search(off int32) int {
	lo, hi := 0, len(b.spans)
	// A negative off (before the range) becomes a uint32 of at least 2^31,
	// beyond the index (slots of 2^shift cover a year: < 2^25 s).
	if j := uint(uint32(off) >> b.shift); j+1 < uint(len(b.idx)) {
		// spans before idx[j] start before off's slot, those from
		// idx[j+1] on after it
		lo, hi = int(b.idx[j]), int(b.idx[j+1])
	}
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

// locate returns the first span whose cumulative open time through its end
// reaches rem >= 0 nanoseconds (>= rem; for latest, > rem), and the open
// seconds before it; the index is len(spans) when no span does.
func (b *bucket) locate(rem int64, latest bool) (int, int64) {
	// in whole seconds: the first cumulative sum >= need
	need := (rem + nsPerSec - 1) / nsPerSec
	if latest {
		need = rem/nsPerSec + 1
	}
	nb := len(b.cum) - 1
	lo, hi := 0, nb // the first block whose end reaches need
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int64(b.cum[m+1]) >= need {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo == nb {
		return len(b.spans), b.total()
	}
	c := int64(b.cum[lo])
	for i := lo << blkShift; i < len(b.spans); i++ {
		l := int64(b.spans[i].e - b.spans[i].s)
		if c+l >= need {
			return i, c
		}
		c += l
	}
	return len(b.spans), c
}

// bucketFrom builds a bucket from already normalized spans, in allocations
// of their own length: buckets are cached for the calendar's lifetime, and
// the slack of a growing or overestimated slice would double a year's size.
func bucketFrom(k int, spans []span32) *bucket {
	b := &bucket{start: yearStart(MinYear + k), end: yearStart(MinYear + k + 1)}
	n := len(spans)
	nb := (n + blkSpans - 1) >> blkShift
	b.cum = make([]int32, nb+1)
	if n > 0 {
		b.spans = make([]span32, n)
		copy(b.spans, spans) // make+copy: the compiler skips zeroing the new array
	}
	var c int32
	for i, sp := range spans {
		if i&(blkSpans-1) == 0 {
			b.cum[i>>blkShift] = c
		}
		c += sp.e - sp.s
	}
	b.cum[nb] = c
	if n > minIndexed && n <= math.MaxUint16 {
		b.index()
	}
	return b
}

// index builds b.idx, with a slot of 2^shift seconds for about every
// slotSpans spans.
func (b *bucket) index() {
	n, length := len(b.spans), b.end-b.start
	b.shift = uint8(bits.Len64(uint64(length*slotSpans/int64(n)) - 1)) // 2^shift >= length / (n/slotSpans)
	slots := int(length>>b.shift) + 2
	b.idx = make([]uint16, slots)
	i := 0
	for j := range slots {
		for i < n && int64(b.spans[i].s) < int64(j)<<b.shift {
			i++
		}
		b.idx[j] = uint16(i)
	}
}

// table is an immutable snapshot of the cumulative open time per year over
// the contiguous range of built years [lo, hi] (bucket indexes).
type table struct {
	lo, hi int
	cum    []int64   // cum[i] = open seconds in years lo .. lo+i-1
	bks    []*bucket // bks[i] = bucket lo+i
	// storage for tables of up to 3 years (saves two allocations)
	small    [4]int64
	smallBks [3]*bucket
}

func (t *table) covers(lo, hi int) bool { return t != nil && t.lo <= lo && t.hi >= hi }

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
		return numYears - 1, lastYearSec, 0
	}
	k = yearIndex(sec)
	return k, int32(sec - yearStarts[k]), int64(t.Nanosecond())
}

// lastYearSec is the length of the last bucket (MaxYear, not a leap year)
// in seconds: yearStarts[numYears] - yearStarts[numYears-1].
const lastYearSec = 365 * secPerDay

// posNear is pos(t) for a t likely in bucket k (that of another instant):
// when t lies in bucket k, it skips yearIndex.
func posNear(t time.Time, k int) (int, int32, int64) {
	if sec := t.Unix(); sec >= yearStarts[k] && sec < yearStarts[k+1] {
		return k, int32(sec - yearStarts[k]), int64(t.Nanosecond())
	}
	return pos(t)
}

// bytes is the approximate memory a bucket holds.
func (b *bucket) bytes() int64 {
	return 96 + int64(len(b.spans))*8 + int64(len(b.cum))*4 + int64(len(b.idx))*2
}

// bytes is the approximate memory a table holds.
func (t *table) bytes() int64 { return 96 + int64(cap(t.cum)+cap(t.bks))*8 }
