package kpi

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"time"
)

// Binary encodings (version 1) of the accumulators: encoding.BinaryMarshaler
// and encoding.BinaryUnmarshaler, so that partial results can be shuffled
// between the workers of a map-reduce engine and stored. The layout is
// documented in the package doc, "Encoding". Decoding checks everything
// (version, kind, lengths, shortest varints, no trailing bytes) and accepts
// only states the accumulator can reach; every other input is an
// [*itsm.Error] wrapping [ErrInvalidConfig], never a panic, and a length
// prefix never makes it allocate more than the input's size allows.

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"); it cannot fail.
func (s DurationStats) MarshalBinary() ([]byte, error) {
	e := newEncoder(tagDurationStats, 24)
	e.stats(s)
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding; input that is not
// the encoding of a DurationStats is an error wrapping [ErrInvalidConfig],
// and s is unchanged on error.
func (s *DurationStats) UnmarshalBinary(b []byte) error {
	if s == nil {
		return nilDecode("DurationStats")
	}
	d := newDecoder(tagDurationStats, b)
	v := d.stats("")
	if err := d.finish(); err != nil {
		return err
	}
	*s = v
	return nil
}

// invalid says why t cannot be encoded ("" if it can): an undeclared
// measure or clock.
func (t TimeTo) invalid() string {
	if _, ok := measures.Name(t.Measure); !ok {
		return fmt.Sprintf("measure %d undeclared", t.Measure)
	}
	if _, ok := clocks.Name(t.Clock); !ok {
		return fmt.Sprintf("clock %d undeclared", t.Clock)
	}
	if r := t.Completed.invalid(); r != "" {
		return "completed: " + r
	}
	if r := t.Censored.invalid(); r != "" {
		return "censored: " + r
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"). An undeclared Measure or Clock is an error wrapping
// [ErrOutOfRange].
func (t TimeTo) MarshalBinary() ([]byte, error) {
	if r := t.invalid(); r != "" {
		return nil, encodeError("TimeTo", "", r)
	}
	e := newEncoder(tagTimeTo, 48)
	e.byte1(byte(t.Measure))
	e.byte1(byte(t.Clock))
	e.stats(t.Completed)
	e.stats(t.Censored)
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; t is unchanged on error).
func (t *TimeTo) UnmarshalBinary(b []byte) error {
	if t == nil {
		return nilDecode("TimeTo")
	}
	d := newDecoder(tagTimeTo, b)
	var v TimeTo
	v.Measure = d.measure()
	v.Clock = d.clock()
	v.Completed = d.stats("completed")
	v.Censored = d.stats("censored")
	if err := d.finish(); err != nil {
		return err
	}
	*t = v
	return nil
}

// invalid says why s cannot be encoded ("" if it can).
func (s *Sample) invalid() string {
	if _, ok := measures.Name(s.Measure); !ok {
		return fmt.Sprintf("measure %d undeclared", s.Measure)
	}
	if _, ok := clocks.Name(s.Clock); !ok {
		return fmt.Sprintf("clock %d undeclared", s.Clock)
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"), keeping the order in which values were added; a nil s
// encodes the empty sample. An undeclared Measure or Clock is an error
// wrapping [ErrOutOfRange].
func (s *Sample) MarshalBinary() ([]byte, error) {
	if s == nil {
		s = &Sample{}
	}
	if r := s.invalid(); r != "" {
		return nil, encodeError("Sample", "", r)
	}
	e := newEncoder(tagSample, 4+5*(len(s.completed)+len(s.censored)))
	e.byte1(byte(s.Measure))
	e.byte1(byte(s.Clock))
	for _, vs := range [2][]time.Duration{s.completed, s.censored} {
		e.uint(uint64(len(vs)))
		for _, v := range vs {
			e.uint(uint64(v))
		}
	}
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; s is unchanged on error).
func (s *Sample) UnmarshalBinary(b []byte) error {
	if s == nil {
		return nilDecode("Sample")
	}
	d := newDecoder(tagSample, b)
	var v Sample
	v.Measure = d.measure()
	v.Clock = d.clock()
	var lists [2][]time.Duration
	for k, what := range [2]string{"completed values", "censored values"} {
		n := d.length(what, 1)
		if n > 0 {
			lists[k] = make([]time.Duration, n)
		}
		for i := range lists[k] {
			lists[k][i] = time.Duration(d.count(what))
		}
	}
	if err := d.finish(); err != nil {
		return err
	}
	v.completed, v.censored = lists[0], lists[1]
	*s = v
	return nil
}

// bucketCount is one non-empty bucket of a sketch in an encoding.
type bucketCount struct {
	index, count uint64
}

// sketchFrom builds a sketch of precision bits (0: the zero value's) from
// its statistics and non-empty buckets in increasing index order, or says
// why they are not a state a Sketch can reach.
func sketchFrom(bits uint8, st DurationStats, buckets []bucketCount) (Sketch, string) {
	if bits > 10 {
		return Sketch{}, fmt.Sprintf("precision %d not in [1, 10]", bits)
	}
	if r := st.invalid(); r != "" {
		return Sketch{}, "statistics: " + r
	}
	s := Sketch{bits: bits, stats: st}
	if st.n == 0 {
		if len(buckets) > 0 {
			return Sketch{}, "buckets without values"
		}
		return s, ""
	}
	size := uint64((64 - s.precision()) << s.precision())
	lo, hi := uint64(s.index(uint64(st.min))), uint64(s.index(uint64(st.max)))
	if len(buckets) == 0 || buckets[0].index != lo || buckets[len(buckets)-1].index != hi {
		return Sketch{}, fmt.Sprintf("buckets do not start at the minimum's (%d) and end at the maximum's (%d)", lo, hi)
	}
	left := uint64(st.n) // values not yet in a bucket
	for k, b := range buckets {
		switch {
		case b.index >= size:
			return Sketch{}, fmt.Sprintf("bucket %d beyond the %d buckets of precision %d", b.index, size, s.precision())
		case k > 0 && b.index <= buckets[k-1].index:
			return Sketch{}, "bucket indexes not increasing"
		case b.count == 0:
			return Sketch{}, fmt.Sprintf("bucket %d empty", b.index)
		case b.count > left:
			return Sketch{}, fmt.Sprintf("bucket counts exceed the count %d", st.n)
		}
		left -= b.count
	}
	if left != 0 {
		return Sketch{}, fmt.Sprintf("bucket counts sum to %d, not the count %d", uint64(st.n)-left, st.n)
	}
	s.counts = make([]int64, size)
	for _, b := range buckets {
		s.counts[b.index] = int64(b.count)
	}
	return s, ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"): the precision, the statistics and the non-empty
// buckets only, so a sketch of few distinct values is small. A nil s
// encodes the zero value; it cannot fail.
func (s *Sketch) MarshalBinary() ([]byte, error) {
	if s == nil {
		s = &Sketch{}
	}
	m := 0
	for _, c := range s.counts {
		if c > 0 {
			m++
		}
	}
	e := newEncoder(tagSketch, 32+4*m)
	e.byte1(s.bits)
	e.stats(s.stats)
	e.uint(uint64(m))
	prev := -1
	for i, c := range s.counts {
		if c > 0 {
			e.uint(uint64(i - prev - 1))
			e.uint(uint64(c))
			prev = i
		}
	}
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; s is unchanged on error). It allocates
// the sketch's fixed-size counters (at most 54 Ki of them, at precision
// 10) only once the input has proved consistent.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	if s == nil {
		return nilDecode("Sketch")
	}
	d := newDecoder(tagSketch, b)
	bits := d.byte1()
	st := d.stats("statistics")
	m := d.length("buckets", 2)
	var buckets []bucketCount
	if m > 0 {
		buckets = make([]bucketCount, m)
	}
	next := uint64(0) // smallest index the next bucket may have
	for k := range buckets {
		gap := d.uint()
		if d.ok() && gap > math.MaxInt32-next { // beyond any precision's size
			d.fail(fmt.Sprintf("bucket gap %d too large", gap))
		}
		buckets[k] = bucketCount{index: next + gap, count: d.uint()}
		next += gap + 1
	}
	if d.ok() {
		v, why := sketchFrom(bits, st, buckets)
		d.check("", why)
		if err := d.finish(); err != nil {
			return err
		}
		*s = v
		return nil
	}
	return d.finish()
}

// invalid says why r is not a state DeskRates can reach ("" if it is): a
// negative count, or a subset count above its superset's (resolved,
// escalated and reassigned tickets among all; first contact, first time
// fix and reopened among the resolved; hand-offs at least the tickets
// handed off, and none without one).
func (r DeskRates) invalid() string {
	for _, f := range r.fields() {
		if *f < 0 {
			return "negative count"
		}
	}
	switch {
	case r.Resolved > r.Tickets || r.Escalated > r.Tickets || r.Reassigned > r.Tickets:
		return "resolved, escalated or reassigned tickets above all tickets"
	case r.FirstContact > r.Resolved || r.FirstTimeFix > r.Resolved || r.Reopened > r.Resolved:
		return "first contact, first time fix or reopened tickets above resolved tickets"
	case r.Reassignments < r.Reassigned || (r.Reassigned == 0 && r.Reassignments > 0):
		return "reassignments fewer than reassigned tickets, or some without any"
	}
	return ""
}

// fields returns the counts in encoding order.
func (r *DeskRates) fields() [8]*int64 {
	return [8]*int64{&r.Tickets, &r.Resolved, &r.FirstContact, &r.FirstTimeFix, &r.Reopened, &r.Escalated, &r.Reassigned, &r.Reassignments}
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"). Counts that [DeskRates.Add] and [DeskRates.Merge]
// cannot produce (negative, or a subset above its superset: see
// [DeskRates]) are an error wrapping [ErrOutOfRange].
func (r DeskRates) MarshalBinary() ([]byte, error) {
	if why := r.invalid(); why != "" {
		return nil, encodeError("DeskRates", fmt.Sprint(r), why)
	}
	e := newEncoder(tagDeskRates, 16)
	for _, f := range (&r).fields() {
		e.uint(uint64(*f))
	}
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; r is unchanged on error).
func (r *DeskRates) UnmarshalBinary(b []byte) error {
	if r == nil {
		return nilDecode("DeskRates")
	}
	d := newDecoder(tagDeskRates, b)
	var v DeskRates
	for _, f := range v.fields() {
		*f = d.count("count")
	}
	d.check("", v.invalid())
	if err := d.finish(); err != nil {
		return err
	}
	*r = v
	return nil
}

// invalid says why a is not a state Attainment can reach: not 0 ≤ Met ≤
// Total.
func (a Attainment) invalid() string {
	if a.Met < 0 || a.Met > a.Total {
		return "not 0 ≤ met ≤ total"
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"); counts other than 0 ≤ Met ≤ Total are an error
// wrapping [ErrOutOfRange].
func (a Attainment) MarshalBinary() ([]byte, error) {
	if why := a.invalid(); why != "" {
		return nil, encodeError("Attainment", fmt.Sprintf("%d/%d", a.Met, a.Total), why)
	}
	e := newEncoder(tagAttainment, 4)
	e.uint(uint64(a.Met))
	e.uint(uint64(a.Total))
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; a is unchanged on error).
func (a *Attainment) UnmarshalBinary(b []byte) error {
	if a == nil {
		return nilDecode("Attainment")
	}
	d := newDecoder(tagAttainment, b)
	v := Attainment{Met: d.count("met"), Total: d.count("total")}
	d.check("", v.invalid())
	if err := d.finish(); err != nil {
		return err
	}
	*a = v
	return nil
}

// backlogFrom builds a backlog from its parts, or says why they are not a
// state a Backlog can reach: the boundaries must be positive and strictly
// increasing, one count per bucket, the counts must sum to the ages'
// count, and the youngest and oldest age must fall in the first and last
// non-empty bucket. The schedule is not part of it.
func backlogFrom(at time.Time, clock Clock, bounds []time.Duration, counts []int64, ages DurationStats) (Backlog, string) {
	if why := instantInvalid(at); why != "" {
		return Backlog{}, why
	}
	if _, ok := clocks.Name(clock); !ok {
		return Backlog{}, fmt.Sprintf("clock %d undeclared", clock)
	}
	if err := checkBuckets(bounds); err != nil {
		return Backlog{}, "age bucket boundaries not positive and strictly increasing"
	}
	if len(counts) != len(bounds)+1 {
		return Backlog{}, fmt.Sprintf("%d counts for %d buckets", len(counts), len(bounds)+1)
	}
	if why := ages.invalid(); why != "" {
		return Backlog{}, "ages: " + why
	}
	left := ages.n // tickets not yet in a bucket
	first, last := -1, -1
	for k, c := range counts {
		if c < 0 || c > left {
			return Backlog{}, fmt.Sprintf("bucket counts negative or above the %d tickets", ages.n)
		}
		left -= c
		if c > 0 {
			last = k
			if first < 0 {
				first = k
			}
		}
	}
	if left != 0 {
		return Backlog{}, fmt.Sprintf("bucket counts sum to %d, not the %d tickets", ages.n-left, ages.n)
	}
	if ages.n > 0 && (ageBucket(bounds, ages.min) != first || ageBucket(bounds, ages.max) != last) {
		return Backlog{}, "youngest or oldest age outside the first or last non-empty bucket"
	}
	return Backlog{at: at, buckets: bounds, clock: clock, counts: counts, total: ages.n, ages: ages}, ""
}

// ageBucket returns the index of the bucket holding age.
func ageBucket(bounds []time.Duration, age time.Duration) int {
	k, found := slices.BinarySearch(bounds, age)
	if found {
		k++
	}
	return k
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"): instant, clock, boundaries, counts and age statistics.
// The schedule is code, not data, and is not encoded; a nil b encodes the
// zero value. An instant outside the years 0000–9999 is an error wrapping
// [ErrOutOfRange]. The instant's zone is not kept (it decodes in UTC).
func (b *Backlog) MarshalBinary() ([]byte, error) {
	if b == nil {
		b = &Backlog{}
	}
	if why := instantInvalid(b.at); why != "" {
		return nil, encodeError("Backlog", "", why)
	}
	e := newEncoder(tagBacklog, 40+8*len(b.buckets))
	e.instant(b.at)
	e.byte1(byte(b.clock))
	e.uint(uint64(len(b.buckets)))
	prev := time.Duration(0)
	for _, x := range b.buckets {
		e.uint(uint64(x - prev)) // ≥ 1: strictly increasing from 0
		prev = x
	}
	for k := range len(b.buckets) + 1 {
		var c int64
		if k < len(b.counts) {
			c = b.counts[k]
		}
		e.uint(uint64(c))
	}
	e.stats(b.ages)
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; b is unchanged on error). The schedule
// is not encoded: b keeps its own (nil, 24×7, for a new Backlog), so decode
// into a backlog made with [NewBacklog] and the right schedule before
// adding tickets to one in business time; merging and reading need none.
func (b *Backlog) UnmarshalBinary(in []byte) error {
	if b == nil {
		return nilDecode("Backlog")
	}
	d := newDecoder(tagBacklog, in)
	at := d.instant()
	clock := d.clock()
	m := d.length("age bucket boundaries", 1)
	var bounds []time.Duration
	if m > 0 {
		bounds = make([]time.Duration, m)
	}
	prev := int64(0)
	for k := range bounds {
		gap := d.count("boundary step")
		if d.ok() && (gap == 0 || gap > math.MaxInt64-prev) {
			d.fail(fmt.Sprintf("boundary step %d zero or beyond the range of a duration", gap))
		}
		prev += gap
		bounds[k] = time.Duration(prev)
	}
	counts := make([]int64, m+1)
	for k := range counts {
		counts[k] = d.count("bucket count")
	}
	ages := d.stats("ages")
	if !d.ok() {
		return d.finish()
	}
	v, why := backlogFrom(at, clock, bounds, counts, ages)
	d.check("", why)
	if err := d.finish(); err != nil {
		return err
	}
	v.sched = b.sched
	*b = v
	return nil
}

// invalid says why f cannot be encoded: an invalid period or one outside
// the years 0000–9999, or a negative count.
func (f Flow) invalid() string {
	if err := f.Period.Validate(); err != nil {
		return err.Error()
	}
	if why := instantInvalid(f.Period.Start); why != "" {
		return why
	}
	if why := instantInvalid(f.Period.End); why != "" {
		return why
	}
	if f.In < 0 || f.Out < 0 {
		return "negative count"
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"). An invalid period, one outside the years 0000–9999 and
// negative counts are errors wrapping [ErrOutOfRange]. The zone of the
// period's instants is not kept (they decode in UTC).
func (f Flow) MarshalBinary() ([]byte, error) {
	if why := f.invalid(); why != "" {
		return nil, encodeError("Flow", f.Period.String(), why)
	}
	e := newEncoder(tagFlow, 24)
	e.instant(f.Period.Start)
	e.instant(f.Period.End)
	e.uint(uint64(f.In))
	e.uint(uint64(f.Out))
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; f is unchanged on error).
func (f *Flow) UnmarshalBinary(b []byte) error {
	if f == nil {
		return nilDecode("Flow")
	}
	d := newDecoder(tagFlow, b)
	var v Flow
	v.Period.Start = d.instant()
	v.Period.End = d.instant()
	v.In = d.count("in")
	v.Out = d.count("out")
	if d.ok() {
		d.check("", v.invalid())
	}
	if err := d.finish(); err != nil {
		return err
	}
	*f = v
	return nil
}

// invalid says why c is not a state CSAT can reach: an invalid
// configuration, counts other than 0 ≤ Satisfied ≤ Total, or a sum of
// ratings that Satisfied ratings ≥ SatisfiedFrom and the others below it,
// all on the scale, cannot have.
func (c CSAT) invalid() string {
	if !c.set && c.cfg != (CSATConfig{}) {
		return "a configuration not marked as set"
	}
	cfg := c.config()
	if err := cfg.validate(); err != nil {
		return err.Error()
	}
	if c.Satisfied < 0 || c.Satisfied > c.Total {
		return "not 0 ≤ satisfied ≤ total"
	}
	sat, other := big.NewInt(c.Satisfied), big.NewInt(c.Total-c.Satisfied)
	bound := func(a, b int) *big.Int { // sat·a + other·b
		x := new(big.Int).Mul(sat, big.NewInt(int64(a)))
		return x.Add(x, new(big.Int).Mul(other, big.NewInt(int64(b))))
	}
	sum := big.NewInt(c.Sum)
	if sum.Cmp(bound(cfg.SatisfiedFrom, cfg.Scale.Min)) < 0 || sum.Cmp(bound(cfg.Scale.Max, cfg.SatisfiedFrom-1)) > 0 {
		return fmt.Sprintf("sum %d impossible for %d satisfied of %d ratings on %d–%d", c.Sum, c.Satisfied, c.Total, cfg.Scale.Min, cfg.Scale.Max)
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"): the configuration (absent for the zero value, which
// uses [DefaultCSAT]) and the counts. Counts no sequence of ratings gives
// are an error wrapping [ErrOutOfRange].
func (c CSAT) MarshalBinary() ([]byte, error) {
	if why := c.invalid(); why != "" {
		return nil, encodeError("CSAT", fmt.Sprintf("%d/%d, sum %d", c.Satisfied, c.Total, c.Sum), why)
	}
	e := newEncoder(tagCSAT, 24)
	if c.set {
		e.byte1(1)
		e.int(int64(c.cfg.Scale.Min))
		e.int(int64(c.cfg.Scale.Max))
		e.int(int64(c.cfg.SatisfiedFrom))
	} else {
		e.byte1(0)
	}
	e.uint(uint64(c.Total))
	e.uint(uint64(c.Satisfied))
	e.int(c.Sum)
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; c is unchanged on error).
func (c *CSAT) UnmarshalBinary(b []byte) error {
	if c == nil {
		return nilDecode("CSAT")
	}
	d := newDecoder(tagCSAT, b)
	var v CSAT
	switch flag := d.byte1(); flag {
	case 0:
	case 1:
		v.set = true
		v.cfg.Scale.Min = d.intInt()
		v.cfg.Scale.Max = d.intInt()
		v.cfg.SatisfiedFrom = d.intInt()
	default:
		d.fail(fmt.Sprintf("configuration flag %d (want 0 or 1)", flag))
	}
	v.Total = d.count("total")
	v.Satisfied = d.count("satisfied")
	v.Sum = d.int()
	if d.ok() {
		d.check("", v.invalid())
	}
	if err := d.finish(); err != nil {
		return err
	}
	*c = v
	return nil
}

// invalid says why n cannot be encoded: a negative count.
func (n NPS) invalid() string {
	if n.Promoters < 0 || n.Passives < 0 || n.Detractors < 0 {
		return "negative count"
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see the package
// doc, "Encoding"); a negative count is an error wrapping [ErrOutOfRange].
func (n NPS) MarshalBinary() ([]byte, error) {
	if why := n.invalid(); why != "" {
		return nil, encodeError("NPS", fmt.Sprintf("%d/%d/%d", n.Promoters, n.Passives, n.Detractors), why)
	}
	e := newEncoder(tagNPS, 6)
	e.uint(uint64(n.Promoters))
	e.uint(uint64(n.Passives))
	e.uint(uint64(n.Detractors))
	return e, nil
}

// UnmarshalBinary decodes the version 1 binary encoding (errors as for
// [DurationStats.UnmarshalBinary]; n is unchanged on error).
func (n *NPS) UnmarshalBinary(b []byte) error {
	if n == nil {
		return nilDecode("NPS")
	}
	d := newDecoder(tagNPS, b)
	v := NPS{Promoters: d.count("promoters"), Passives: d.count("passives"), Detractors: d.count("detractors")}
	if err := d.finish(); err != nil {
		return err
	}
	*n = v
	return nil
}
