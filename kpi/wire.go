package kpi

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/bits"
	"time"

	"github.com/itsmkit/itsm"
)

// The wire format of the accumulators (version 1), shared by their
// MarshalBinary and UnmarshalBinary methods; the layout of each is in the
// package doc, "Encoding". Every encoding starts with the version byte and
// a kind byte; integers are varints in their shortest form, so a value
// has exactly one encoding.

// wireVersion is the version byte every encoding starts with.
const wireVersion = 1

// The kind bytes (second byte of every encoding): lower-case ASCII letters,
// readable in a hex dump.
const (
	tagDurationStats = 'd'
	tagTimeTo        = 't'
	tagSample        = 's'
	tagSketch        = 'k'
	tagDeskRates     = 'r'
	tagAttainment    = 'a'
	tagBacklog       = 'b'
	tagFlow          = 'f'
	tagCSAT          = 'c'
	tagNPS           = 'n'
)

// wireNames names the type of each kind byte, for errors.
var wireNames = map[byte]string{
	tagDurationStats: "DurationStats", tagTimeTo: "TimeTo", tagSample: "Sample", tagSketch: "Sketch",
	tagDeskRates: "DeskRates", tagAttainment: "Attainment", tagBacklog: "Backlog", tagFlow: "Flow",
	tagCSAT: "CSAT", tagNPS: "NPS",
}

// Instants on the wire (and in JSON, which is RFC 3339) lie in the years
// 0000 to 9999: Unix seconds in [minWireSec, maxWireSec).
var (
	minWireSec = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxWireSec = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// encoder appends the fields of an encoding.
type encoder []byte

// newEncoder starts an encoding of the given kind with room for size more
// bytes.
func newEncoder(tag byte, size int) encoder {
	e := make(encoder, 2, 2+size)
	e[0], e[1] = wireVersion, tag
	return e
}

func (e *encoder) uint(v uint64) { *e = binary.AppendUvarint(*e, v) }
func (e *encoder) int(v int64)   { *e = binary.AppendVarint(*e, v) }
func (e *encoder) byte1(b byte)  { *e = append(*e, b) }

// instant appends t as zig-zag varint Unix seconds and varint nanoseconds
// (its zone is not kept). The caller has checked it with instantInvalid.
func (e *encoder) instant(t time.Time) {
	e.int(t.Unix())
	e.uint(uint64(t.Nanosecond()))
}

// stats appends the count and, when not empty, min, max and the two 64-bit
// halves of the sum.
func (e *encoder) stats(s DurationStats) {
	e.uint(uint64(s.n))
	if s.n > 0 {
		e.uint(uint64(s.min))
		e.uint(uint64(s.max))
		e.uint(s.hi)
		e.uint(s.lo)
	}
}

// instantInvalid says why t cannot be encoded ("" if it can).
func instantInvalid(t time.Time) string {
	if s := t.Unix(); s < minWireSec || s >= maxWireSec {
		return "instant " + t.String() + " outside the years 0000–9999"
	}
	return ""
}

// decoder reads the fields of an encoding. Its first error sticks: later
// reads return zero values, and finish reports it.
type decoder struct {
	what string // the type, for errors: "Sketch"
	in   []byte // the whole input, quoted in errors
	b    []byte // what is left to read
	err  *itsm.Error
}

// newDecoder checks the version and kind bytes of in.
func newDecoder(tag byte, in []byte) *decoder {
	d := &decoder{what: wireNames[tag], in: in, b: in}
	switch {
	case len(in) == 0:
		d.fail("empty input")
	case in[0] != wireVersion:
		d.fail(fmt.Sprintf("version %d (this build reads version %d)", in[0], wireVersion))
	case len(in) < 2:
		d.fail("truncated")
	case in[1] != tag:
		if name, ok := wireNames[in[1]]; ok {
			d.fail("the encoding of a " + name + ", not of a " + d.what)
		} else {
			d.fail(fmt.Sprintf("unknown kind byte %#02x", in[1]))
		}
	default:
		d.b = in[2:]
	}
	return d
}

// fail records the first error, naming the byte offset.
func (d *decoder) fail(why string) {
	if d.err != nil {
		return
	}
	quoted := in32(d.in)
	d.err = errorf(d.what+" binary encoding", quoted,
		because(ErrInvalidConfig, fmt.Sprintf("byte %d: %s", len(d.in)-len(d.b), why)))
}

// in32 returns the hex of the first 32 bytes of b, "…" marking the rest.
func in32(b []byte) string {
	if len(b) > 32 {
		return hex.EncodeToString(b[:32]) + "…"
	}
	return hex.EncodeToString(b)
}

// ok reports whether no error has been recorded.
func (d *decoder) ok() bool { return d.err == nil }

// uint reads a varint in its shortest form.
func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	switch {
	case n == 0:
		d.fail("truncated")
		return 0
	case n < 0:
		d.fail("varint beyond 64 bits")
		return 0
	case n > 1 && d.b[n-1] == 0:
		d.fail("varint not in its shortest form")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// int reads a zig-zag varint.
func (d *decoder) int() int64 {
	u := d.uint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

// intInt reads a zig-zag varint that must fit in an int.
func (d *decoder) intInt() int {
	x := d.int()
	if int64(int(x)) != x {
		d.fail(fmt.Sprintf("%d beyond int", x))
		return 0
	}
	return int(x)
}

// count reads a non-negative int64 (a count or a duration).
func (d *decoder) count(what string) int64 {
	v := d.uint()
	if v > math.MaxInt64 {
		d.fail(fmt.Sprintf("%s %d beyond int64", what, v))
		return 0
	}
	return int64(v)
}

// length reads the number of items that follow, each at least per bytes
// long: a length the rest of the input cannot hold is an error, so no
// length makes the decoder allocate more than the input's size allows.
func (d *decoder) length(what string, per int) int {
	v := d.uint()
	if d.err == nil && v > uint64(len(d.b)/per) {
		d.fail(fmt.Sprintf("%d %s, but only %d bytes follow", v, what, len(d.b)))
		return 0
	}
	return int(v)
}

// byte1 reads one byte.
func (d *decoder) byte1() byte {
	if d.err != nil {
		return 0
	}
	if len(d.b) == 0 {
		d.fail("truncated")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

// measure and clock read a declared enumeration value.
func (d *decoder) measure() Measure {
	m := Measure(d.byte1())
	if _, ok := measures.Name(m); !ok {
		d.fail(fmt.Sprintf("measure %d undeclared", m))
	}
	return m
}

func (d *decoder) clock() Clock {
	c := Clock(d.byte1())
	if _, ok := clocks.Name(c); !ok {
		d.fail(fmt.Sprintf("clock %d undeclared", c))
	}
	return c
}

// instant reads an instant, in UTC.
func (d *decoder) instant() time.Time {
	s := d.int()
	ns := d.uint()
	if d.err != nil {
		return time.Time{}
	}
	if s < minWireSec || s >= maxWireSec || ns >= 1e9 {
		d.fail(fmt.Sprintf("instant %d s %d ns outside the years 0000–9999", s, ns))
		return time.Time{}
	}
	return time.Unix(s, int64(ns)).UTC()
}

// stats reads a DurationStats and checks it.
func (d *decoder) stats(what string) DurationStats {
	var s DurationStats
	s.n = d.count(what + " count")
	if s.n > 0 {
		s.min = time.Duration(d.count(what + " minimum"))
		s.max = time.Duration(d.count(what + " maximum"))
		s.hi = d.uint()
		s.lo = d.uint()
	}
	d.check(what, s.invalid())
	return s
}

// check records why (if not "") as the error of the value read so far.
func (d *decoder) check(what, why string) {
	if d.err == nil && why != "" {
		if what != "" {
			why = what + ": " + why
		}
		d.fail(why)
	}
}

// finish returns the first error, or an error for trailing bytes.
func (d *decoder) finish() error {
	if d.err == nil && len(d.b) > 0 {
		d.fail(fmt.Sprintf("%d bytes of trailing data", len(d.b)))
	}
	if d.err != nil {
		return d.err
	}
	return nil
}

// encodeError reports a value that cannot be encoded because it is not a
// state its accumulator can reach (a hand-set field out of range).
func encodeError(what, value, why string) error {
	return errorf(what+" encoding", value, because(ErrOutOfRange, why))
}

// nilDecode is the error of decoding into a nil pointer.
func nilDecode(what string) error {
	return errorf(what+" decoding", "", because(ErrInvalidConfig, "decoding into a nil *"+what))
}

// invalid says why s is not a state DurationStats can reach ("" if it
// is): the count is not negative, and when it is positive the minimum and
// maximum are ordered durations and the sum lies between max + (n−1)·min
// and min + (n−1)·max, as it does for any n values in [min, max] that
// include both. Mean relies on this (the sum is below n·2⁶³).
func (s DurationStats) invalid() string {
	switch {
	case s.n < 0:
		return "negative count"
	case s.n == 0:
		if s.hi != 0 || s.lo != 0 || s.min != 0 || s.max != 0 {
			return "no values but a sum, minimum or maximum"
		}
		return ""
	case s.min < 0:
		return "negative minimum"
	case s.max < s.min:
		return "maximum below the minimum"
	}
	loHi, loLo := mulAdd(uint64(s.n-1), uint64(s.min), uint64(s.max))
	upHi, upLo := mulAdd(uint64(s.n-1), uint64(s.max), uint64(s.min))
	if less128(s.hi, s.lo, loHi, loLo) || less128(upHi, upLo, s.hi, s.lo) {
		return fmt.Sprintf("sum %s ns impossible for %d values in [%d, %d] ns", s.Sum(), s.n, s.min, s.max)
	}
	return ""
}

// mulAdd returns a·b + c in 128 bits (a, b, c < 2⁶³: no overflow).
func mulAdd(a, b, c uint64) (hi, lo uint64) {
	hi, lo = bits.Mul64(a, b)
	var carry uint64
	lo, carry = bits.Add64(lo, c, 0)
	return hi + carry, lo
}

// less128 reports whether (ah, al) < (bh, bl).
func less128(ah, al, bh, bl uint64) bool { return ah < bh || ah == bh && al < bl }
