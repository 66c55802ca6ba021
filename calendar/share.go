package calendar

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
)

// Calendars built from equal specs share their engine: the compiled rules
// and the per-year tables, which are immutable once built. The engines of
// recently used specs are kept in a process-wide cache addressed by the
// spec's content (specKey), so that a service building a tenant's calendar
// from its configuration for every request finds the tables warm, and ten
// thousand tenants on one configuration hold one copy of them.
//
// The cache is bounded: it keeps at most maxSharedEntries engines and,
// least recently used first, drops engines while the tables it keeps hold
// more than sharedBudget bytes, so a stream of distinct specs cannot grow
// memory without limit. A dropped engine lives on in the calendars that use
// it; a later calendar of the same spec builds a new one. Sharing changes
// no answer: an engine is a function of the spec's content alone.
const (
	sharedBudget     = 64 << 20
	maxSharedEntries = 1 << 16
)

var shared = &tableCache{m: map[string]*cacheEntry{}, budget: sharedBudget, maxEntries: maxSharedEntries}

// tableCache is a bounded, least-recently-used map from spec content to
// engines, safe for concurrent use.
type tableCache struct {
	mu         sync.Mutex
	m          map[string]*cacheEntry
	lru        cacheEntry   // sentinel of the circular list, most recent after it
	bytes      atomic.Int64 // bytes accounted to the cached engines
	budget     int64
	maxEntries int
}

type cacheEntry struct {
	e          *engine
	prev, next *cacheEntry
}

func (tc *tableCache) unlink(x *cacheEntry) {
	x.prev.next, x.next.prev = x.next, x.prev
}

func (tc *tableCache) pushFront(x *cacheEntry) {
	if tc.lru.next == nil {
		tc.lru.next, tc.lru.prev = &tc.lru, &tc.lru
	}
	x.prev, x.next = &tc.lru, tc.lru.next
	x.prev.next, x.next.prev = x, x
}

// get returns the cached engine with the given key, or nil.
func (tc *tableCache) get(key []byte) *engine {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	x := tc.m[string(key)]
	if x == nil {
		return nil
	}
	tc.unlink(x)
	tc.pushFront(x)
	tc.trim()
	return x.e
}

// put caches e (whose key is set) and returns it, or the engine cached
// under the same key meanwhile.
func (tc *tableCache) put(e *engine) *engine {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if x := tc.m[e.key]; x != nil {
		tc.unlink(x)
		tc.pushFront(x)
		return x.e
	}
	x := &cacheEntry{e: e}
	tc.m[e.key] = x
	tc.pushFront(x)
	e.acct.Lock()
	e.cache = tc
	tc.bytes.Add(e.size)
	e.acct.Unlock()
	tc.trim()
	return e
}

// trim drops least recently used engines beyond the bounds, keeping the
// most recent one.
func (tc *tableCache) trim() {
	for len(tc.m) > 1 && (len(tc.m) > tc.maxEntries || tc.bytes.Load() > tc.budget) {
		x := tc.lru.prev
		tc.unlink(x)
		delete(tc.m, x.e.key)
		x.e.acct.Lock()
		tc.bytes.Add(-x.e.size)
		x.e.cache = nil
		x.e.acct.Unlock()
	}
}

// engineFor returns the engine of spec (whose shape has been checked): the
// shared one when the cache holds it, else a new one, which it caches.
func engineFor(spec *Spec, share bool) (*engine, error) {
	var buf [256]byte
	key, ok := appendSpecKey(buf[:0], spec)
	ok = ok && share
	if ok {
		if e := shared.get(key); e != nil {
			return e, nil
		}
	}
	e, err := newEngine(spec, share)
	if err != nil {
		return nil, err
	}
	if ok {
		e.key = string(key)
		e.size += int64(3 * len(key)) // the key, and the spec and rules it encodes
		e = shared.put(e)
	}
	return e, nil
}

// engineBytes is the approximate size of an engine without its tables.
const engineBytes = 512

// The encoding of a spec's content: every field in declaration order, each
// list preceded by its length, each string by its byte length, so that the
// encoding is self-delimiting and two specs have the same key exactly when
// every field is equal. A composition's operands follow as their own keys.

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendHours(b []byte, hs DayHours) []byte {
	b = binary.AppendUvarint(b, uint64(len(hs)))
	for _, h := range hs {
		b = binary.AppendVarint(b, int64(h.Start))
		b = binary.AppendVarint(b, int64(h.End))
	}
	return b
}

// appendSpecKey appends the content address of spec to b. ok is false for a
// spec that cannot be shared: one with programmatic Sources, which are code,
// not data, anywhere in it.
func appendSpecKey(b []byte, s *Spec) ([]byte, bool) {
	if len(s.Sources) > 0 {
		return b, false
	}
	b = append(b, 'S')
	b = appendString(b, s.Zone)
	for wd := range s.Week {
		b = appendHours(b, s.Week[wd])
	}
	b = binary.AppendUvarint(b, uint64(len(s.Overrides)))
	for _, o := range s.Overrides {
		b = binary.AppendVarint(b, int64(o.Date))
		b = appendHours(b, o.Hours)
		c := byte(0)
		if o.Closed {
			c = 1
		}
		b = append(b, c)
		b = binary.AppendVarint(b, int64(o.ClosedFrom))
	}
	b = binary.AppendUvarint(b, uint64(len(s.HolidayDates)))
	for _, d := range s.HolidayDates {
		b = binary.AppendVarint(b, int64(d))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Holidays)))
	for _, h := range s.Holidays {
		b = appendString(b, h.Region)
		b = binary.AppendUvarint(b, uint64(len(h.Categories)))
		for _, c := range h.Categories {
			b = append(b, byte(c))
		}
		b = binary.AppendVarint(b, int64(h.ClosedFrom))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Closures)))
	for _, c := range s.Closures {
		b = appendString(b, c.Name)
		b = binary.AppendUvarint(b, uint64(len(c.On)))
		for _, r := range c.On {
			b = append(b, byte(r.kind), byte(r.month), byte(r.day), byte(r.wd))
			b = binary.AppendVarint(b, int64(r.n))
		}
		b = binary.AppendVarint(b, int64(c.From))
		b = appendHours(b, c.Hours)
	}
	for _, l := range [...][]Spec{s.Union, s.Intersect, s.Minus} {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for i := range l {
			var ok bool
			if b, ok = appendSpecKey(b, &l[i]); !ok {
				return b, false
			}
		}
	}
	return b, true
}

// composedKey returns the key of the composition of args, equal to the
// key of its spec (see appendSpecKey), or "" if an operand is not shared.
func composedKey(op opKind, args []*engine) string {
	var buf [256]byte
	b := append(buf[:0], 'S')
	b = appendString(b, "")
	for range 7 {
		b = appendHours(b, nil)
	}
	b = append(b, 0, 0, 0, 0) // overrides, holiday_dates, holidays, closures
	for _, o := range [...]opKind{opUnion, opIntersect, opMinus} {
		if o != op {
			b = append(b, 0)
			continue
		}
		b = binary.AppendUvarint(b, uint64(len(args)))
		for _, a := range args {
			if a.key == "" {
				return ""
			}
			b = append(b, a.key...)
		}
	}
	return string(b)
}
