package calendar

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
)

// Week is the regular weekly opening hours, indexed by time.Weekday
// (Week[time.Monday] is Monday's spans). The zero value is closed all week.
//
// Its compact text form lists day groups separated by ";", each a day list
// (names or ranges, comma-separated) and that day's spans:
//
//	Mon-Fri 08:00-12:00,13:00-17:00; Sat 09:00-13:00
//	Mon,Wed,Fri 22:00-06:00
//	Mon-Sun 00:00-24:00
//
// Day names are the English names or their three-letter abbreviations, any
// case; a range may wrap (Fri-Mon). A day listed twice gets both lists of
// spans. The empty string is a week with no hours.
type Week [7]DayHours

var dayAbbr = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// weekOrder is Monday-first, the order of the text form.
var weekOrder = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// String returns the canonical compact text form: days Monday first, equal
// consecutive days as ranges, days with equal spans in one group.
func (w Week) String() string {
	var groups []string
	done := [7]bool{}
	for i, wd := range weekOrder {
		if done[wd] || len(w[wd]) == 0 {
			continue
		}
		key := w[wd].String()
		// collect all days with the same spans, as Monday-first runs
		var parts []string
		for j := i; j < 7; {
			if w[weekOrder[j]].String() != key || len(w[weekOrder[j]]) == 0 || done[weekOrder[j]] {
				j++
				continue
			}
			k := j
			for k+1 < 7 && len(w[weekOrder[k+1]]) > 0 && w[weekOrder[k+1]].String() == key {
				k++
			}
			for x := j; x <= k; x++ {
				done[weekOrder[x]] = true
			}
			if k == j {
				parts = append(parts, dayAbbr[weekOrder[j]])
			} else {
				parts = append(parts, dayAbbr[weekOrder[j]]+"-"+dayAbbr[weekOrder[k]])
			}
			j = k + 1
		}
		groups = append(groups, strings.Join(parts, ",")+" "+key)
	}
	return strings.Join(groups, "; ")
}

// MarshalText returns the compact text form.
func (w Week) MarshalText() ([]byte, error) {
	for wd := range w {
		for _, h := range w[wd] {
			if err := h.validate(time.Weekday(wd).String()); err != nil {
				return nil, err
			}
		}
	}
	return []byte(w.String()), nil
}

// UnmarshalText parses the compact text form.
func (w *Week) UnmarshalText(b []byte) error {
	if w == nil {
		return nilTarget("Week", b)
	}
	v, err := ParseWeek(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// ParseWeek parses the compact text form described at [Week]. Errors quote
// the input. Overlaps are not checked here but by [New].
func ParseWeek(s string) (Week, error) {
	var w Week
	if len(s) > 1<<16 {
		return w, errorf("week", s[:64]+"…", ErrSyntax)
	}
	for group := range strings.SplitSeq(s, ";") {
		g := strings.TrimSpace(group)
		if g == "" {
			continue
		}
		i := strings.IndexAny(g, " \t")
		if i < 0 {
			return Week{}, errorf("week", s, fmt.Errorf("%w: group %q has no hours", ErrSyntax, g))
		}
		days, bad, ok := parseDays(g[:i])
		if !ok {
			return Week{}, &itsm.Error{Pkg: "calendar", Context: "week", Input: s, Valid: dayNames(),
				Err: fmt.Errorf("%w: unknown day %q", ErrSyntax, bad)}
		}
		hrs, err := ParseDayHours(g[i+1:])
		if err != nil {
			if e, ok := ownError(err); ok {
				return Week{}, errorf("week", s, fmt.Errorf("%w: %q", e.Err, strings.TrimSpace(g[i+1:])))
			}
			return Week{}, errorf("week", s, err)
		}
		if len(hrs) == 0 {
			return Week{}, errorf("week", s, fmt.Errorf("%w: group %q has no hours", ErrSyntax, g))
		}
		for wd, on := range days {
			if on {
				w[wd] = append(w[wd], hrs...)
			}
		}
	}
	return w, nil
}

func parseDay(s string) (time.Weekday, bool) {
	for wd := range 7 {
		if strings.EqualFold(s, dayAbbr[wd]) || strings.EqualFold(s, time.Weekday(wd).String()) {
			return time.Weekday(wd), true
		}
	}
	return 0, false
}

// parseDays parses a day list ("Mon-Fri,Sun"); for an unknown day name it
// returns that name and false.
func parseDays(s string) (on [7]bool, bad string, ok bool) {
	for part := range strings.SplitSeq(s, ",") {
		a, b, isRange := strings.Cut(part, "-")
		from, ok := parseDay(a)
		if !ok {
			return on, a, false
		}
		to := from
		if isRange {
			if to, ok = parseDay(b); !ok {
				return on, b, false
			}
		}
		for d := from; ; d = (d + 1) % 7 {
			on[d] = true
			if d == to {
				break
			}
		}
	}
	return on, "", true
}

// dayNames lists the accepted day names, Monday first: the abbreviations,
// then the full names (any case).
func dayNames() []string {
	out := make([]string, 0, 14)
	for _, wd := range weekOrder {
		out = append(out, dayAbbr[wd])
	}
	for _, wd := range weekOrder {
		out = append(out, wd.String())
	}
	return out
}
