package legal

import (
	"fmt"
	"strconv"

	"github.com/itsmkit/itsm/internal/enum"
)

// Rules is the rule set by which a period is counted. Its text form (JSON,
// [Rules.String]) is shown beside each constant.
type Rules uint8

const (
	// Exact counts from the instant of the event, with no rounding and no
	// extension: 72 hours from 12:17 end at 12:17 three days later; days,
	// weeks and months end at the same time of day (one month from 4 April
	// 10:00 ends on 4 May 10:00), a month without the day number at the end
	// of its last day (one month from 31 January 10:00 ends with 28
	// February: the only choice under which a later start never ends
	// earlier); working days count working-day time (a start on a Sunday
	// counts from Monday 00:00); a period that ends on a Sunday ends on that
	// Sunday. It is the earliest reading of a period and the default of the
	// regimes' clocks.
	Exact Rules = iota // "exact"
	// EU1182 is Regulation (EEC, Euratom) No 1182/71 (periods, dates and
	// time limits in Union law), Article 3: the hour or day of the event is
	// not counted (3(1)); periods end with the expiry of their last hour or
	// day (3(2)); a period expressed otherwise than in hours whose last day
	// is a public holiday, Saturday or Sunday ends with the following
	// working day (3(4)); a period of two days or more includes at least two
	// working days (3(5)).
	EU1182 // "eu_1182_71"
	// BGB is §§ 187 to 193 of the German Civil Code (Bürgerliches
	// Gesetzbuch): the day of the event is not counted (§ 187(1)) unless the
	// period begins at the beginning of a day (§ 187(2)); periods end with
	// the expiry of their last day (§ 188), a missing day of the month
	// giving the month's last day (§ 188(3)); a last day that is a Saturday,
	// Sunday or public holiday at the place of performance gives way to the
	// next working day (§ 193). Periods in hours run from instant to
	// instant.
	BGB // "bgb"
)

var rulesNames = enum.New[Rules]("legal", "rule set", ErrRules,
	Exact, "exact", EU1182, "eu_1182_71", BGB, "bgb")

func (r Rules) valid() bool { return r <= BGB }

// String returns the text form ("exact", "eu_1182_71", "bgb"), or
// "rules(N)" for an undeclared value.
func (r Rules) String() string {
	if !r.valid() {
		return "rules(" + strconv.Itoa(int(r)) + ")"
	}
	return rulesNames.String(r)
}

// MarshalText returns the text form; an undeclared value is an error
// wrapping [ErrRules] that lists the valid ones.
func (r Rules) MarshalText() ([]byte, error) {
	if !r.valid() {
		e := errorf("rule set", r.String(), ErrRules)
		e.Valid = rulesNames.Valid()
		return nil, e
	}
	return rulesNames.Marshal(r)
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrRules] that lists the valid forms.
func (r *Rules) UnmarshalText(b []byte) error {
	v, err := rulesNames.Parse(string(b))
	if err != nil {
		return err
	}
	if r == nil {
		return errorf("rule set", string(b), fmt.Errorf("%w: decoding into a nil *Rules", ErrRules))
	}
	*r = v
	return nil
}
