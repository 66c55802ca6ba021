package strictjson

import (
	"errors"
	"strings"
	"testing"
)

func TestParseDecimal(t *testing.T) {
	long := strings.Repeat("1", MaxDecimalLen+1)
	for _, tc := range []struct {
		in, want, err string
		bound         bool
	}{
		{in: "99.95", want: "99.95"},
		{in: "-0.5", want: "-0.5"},
		{in: "2.5e3", want: "2500"},
		{in: "1e100", want: "1" + strings.Repeat("0", 100)},
		{in: "1E-100", want: "0." + strings.Repeat("0", 99) + "1"},
		{in: strings.Repeat("9", MaxDecimalLen), want: strings.Repeat("9", MaxDecimalLen)},
		{in: long, err: `"1111`, bound: true},
		{in: "1e999999999", err: `"1e999999999" has an exponent beyond ±100`, bound: true},
		{in: "1e-101", err: `"1e-101"`, bound: true},
		{in: "1e99999999999999999999999", err: "exponent beyond", bound: true},
		{in: "abc", err: `"abc" is not a decimal number`},
		{in: "", err: `"" is not a decimal number`},
		{in: "1e", err: `"1e" is not a decimal number`},
	} {
		got, err := ParseDecimal(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) || errors.Is(err, ErrDecimalBound) != tc.bound {
				t.Errorf("ParseDecimal(%.40q) = %v, %v; want error containing %q (bound %v)", tc.in, got, err, tc.err, tc.bound)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestParseDecimalHugeQuotesPrefix(t *testing.T) {
	in := strings.Repeat("7", 2<<20)
	_, err := ParseDecimal(in)
	if err == nil || !errors.Is(err, ErrDecimalBound) || len(err.Error()) > 200 || !strings.Contains(err.Error(), "(2097152 bytes)") {
		t.Fatalf("ParseDecimal(2 MB) = %v; want a short bound error", err)
	}
}

func BenchmarkParseDecimalHuge(b *testing.B) {
	in := strings.Repeat("7", 2<<20)
	for b.Loop() {
		if _, err := ParseDecimal(in); err == nil {
			b.Fatal("accepted")
		}
	}
}
