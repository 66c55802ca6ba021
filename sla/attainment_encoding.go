package sla

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Wire-stable attainment tallies (issue 18). An [AttainmentGroup] has a
// compact, versioned binary encoding (encoding.BinaryMarshaler and
// encoding.BinaryUnmarshaler) besides its JSON form, so that the tallies of
// parts of a batch can be shuffled between the workers of a map-reduce
// engine and stored; adding the counts of the parts' groups of one slot,
// target and priority gives the batch's group.
//
// The binary layout, version 1: byte 0 is the version (1; other versions
// are refused), byte 1 the kind 'g' (0x67). Then, with u an unsigned
// varint (encoding/binary's Uvarint) in its shortest form and s a string
// (u length, then that many bytes of UTF-8), and nothing after the last
// field:
//
//	s slot, s target, u kind (0 sla, 1 ola, 2 uc), s priority,
//	s goal (decimal text in its shortest form, "" for none),
//	u met, u breached, u cancelled, u open, u open_breached
//
// So AttainmentGroup{Slot: "s", Target: "t", Priority: "P1", Met: 3,
// Breached: 1} is 01 67 01 73 01 74 00 02 50 31 00 03 01 00 00 00. Decoding
// checks everything (shortest varints, lengths within the input, valid
// UTF-8, a declared kind, counts within int64, a goal in (0, 100] written
// canonically) and returns an [*itsm.Error] wrapping [ErrConfig] for any
// other input, never panics, and never allocates more than the input's
// size. The JSON form decodes strictly and is checked the same way.

// tallyVersion and tallyKind are the first two bytes of the encoding.
const (
	tallyVersion = 1
	tallyKind    = 'g'
)

// invalidTally says why g is not a tally ComputeAttainment can produce
// ("" if it is one): an undeclared kind, a negative count, text that is
// not UTF-8, or a goal outside (0, 100] (zero: none) or with an exponent
// beyond ±itsm.MaxDecimalExponent.
func invalidTally(g AttainmentGroup) string {
	if _, ok := kindNames.Name(g.Kind); !ok {
		return fmt.Sprintf("kind %d undeclared", g.Kind)
	}
	for _, s := range []string{g.Slot, g.Target, g.Priority} {
		if !utf8.ValidString(s) {
			return fmt.Sprintf("%q is not UTF-8", s)
		}
	}
	for _, n := range []int64{g.Met, g.Breached, g.Cancelled, g.Open, g.OpenBreached} {
		if n < 0 {
			return "negative count"
		}
	}
	if e := g.Goal.Exponent(); e < -itsm.MaxDecimalExponent || e > itsm.MaxDecimalExponent {
		return fmt.Sprintf("goal exponent %d outside ±%d", e, itsm.MaxDecimalExponent)
	}
	if g.Goal.IsNegative() || g.Goal.GreaterThan(decimal.NewFromInt(100)) {
		return "goal " + g.Goal.String() + " not in (0, 100]"
	}
	return ""
}

// MarshalBinary returns the version 1 binary encoding (see above). A tally
// ComputeAttainment cannot produce (a negative count, an undeclared kind,
// text that is not UTF-8, a goal outside (0, 100]) is an error wrapping
// [ErrConfig].
func (g AttainmentGroup) MarshalBinary() ([]byte, error) {
	if why := invalidTally(g); why != "" {
		return nil, errorf("attainment tally encoding", g.Target, detail(ErrConfig, why))
	}
	goal := ""
	if !g.Goal.IsZero() {
		goal = g.Goal.String()
	}
	b := make([]byte, 0, 16+len(g.Slot)+len(g.Target)+len(g.Priority)+len(goal))
	b = append(b, tallyVersion, tallyKind)
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str(g.Slot)
	str(g.Target)
	b = binary.AppendUvarint(b, uint64(g.Kind))
	str(g.Priority)
	str(goal)
	for _, n := range []int64{g.Met, g.Breached, g.Cancelled, g.Open, g.OpenBreached} {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b, nil
}

// tallyReader reads the fields of an encoding; its first error sticks.
type tallyReader struct {
	in, b []byte
	why   string
}

func (r *tallyReader) fail(why string) {
	if r.why == "" {
		r.why = fmt.Sprintf("byte %d: %s", len(r.in)-len(r.b), why)
	}
}

func (r *tallyReader) uint() uint64 {
	if r.why != "" {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	switch {
	case n == 0:
		r.fail("truncated")
		return 0
	case n < 0:
		r.fail("varint beyond 64 bits")
		return 0
	case n > 1 && r.b[n-1] == 0:
		r.fail("varint not in its shortest form")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *tallyReader) count(what string) int64 {
	v := r.uint()
	if v > math.MaxInt64 {
		r.fail(fmt.Sprintf("%s %d beyond int64", what, v))
		return 0
	}
	return int64(v)
}

func (r *tallyReader) str(what string) string {
	n := r.uint()
	if r.why != "" {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.fail(fmt.Sprintf("%s of %d bytes, but only %d follow", what, n, len(r.b)))
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// UnmarshalBinary decodes the version 1 binary encoding (see above). Any
// other input is an error wrapping [ErrConfig] that quotes it (in hex);
// g is unchanged on error.
func (g *AttainmentGroup) UnmarshalBinary(in []byte) error {
	if g == nil {
		return errorf("attainment tally decoding", "", detail(ErrConfig, "decoding into a nil *AttainmentGroup"))
	}
	r := &tallyReader{in: in, b: in}
	switch {
	case len(in) == 0:
		r.fail("empty input")
	case in[0] != tallyVersion:
		r.fail(fmt.Sprintf("version %d (this build reads version %d)", in[0], tallyVersion))
	case len(in) < 2:
		r.fail("truncated")
	case in[1] != tallyKind:
		r.fail(fmt.Sprintf("kind byte %#02x, not %#02x (an attainment tally)", in[1], tallyKind))
	default:
		r.b = in[2:]
	}
	var v AttainmentGroup
	v.Slot = r.str("slot")
	v.Target = r.str("target")
	if k := r.uint(); k > math.MaxUint8 {
		r.fail(fmt.Sprintf("kind %d undeclared", k))
	} else {
		v.Kind = Kind(k)
	}
	v.Priority = r.str("priority")
	if goal := r.str("goal"); goal != "" && r.why == "" {
		d, err := strictjson.ParseDecimal(goal)
		switch {
		case err != nil:
			r.fail(fmt.Sprintf("goal %q: %v", goal, err))
		case d.IsZero() || d.String() != goal:
			r.fail(fmt.Sprintf("goal %q not in its shortest form (%q; none is \"\")", goal, d.String()))
		default:
			v.Goal = d
		}
	}
	for _, f := range []struct {
		n    *int64
		what string
	}{{&v.Met, "met"}, {&v.Breached, "breached"}, {&v.Cancelled, "cancelled"}, {&v.Open, "open"}, {&v.OpenBreached, "open_breached"}} {
		*f.n = r.count(f.what)
	}
	if r.why == "" && len(r.b) > 0 {
		r.fail(fmt.Sprintf("%d bytes of trailing data", len(r.b)))
	}
	if r.why == "" {
		if why := invalidTally(v); why != "" {
			r.fail(why)
		}
	}
	if r.why != "" {
		quoted := hex.EncodeToString(in[:min(len(in), 32)])
		if len(in) > 32 {
			quoted += "…"
		}
		return errorf("attainment tally binary encoding", quoted, detail(ErrConfig, r.why))
	}
	*g = v
	return nil
}

// UnmarshalJSON decodes the JSON form json.Marshal writes (the tagged
// fields) strictly — unknown, duplicate and case-variant keys and trailing
// data are errors naming the key — and checks it as UnmarshalBinary does;
// errors wrap [ErrConfig].
func (g *AttainmentGroup) UnmarshalJSON(b []byte) error {
	type plain AttainmentGroup
	var p plain
	if g == nil {
		return errorf("attainment tally JSON", "", detail(ErrConfig, "decoding into a nil *AttainmentGroup"))
	}
	if strictjson.IsNull(b) {
		return nil
	}
	if err := unmarshalStrict(b, &p, "attainment tally", ErrConfig); err != nil {
		return err
	}
	if why := invalidTally(AttainmentGroup(p)); why != "" {
		in := string(b)
		if len(in) > 64 {
			in = in[:64] + "…"
		}
		return errorf("attainment tally JSON", in, detail(ErrConfig, why))
	}
	*g = AttainmentGroup(p)
	return nil
}
