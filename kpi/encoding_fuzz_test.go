package kpi

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/itsmkit/itsm"
)

// allKinds returns a fresh value of every accumulator kind.
func allKinds() []codec {
	return []codec{new(DurationStats), new(TimeTo), new(Sample), new(Sketch), new(DeskRates),
		new(Attainment), new(Backlog), new(Flow), new(CSAT), new(NPS)}
}

// exercise calls the read methods and a merge with itself on a decoded
// value: none may panic.
func exercise(t *testing.T, v codec) {
	switch x := v.(type) {
	case *DurationStats:
		_, _ = x.Mean()
		_ = x.String()
		_ = x.Merge(*x)
	case *TimeTo:
		_ = x.AtLeast().String()
		_ = x.Merge(*x)
	case *Sample:
		_, _ = x.AtLeast().Median()
		_ = x.Merge(x)
	case *Sketch:
		for _, p := range []string{"0", "50", "99.9", "100"} {
			if _, _, err := x.Percentile(dec(p)); err != nil {
				t.Fatalf("percentile %s of a decoded sketch: %v", p, err)
			}
		}
		_ = x.Merge(x)
	case *DeskRates:
		_, _ = x.FCR().Percent(1)
		x.Merge(*x)
	case *Attainment:
		_, _ = x.Ratio().Percent(1)
		x.Merge(*x)
	case *Backlog:
		_ = x.Distribution()
		_ = x.Merge(x)
	case *Flow:
		_ = x.Merge(*x)
	case *CSAT:
		_, _ = x.Score().Percent(1)
		_, _ = x.Average().Percent(1)
		_ = x.Merge(*x)
	case *NPS:
		_, _ = x.Ratio().Percent(0)
		x.Merge(*x)
	}
}

// wantDecodeError fails unless err is a kpi *itsm.Error wrapping
// ErrInvalidConfig or ErrOutOfRange (a JSON number beyond the bounds).
func wantDecodeError(t *testing.T, err error, in []byte) {
	var e *itsm.Error
	if !errors.As(err, &e) || e.Pkg != "kpi" || !(errors.Is(err, ErrInvalidConfig) || errors.Is(err, ErrOutOfRange)) {
		t.Fatalf("decoding %q: %v (%T) is not a kpi *itsm.Error wrapping ErrInvalidConfig", in, err, err)
	}
}

// Any bytes decode into any accumulator or give an error, never a panic
// or a hang; what decodes is canonical (encoding it again gives the same
// bytes), its JSON form decodes to it, and its methods work.
func FuzzAccumulatorBinary(f *testing.F) {
	for _, v := range golden(f) {
		b, err := v.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{"", "\x01", "\x02d", "\x01d\x80\x00", "\x01s\x00\x00\xff\xff\xff\xff\x0f"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%x", b), func() {
			for _, v := range allKinds() {
				err := v.UnmarshalBinary(b)
				if err != nil {
					wantDecodeError(t, err, b)
					continue
				}
				again, err := v.MarshalBinary()
				if err != nil || string(again) != string(b) {
					t.Fatalf("%T %x decodes, but encodes as %x, %v", v, b, again, err)
				}
				js, err := json.Marshal(v)
				if err != nil {
					t.Fatalf("%T %x: JSON: %v", v, b, err)
				}
				w := freshOf(v)
				if err := json.Unmarshal(js, w); err != nil {
					t.Fatalf("%T %x: its JSON %s does not decode: %v", v, b, js, err)
				}
				if bw, _ := w.MarshalBinary(); string(bw) != string(b) {
					t.Fatalf("%T %x: through JSON %s it became %x", v, b, js, bw)
				}
				exercise(t, v)
			}
		})
	})
}

// Any JSON decodes into any accumulator or gives an error, never a panic
// or a hang; what decodes has a binary encoding that decodes to it.
func FuzzAccumulatorJSON(f *testing.F) {
	for _, v := range golden(f) {
		js, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(js)
	}
	for _, s := range []string{`{}`, `null`, `[]`, `{"count":1,"sum":"1e40","min":"1h","max":"1h"}`,
		`{"stats":{"count":2,"sum":"10","min":"5ns","max":"5ns"},"buckets":[{"index":5,"count":2}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		underDeadline(t, fmt.Sprintf("%q", b), func() {
			for _, v := range allKinds() {
				if err := json.Unmarshal(b, v); err != nil {
					var se *json.SyntaxError
					var ue *json.UnmarshalTypeError
					if !errors.As(err, &se) && !errors.As(err, &ue) {
						wantDecodeError(t, err, b)
					}
					continue
				}
				bin, err := v.MarshalBinary()
				if err != nil {
					t.Fatalf("%T from %s: %v", v, b, err)
				}
				w := freshOf(v)
				if err := w.UnmarshalBinary(bin); err != nil {
					t.Fatalf("%T from %s: its encoding %x does not decode: %v", v, b, bin, err)
				}
				if bw, _ := w.MarshalBinary(); string(bw) != string(bin) {
					t.Fatalf("%T from %s: %x became %x", v, b, bin, bw)
				}
				exercise(t, v)
			}
		})
	})
}
