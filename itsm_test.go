package itsm

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func TestDurationRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := Duration(rapid.OneOf(rapid.Int64(), rapid.SampledFrom([]int64{0, 1, -1, math.MaxInt64, math.MinInt64, int64(time.Hour), int64(90 * time.Second)})).Draw(t, "d"))
		s := d.String()
		got, err := ParseDuration(s)
		if err != nil || got != d {
			t.Fatalf("ParseDuration(%q) = %v, %v; want %d", s, got, err, int64(d))
		}
		b, _ := json.Marshal(d)
		var back Duration
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("JSON %s → %v, %v", b, back, err)
		}
		if strings.Contains(s, "h0m") || strings.HasSuffix(s, "m0s") {
			t.Fatalf("%q prints a zero unit", s)
		}
	})
}

func TestDurationText(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0s", time.Hour: "1h", 90 * time.Minute: "1h30m", time.Hour + 30*time.Second: "1h30s",
		500 * time.Millisecond: "0.5s", -2 * time.Hour: "-2h", 720 * time.Hour: "720h",
		math.MinInt64: "-2562047h47m16.854775808s",
	} {
		if got := Duration(d).String(); got != want {
			t.Errorf("Duration(%d) = %q, want %q", int64(d), got, want)
		}
	}
	for _, in := range []string{"", "30d", "1w", "4 hours", "h", strings.Repeat("1", 100) + "h", "9999999999999h"} {
		_, err := ParseDuration(in)
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, ErrDuration) {
			t.Errorf("ParseDuration(%q) err = %v, want *Error wrapping ErrDuration", in, err)
		}
	}
	_, err := ParseDuration("30d")
	if want := `itsm: duration: "30d": bad duration: days and weeks are ambiguous; write hours (24h) or use a working-day goal (valid: h, m, s, ms, us, ns)`; err.Error() != want {
		t.Errorf("err = %q\nwant  %q", err, want)
	}
}

func TestErrorZeroAndNil(t *testing.T) {
	var e *Error
	if e.Error() != "<nil>" || e.Unwrap() != nil {
		t.Error("nil *Error")
	}
	if got := (&Error{}).Error(); got != `""` {
		t.Errorf("zero Error = %q", got)
	}
	s := errors.New("sla: bad target")
	if got := (&Error{Pkg: "sla", Context: "target", Input: "x", Err: s}).Error(); got != `sla: target: "x": bad target` {
		t.Errorf("Error = %q", got)
	}
}

// refInterval is the set model: an interval is the set of whole seconds it
// contains, over a small range.
func refSet(i Interval) map[int64]bool {
	m := map[int64]bool{}
	for s := i.Start.Unix(); s < i.End.Unix(); s++ {
		m[s] = true
	}
	return m
}

func TestIntervalAgainstSetModel(t *testing.T) {
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	gen := rapid.Custom(func(t *rapid.T) Interval {
		a := rapid.IntRange(0, 40).Draw(t, "a")
		b := rapid.IntRange(0, 40).Draw(t, "b")
		return Interval{base.Add(time.Duration(a) * time.Second), base.Add(time.Duration(b) * time.Second)}
	})
	rapid.Check(t, func(t *rapid.T) {
		i, o := gen.Draw(t, "i"), gen.Draw(t, "o")
		si, so := refSet(i), refSet(o)
		common := 0
		for s := range si {
			if so[s] {
				common++
			}
		}
		if i.Overlaps(o) != (common > 0) {
			t.Fatalf("Overlaps(%v, %v) = %v, common %d", i, o, i.Overlaps(o), common)
		}
		x, ok := i.Intersect(o)
		if ok != (common > 0) || ok && len(refSet(x)) != common {
			t.Fatalf("Intersect = %v, %v; common %d", x, ok, common)
		}
		if i.Empty() != (len(si) == 0) {
			t.Fatalf("Empty(%v) = %v", i, i.Empty())
		}
		if (i.Validate() == nil) != !i.End.Before(i.Start) {
			t.Fatalf("Validate(%v) = %v", i, i.Validate())
		}
		if got := i.Duration(); got != time.Duration(len(si))*time.Second {
			t.Fatalf("Duration(%v) = %v, want %ds", i, got, len(si))
		}
		probe := base.Add(time.Duration(rapid.IntRange(-1, 41).Draw(t, "p")) * time.Second)
		if i.Contains(probe) != si[probe.Unix()] {
			t.Fatalf("Contains(%v, %v)", i, probe)
		}
	})
}

func TestNewIntervalErrors(t *testing.T) {
	a := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := NewInterval(a, a.Add(-time.Second)); !errors.Is(err, ErrInterval) {
		t.Errorf("end before start: %v", err)
	}
	far := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := NewInterval(far, a); !errors.Is(err, ErrInterval) {
		t.Errorf("too long: %v", err)
	}
	if i, err := NewInterval(a, a); err != nil || !i.Empty() {
		t.Errorf("empty interval: %v, %v", i, err)
	}
}

func TestRatioExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Ratio{rapid.Int64Range(-1e6, 1e6).Draw(t, "n"), rapid.Int64Range(-1e6, 1e6).Draw(t, "d")}
		o := Ratio{rapid.Int64Range(-1e6, 1e6).Draw(t, "n2"), rapid.Int64Range(1, 1e6).Draw(t, "d2")}
		if r.Den == 0 {
			if _, ok := r.Percent(2); ok {
				t.Fatal("no data gave a percent")
			}
			return
		}
		exact := new(big.Rat).SetFrac64(r.Num, r.Den)
		c, ok := r.Cmp(o)
		if !ok || c != exact.Cmp(new(big.Rat).SetFrac64(o.Num, o.Den)) {
			t.Fatalf("Cmp(%v, %v) = %d", r, o, c)
		}
		p, _ := r.Percent(2)
		// |p − 100·r| ≤ 0.005
		diff := new(big.Rat).Sub(p.Rat(), new(big.Rat).Mul(exact, big.NewRat(100, 1)))
		if diff.Abs(diff).Cmp(big.NewRat(5, 1000)) > 0 {
			t.Fatalf("Percent(%v) = %v", r, p)
		}
		cp, _ := r.CmpPercent(p)
		if want := new(big.Rat).Mul(exact, big.NewRat(100, 1)).Cmp(p.Rat()); cp != want {
			t.Fatalf("CmpPercent = %d, want %d", cp, want)
		}
		s, err := r.Add(o)
		if err != nil || s.Num != r.Num+o.Num || s.Den != r.Den+o.Den {
			t.Fatalf("Add = %v, %v", s, err)
		}
	})
}

func TestRatioRounding(t *testing.T) {
	for _, c := range []struct {
		r      Ratio
		places int32
		want   string
	}{{Ratio{2, 3}, 2, "66.67"}, {Ratio{1, 8}, 0, "12"}, {Ratio{3, 8}, 0, "38"}, {Ratio{-1, 8}, 0, "-12"}, {Ratio{1, -8}, 1, "-12.5"}} {
		got, ok := c.r.Percent(c.places)
		if !ok || !got.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("%v.Percent(%d) = %v, want %s", c.r, c.places, got, c.want)
		}
	}
	// 99.951 % is above a 99.95 % target although it prints as 99.95.
	r := Ratio{99951, 100000}
	if c, _ := r.CmpPercent(decimal.RequireFromString("99.95")); c != 1 {
		t.Errorf("CmpPercent = %d", c)
	}
	if _, err := (Ratio{math.MaxInt64, 1}).Add(Ratio{1, 1}); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: %v", err)
	}
	if _, ok := r.CmpPercent(decimal.New(1, -2000000000)); ok {
		t.Error("huge exponent accepted")
	}
}

func TestRecordError(t *testing.T) {
	cause := &Error{Pkg: "sla", Context: "outage", Input: "x", Err: ErrInterval}
	e := RecordError{Index: 3, Kind: "ticket", ID: "INC1", Err: cause}
	if got, want := e.Error(), `record 3 (ticket "INC1"): sla: outage: "x": itsm: bad interval`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, ErrInterval) {
		t.Error("RecordError does not unwrap to its cause")
	}
	if got := (RecordError{}).Error(); got != "record 0: rejected" {
		t.Errorf("zero RecordError = %q", got)
	}
	b, err := json.Marshal(e)
	var back map[string]any
	if err != nil || json.Unmarshal(b, &back) != nil || back["error"] != cause.Error() || back["id"] != "INC1" {
		t.Errorf("JSON = %s, %v", b, err)
	}
}
