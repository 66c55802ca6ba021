package legal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/itsmkit/itsm"
)

// Period is a length of time as a legal text states it: a count of a
// [Unit], and for months an optional half ("1.5 months": one month and a
// half month, BGB § 189(2)). Its text form is "<n> <unit>": "72 hours",
// "1 month", "3 working_days", "2 weeks", "1.5 months", "0.5 months".
//
// A period is not a duration: "1 month" is 28 to 31 days and "3 days" may
// be 71 or 73 hours across a change of daylight saving time. [End] turns a
// period into an instant under a rule set.
//
// Write a half year as "6 months" and a quarter as "3 months" (BGB
// § 189(1)), a half month as "0.5 months" (15 days: BGB § 189(1),
// Regulation 1182/71 Art. 3(2)(d)), and months or years "that need not run
// consecutively" as 30 or 365 days (BGB § 191).
//
// The zero Period is no period: regimes use it for duties without a fixed
// time limit ("without undue delay").
type Period struct {
	N    int  // the count; at least 1, except 0 with Half
	Unit Unit // the unit
	Half bool // plus half a month (Unit must be Months)
}

// Bounds of a period's count per unit, so that no end leaves the years the
// package supports and no count loops for long.
var maxCount = map[Unit]int{
	Hours: 1_000_000, Days: 100_000, WorkingDays: 50_000, Weeks: 10_000, Months: 2_000, Years: 200,
}

// ParsePeriod parses the text form "<n> <unit>" (see [Period]). The unit
// may be singular or plural ("1 month", "2 months"). Errors are an
// [*itsm.Error] wrapping [ErrPeriod] that quotes the input and, for an
// unknown unit, lists the valid ones.
func ParsePeriod(s string) (Period, error) {
	in := strings.TrimSpace(s)
	if len(in) > 64 {
		return Period{}, errorf("period", in[:64]+"…", fmt.Errorf("%w: too long", ErrPeriod))
	}
	num, unit, ok := strings.Cut(in, " ")
	if !ok || num == "" || strings.TrimSpace(unit) == "" {
		return Period{}, errorf("period", s, fmt.Errorf("%w: want \"<n> <unit>\", such as \"72 hours\" or \"1 month\"", ErrPeriod))
	}
	unit = strings.TrimSpace(unit)
	var p Period
	u, err := unitNames.Parse(unit)
	if err != nil {
		u, err = unitNames.Parse(unit + "s")
	}
	if err != nil {
		e := errorf("period", s, fmt.Errorf("%w: unknown unit %q", ErrPeriod, unit))
		e.Valid = unitNames.Valid()
		return Period{}, e
	}
	p.Unit = u
	whole, frac, dotted := strings.Cut(num, ".")
	if dotted {
		if frac != "5" {
			return Period{}, errorf("period", s, fmt.Errorf("%w: the only fraction is a half month (\".5\")", ErrPeriod))
		}
		p.Half = true
	}
	if whole == "" || strings.TrimLeft(whole, "0123456789") != "" || len(whole) > 9 {
		return Period{}, errorf("period", s, fmt.Errorf("%w: %q is not a whole number", ErrPeriod, num))
	}
	p.N, _ = strconv.Atoi(whole)
	if e := p.validate(); e != nil {
		e.Input = s
		return Period{}, e
	}
	return p, nil
}

// Validate reports an [*itsm.Error] wrapping [ErrPeriod] when the period is
// not one [End] can count: an undeclared unit, a count below 1 (or below 0
// with a half), a half of a unit other than months, or a count above the
// unit's bound (1,000,000 hours, 100,000 days, 50,000 working days, 10,000
// weeks, 2,000 months, 200 years).
func (p Period) Validate() error {
	if e := p.validate(); e != nil {
		return e
	}
	return nil
}

func (p Period) validate() *itsm.Error {
	if !p.Unit.valid() {
		e := errorf("period", p.String(), fmt.Errorf("%w: unknown unit", ErrPeriod))
		e.Valid = unitNames.Valid()
		return e
	}
	if p.Half && p.Unit != Months {
		return errorf("period", p.String(), fmt.Errorf("%w: only months have a half (BGB § 189)", ErrPeriod))
	}
	min := 1
	if p.Half {
		min = 0
	}
	if p.N < min {
		return errorf("period", p.String(), fmt.Errorf("%w: the count must be at least %d", ErrPeriod, min))
	}
	if p.N > maxCount[p.Unit] {
		return errorf("period", p.String(), fmt.Errorf("%w: at most %d %s", ErrPeriod, maxCount[p.Unit], p.Unit))
	}
	return nil
}

// IsZero reports whether p is the zero Period (no fixed time limit).
func (p Period) IsZero() bool { return p == Period{} }

// String returns the text form ("72 hours", "1 month", "1.5 months"); the
// zero Period is "".
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	n := strconv.Itoa(p.N)
	if p.Half {
		return n + ".5 " + p.Unit.String()
	}
	if p.N == 1 && p.Unit.valid() {
		return n + " " + p.Unit.singular()
	}
	return n + " " + p.Unit.String()
}

// MarshalText returns the text form; an invalid period is an error.
func (p Period) MarshalText() ([]byte, error) {
	if p.IsZero() {
		return []byte{}, nil
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses the text form with [ParsePeriod].
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	if p == nil {
		return errorf("period", string(b), fmt.Errorf("%w: decoding into a nil *Period", ErrPeriod))
	}
	*p = v
	return nil
}

// prose returns the period in words for explanations ("3 working days").
func (p Period) prose() string {
	if p.Half {
		return fmt.Sprintf("%d.5 months", p.N)
	}
	return strconv.Itoa(p.N) + " " + p.Unit.text(p.N)
}
