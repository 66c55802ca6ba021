package strictjson

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// MaxDecimalLen is the longest decimal text, in bytes, that [ParseDecimal]
// (and [Decode], for JSON numbers and numeric strings) accepts. The
// decimal package parses long digit strings in quadratic time (a 2 MB
// amount took seconds); 64 characters hold every amount, percentage or
// weight a configuration needs, with room for a sign, a point and an
// exponent.
const MaxDecimalLen = 64

// MaxDecimalExponent is the largest magnitude of the exponent part
// ("e…"/"E…") that [ParseDecimal] accepts, so a short text such as
// "1e999999999" cannot produce a value whose arithmetic or printing takes
// time and memory proportional to the exponent. Together with
// [MaxDecimalLen] it keeps every accepted value's exponent within
// ±(MaxDecimalExponent+MaxDecimalLen).
const MaxDecimalExponent = 100

// ErrDecimalBound reports a decimal text that [ParseDecimal] or [Decode]
// refuses before parsing because it is longer than [MaxDecimalLen] or its
// exponent exceeds [MaxDecimalExponent].
var ErrDecimalBound = errors.New("decimal text out of bounds")

// quoteMax is how many bytes of refused input an error quotes.
const quoteMax = 32

// Quote returns s quoted for an error message, truncated to a short prefix
// (on a rune boundary) with the total length noted when s is long, so an
// error about a 2 MB input does not itself hold 2 MB.
func Quote(s string) string {
	if len(s) <= quoteMax {
		return strconv.Quote(s)
	}
	n := quoteMax
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(s[:n]), len(s))
}

// checkDecimalBounds refuses s if it is longer than MaxDecimalLen or has an
// exponent part whose magnitude exceeds MaxDecimalExponent. It looks only
// at the length and the exponent; the syntax is the decimal parser's job.
func checkDecimalBounds(s string) error {
	if len(s) > MaxDecimalLen {
		return fmt.Errorf("%w: %s is longer than %d characters", ErrDecimalBound, Quote(s), MaxDecimalLen)
	}
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return nil
	}
	e, err := strconv.ParseInt(s[i+1:], 10, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return fmt.Errorf("%w: %s has an exponent beyond ±%d", ErrDecimalBound, Quote(s), MaxDecimalExponent)
		}
		return nil // not a number exponent: the parser reports the syntax
	}
	if e > MaxDecimalExponent || e < -MaxDecimalExponent {
		return fmt.Errorf("%w: %s has an exponent beyond ±%d", ErrDecimalBound, Quote(s), MaxDecimalExponent)
	}
	return nil
}

// ParseDecimal parses a decimal number such as "99.95", "-0.5" or "2.5e3"
// (the syntax of [decimal.NewFromString]) after refusing, before any
// parsing, text longer than [MaxDecimalLen] bytes or with an exponent
// beyond ±[MaxDecimalExponent]. Errors quote (a prefix of) the input;
// bound violations wrap [ErrDecimalBound].
func ParseDecimal(s string) (decimal.Decimal, error) {
	if err := checkDecimalBounds(s); err != nil {
		return decimal.Decimal{}, err
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%s is not a decimal number", Quote(s))
	}
	return d, nil
}
