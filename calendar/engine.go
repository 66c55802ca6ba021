package calendar

import (
	"sync"
	"sync/atomic"
	"time"
)

// engine is what a Calendar is made of: its immutable configuration
// (zone, compiled rules or operands, Spec) and the per-year tables built
// from it lazily. Calendars built from equal specs share one engine (see
// share.go), so the tables of a configuration are built once per process
// however many calendars use it. Every field but the lazily filled tables
// and the accounting is set before the engine is published and never
// changed.
type engine struct {
	loc   *time.Location
	spec  *Spec // the configuration (a composition spec for composed calendars); nil for the zero Calendar
	r     *rules
	op    opKind
	args  []*engine
	depth int    // levels of composition (0 for a base calendar)
	nodes int    // calendars in the composition tree, this one included (1 for a base calendar)
	key   string // content address (see specKey); "" when the engine cannot be shared

	specv  Spec // storage of spec and r for base engines (one allocation)
	rulesv rules

	mu       sync.Mutex // serialises table extension
	tab      atomic.Pointer[table]
	buckets  lazyYears[bucket]  // by UTC year
	workdays lazyYears[dayYear] // base calendars, by civil year
	direct   atomic.Int32       // queries answered from the rules (see direct.go)
	warm     atomic.Bool        // no more direct answers: queries use the tables

	acct   sync.Mutex  // guards size and cache
	size   int64       // bytes held by the tables (approximate)
	cache  *tableCache // the cache accounting for size; nil when not cached
	static bool        // never accounted: the zero engine
}

// Tables are published per year in chunks of chunkYears pointers, so that an
// engine warm on a few years holds a few hundred bytes of pointers rather
// than one per year of the range.
const (
	chunkYears = 32
	numChunks  = (numYears + chunkYears - 1) / chunkYears
)

// lazyYears holds one lazily built, immutable value per year index k in
// [0, numYears). Reads are two atomic loads and take no lock; concurrent
// builders of the same year race, and the first value stored wins.
type lazyYears[T any] struct {
	chunks [numChunks]atomic.Pointer[[chunkYears]atomic.Pointer[T]]
}

// load returns the value of year k, or nil if it is not built yet.
func (l *lazyYears[T]) load(k int) *T {
	ch := l.chunks[uint(k)/chunkYears].Load()
	if ch == nil {
		return nil
	}
	return ch[uint(k)%chunkYears].Load()
}

// store publishes v as the value of year k unless one is there already. It
// returns the value that is published, whether it is v, and the bytes of
// pointer storage it allocated.
func (l *lazyYears[T]) store(k int, v *T) (*T, bool, int64) {
	p := &l.chunks[k/chunkYears]
	ch := p.Load()
	var grew int64
	if ch == nil {
		nc := new([chunkYears]atomic.Pointer[T])
		if p.CompareAndSwap(nil, nc) {
			ch, grew = nc, chunkYears*8
		} else {
			ch = p.Load()
		}
	}
	if ch[k%chunkYears].CompareAndSwap(nil, v) {
		return v, true, grew
	}
	return ch[k%chunkYears].Load(), false, grew
}

// zeroEngine is the engine of the zero Calendar and of a nil *Calendar: UTC,
// never open. It is shared and, like every engine, only ever gains cached
// empty tables.
var zeroEngine = &engine{loc: time.UTC, nodes: 1, static: true}

// eng returns the calendar's engine (the zero engine for the zero Calendar
// and a nil *Calendar).
func (c *Calendar) eng() *engine {
	if c == nil || c.e == nil {
		return zeroEngine
	}
	return c.e
}

// account records n more bytes held by e's tables, and reports them to the
// cache e is in.
func (e *engine) account(n int64) {
	if n == 0 || e.static {
		return
	}
	e.acct.Lock()
	e.size += n
	if e.cache != nil {
		e.cache.bytes.Add(n)
	}
	e.acct.Unlock()
}

// bytesHeld returns the bytes accounted to e's tables.
func (e *engine) bytesHeld() int64 {
	e.acct.Lock()
	defer e.acct.Unlock()
	return e.size
}

// bucket returns the (lazily built, cached) bucket k. The read path is two
// atomic loads; concurrent builders may race but build identical values and
// the first stored wins.
func (e *engine) bucket(k int) *bucket {
	if b := e.buckets.load(k); b != nil {
		return b
	}
	return e.newBucket(k)
}

// newBucket builds, publishes and returns bucket k.
func (e *engine) newBucket(k int) *bucket {
	b, won, grew := e.buckets.store(k, e.build(k))
	if won {
		grew += b.bytes()
	}
	e.account(grew)
	return b
}

// table returns a snapshot covering at least bucket indexes [lo, hi].
func (e *engine) table(lo, hi int) *table {
	if t := e.tab.Load(); t.covers(lo, hi) {
		return t
	}
	return e.extend(lo, hi)
}

// extend publishes and returns a table covering at least [lo, hi] and the
// years of the current one.
func (e *engine) extend(lo, hi int) *table {
	e.mu.Lock()
	defer e.mu.Unlock()
	old := e.tab.Load()
	if old.covers(lo, hi) {
		return old
	}
	var was int64
	if old != nil {
		lo, hi = min(lo, old.lo), max(hi, old.hi)
		was = old.bytes()
	}
	t := &table{lo: lo, hi: hi}
	if n := hi - lo + 2; n <= len(t.small) {
		t.cum, t.bks = t.small[:n], t.smallBks[:n-1]
	} else {
		t.cum, t.bks = make([]int64, n), make([]*bucket, n-1)
	}
	for k := lo; k <= hi; k++ {
		b := e.bucket(k)
		t.bks[k-lo] = b
		t.cum[k-lo+1] = t.cum[k-lo] + b.total()
	}
	e.tab.Store(t)
	e.account(t.bytes() - was)
	return t
}

// cumAt returns the open time (ns) from the table origin to (k, off, ns).
// The start of year k needs no bucket k, only the table's years before it
// (k may be t.hi+1).
func (e *engine) cumAt(t *table, k int, off int32, ns int64) int64 {
	c := t.cum[k-t.lo] // open seconds before year k
	if off == 0 && ns == 0 {
		return c * nsPerSec
	}
	b := t.bks[k-t.lo]
	i := b.search(off)
	if i < 0 {
		return c * nsPerSec
	}
	sp := b.spans[i]
	c += b.cumBefore(i)
	if off < sp.e { // inside span i
		return (c+int64(off-sp.s))*nsPerSec + ns
	}
	return (c + int64(sp.e-sp.s)) * nsPerSec
}

// instant converts bucket k, second offset and nanoseconds to a time.
func (e *engine) instant(k int, off int64, ns int64) time.Time {
	return time.Unix(yearStarts[k]+off, ns).In(e.loc)
}

// seek returns the instant at which cumulative open time (ns, relative to
// table t's origin) reaches target. For latest == false it is the earliest
// such instant (a target at the end of a span is that span's end), otherwise
// the latest (the start of the next span). ok is false when the target is
// outside the table.
func (e *engine) seek(t *table, target int64, latest bool) (time.Time, bool) {
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
	b := t.bks[lo]
	rem := target - t.cum[lo]*nsPerSec // ns into this year's open time
	i, before := b.locate(rem, latest)
	if i >= len(b.spans) {
		return time.Time{}, false
	}
	into := rem - before*nsPerSec
	return e.instant(k, int64(b.spans[i].s)+into/nsPerSec, into%nsPerSec), true
}

// build computes bucket k (a UTC year) from the engine's rules or operands.
func (e *engine) build(k int) *bucket {
	switch e.op {
	case opUnion, opIntersect, opMinus:
		return e.buildComposed(k)
	}
	if e.r == nil {
		return bucketFrom(k, nil)
	}
	return e.buildBase(k)
}
