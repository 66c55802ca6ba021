package legal

import (
	"fmt"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/calendar/holidays"
	"github.com/rickb777/date/v2"
)

// Step is one step of a computation: the rule applied, what it did, and the
// instants it moved the computation from and to. The steps of a [Deadline]
// form a chain: the first starts at Deadline.Start, each starts where the
// previous ended, and the last ends at Deadline.End. A step that checked a
// rule without moving anything (a period in hours ending on a Sunday is not
// extended) has From equal to To.
type Step struct {
	Rule string    `json:"rule"` // the provision: "BGB § 187(1)", "Regulation 1182/71 Art. 3(4)"
	Text string    `json:"text"` // what it did, in words
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// String formats the step as "rule: text".
func (s Step) String() string { return s.Rule + ": " + s.Text }

// Deadline is the end of a period and how it was reached.
//
// End is the first instant after the period: an act is in time when it is
// done before End. A period that ends "with the expiry of the last day"
// has End at midnight at the start of the next day, in the zone of the
// place whose days were counted; [Deadline.String] writes it as "24:00" of
// the last day.
type Deadline struct {
	Start      time.Time `json:"start"`      // the event, or the beginning of the first day
	Period     Period    `json:"period"`     // the period counted
	Rules      Rules     `json:"rules"`      // the rule set
	Unextended time.Time `json:"unextended"` // the end before any move to a working day
	End        time.Time `json:"end"`        // the end after every rule: first instant after the period
	Steps      []Step    `json:"steps"`      // the explanation, a chain from Start to End
}

// String formats the deadline on one line: "Mon 2001-05-07 24:00 CEST
// (1 month from Thu 2001-04-05 10:00 CEST, bgb)".
func (d Deadline) String() string {
	if d.End.IsZero() {
		return "no deadline"
	}
	return clockText(d.End) + " (" + d.Period.prose() + " from " + clockText(d.Start) + ", " + d.Rules.String() + ")"
}

// Explain returns the steps, one per line.
func (d Deadline) Explain() string {
	var b strings.Builder
	for i, s := range d.Steps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.String())
	}
	return b.String()
}

// clockText formats an instant in its own zone; midnight is written as
// 24:00 of the previous day, the way the law states the end of a day.
func clockText(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		p := t.Add(-time.Nanosecond)
		return p.Format("Mon 2006-01-02") + " 24:00 " + t.Format("MST")
	}
	if t.Second() != 0 || t.Nanosecond() != 0 {
		return t.Format("Mon 2006-01-02 15:04:05.999999999 MST")
	}
	return t.Format("Mon 2006-01-02 15:04 MST")
}

// dayText formats a civil date for explanations: "Sat 2001-05-05".
func dayText(d date.Date) string { return d.Format("Mon 2006-01-02") }

// Supported years of a start: the holiday data's range, leaving room for
// the longest period.
const (
	minStartYear = holidays.MinYear
	maxStartYear = holidays.MaxYear - 300
)

// End returns the end of period p that runs from the event at instant
// start, counted by rule set r at place (whose zone's days are counted and
// whose holidays, with Saturdays and Sundays, are not working days).
// Instants in the result are in start's location: pass the event in the
// zone you want the answer in.
//
// Errors are [*itsm.Error] values wrapping [ErrPeriod] (an invalid
// period), [ErrRules] (an undeclared rule set, or working days under the
// BGB), [ErrRange] (a start outside the years 1583–9699) or
// [ErrNoWorkingDay].
func End(start time.Time, p Period, r Rules, place Place) (Deadline, error) {
	return compute(start, false, p, r, place, true)
}

// EndFromDay returns the end of period p that begins at the beginning of
// day first, which is counted (BGB § 187(2); Regulation 1182/71
// Art. 3(2)(b)), in the zone of place. A period of months then ends with
// the day before the day of the same number: one month from 1 March ends
// with 31 March, from 4 April with 3 May (§ 188(2), second case); where
// that day number does not exist in the last month, with the month's last
// day (§ 188(3)). Regulation 1182/71 has no rule of its own for a period
// that begins at the beginning of a day; the package counts it as the BGB
// does, so that N months are always N whole months of days.
//
// An extension of a period (BGB § 190) is a new period from the end of the
// previous one: EndFromDay(previous end day + 1, …).
//
// Instants in the result are in the zone of place.
func EndFromDay(first date.Date, p Period, r Rules, place Place) (Deadline, error) {
	loc := place.zone()
	y, m, d := first.Date()
	if y < minStartYear || y > maxStartYear {
		return Deadline{}, errorf("start", first.String(), fmt.Errorf("%w: years %d to %d", ErrRange, minStartYear, maxStartYear))
	}
	return compute(calendar.Civil(y, m, d, 0, 0, 0, 0, loc), true, p, r, place, true)
}

// midnight returns the instant at which day d begins in loc.
func midnight(d date.Date, loc *time.Location) time.Time {
	y, m, dd := d.Date()
	return calendar.Civil(y, m, dd, 0, 0, 0, 0, loc)
}

// clampDay returns the date with day number day in the month months after
// (y, m), or the month's last day where that day does not exist, and
// whether it was clamped.
func clampDay(y int, m time.Month, months, day int) (date.Date, bool) {
	first := date.New(y, m, 1).AddDate(0, months, 0)
	last := first.LastDayOfMonth()
	if day > last {
		return first + date.Date(last-1), true
	}
	return first + date.Date(day-1), false
}

// computation collects the steps of one computation.
type computation struct {
	r     Rules
	out   *time.Location
	loc   *time.Location
	steps []Step
	at    time.Time
	base  time.Time // the end before extensions, once reached
}

func (c *computation) step(rule, text string, to time.Time) {
	c.steps = append(c.steps, Step{Rule: rule, Text: text, From: c.at.In(c.out), To: to.In(c.out)})
	c.at = to
}

// cite returns the provision of the computation's rule set: eu for
// Regulation 1182/71, bgb for the BGB.
func (c *computation) cite(eu, bgb string) string {
	if c.r == EU1182 {
		return "Regulation 1182/71 " + eu
	}
	return "BGB " + bgb
}

func compute(start time.Time, fromDay bool, p Period, r Rules, place Place, extend bool) (Deadline, error) {
	if e := p.validate(); e != nil {
		return Deadline{}, e
	}
	if !r.valid() {
		e := errorf("rule set", r.String(), ErrRules)
		e.Valid = rulesNames.Valid()
		return Deadline{}, e
	}
	if r == BGB && p.Unit == WorkingDays {
		return Deadline{}, errorf("rule set bgb", p.String(), fmt.Errorf("%w: the BGB does not count working days (a \"Werktag\" includes Saturday in some provisions); use days, or the rules eu_1182_71", ErrRules))
	}
	loc := place.zone()
	ls := start.In(loc)
	if y := ls.Year(); y < minStartYear || y > maxStartYear {
		return Deadline{}, errorf("start", start.Format(time.RFC3339), fmt.Errorf("%w: years %d to %d", ErrRange, minStartYear, maxStartYear))
	}
	c := &computation{r: r, out: start.Location(), loc: loc, at: start}
	if fromDay {
		c.out = loc
	}
	d := Deadline{Start: start.In(c.out), Period: p, Rules: r}
	var err error
	switch {
	case r == Exact:
		err = c.exact(ls, p, place)
	case p.Unit == Hours:
		c.hours(ls, fromDay, p, place)
	default:
		err = c.days(ls, fromDay, p, place, extend)
	}
	if err != nil {
		return Deadline{}, err
	}
	d.End = c.at.In(c.out)
	d.Unextended = d.End
	if !c.base.IsZero() {
		d.Unextended = c.base.In(c.out)
	}
	d.Steps = c.steps
	return d, nil
}

// exact counts elapsed time and calendar units from the instant, keeping
// the local time of day, with no extension.
func (c *computation) exact(ls time.Time, p Period, place Place) error {
	const rule = "exact counting"
	if p.Unit == Hours {
		c.step(rule, fmt.Sprintf("%s of elapsed time from %s", p.prose(), clockText(ls)), c.at.Add(time.Duration(p.N)*time.Hour))
		c.base = c.at
		return nil
	}
	sd := date.NewAt(ls)
	at := func(d date.Date) time.Time {
		y, m, dd := d.Date()
		return calendar.Civil(y, m, dd, ls.Hour(), ls.Minute(), ls.Second(), ls.Nanosecond(), c.loc)
	}
	var end date.Date
	text := ""
	switch p.Unit {
	case Days:
		end = sd + date.Date(p.N)
		text = fmt.Sprintf("%s later, at the same time of day: %s", p.prose(), dayText(end))
	case Weeks:
		end = sd + date.Date(7*p.N)
		text = fmt.Sprintf("%s later, on the same weekday at the same time of day: %s", p.prose(), dayText(end))
	case WorkingDays:
		// Working-day time: a start on a Saturday, Sunday or holiday
		// counts from the beginning of the next working day, so that a
		// later start never gives an earlier end.
		end = sd
		if !place.working(sd) {
			n, err := place.nextWorking(sd)
			if err != nil {
				return err
			}
			c.step(rule, fmt.Sprintf("%s is %s: counting starts at the beginning of the next working day, %s", dayText(sd), place.why(sd), dayText(n)), midnight(n, c.loc))
			end = n
			ls = c.at.In(c.loc)
		}
		for i := 0; i < p.N; i++ {
			n, err := place.nextWorking(end)
			if err != nil {
				return err
			}
			end = n
		}
		text = fmt.Sprintf("%s later (Saturdays, Sundays and public holidays skipped), at the same time of day: %s", p.prose(), dayText(end))
	case Months, Years:
		months := p.N
		if p.Unit == Years {
			months *= 12
		}
		y, m, dd := sd.Date()
		var clamped bool
		end, clamped = clampDay(y, m, months, dd)
		text = fmt.Sprintf("%s later, at the same time of day: %s", Period{N: p.N, Unit: p.Unit}.prose(), dayText(end))
		if clamped {
			// The end of the month's last day: any earlier instant of that
			// day would make a later start end earlier (30 January 23:00
			// and 31 January 01:00 both map to 28 February).
			end++
			at = func(d date.Date) time.Time { return midnight(d, c.loc) }
			text = fmt.Sprintf("%s later: the month has no day %d, so the period ends with its last day, %s", Period{N: p.N, Unit: p.Unit}.prose(), dd, dayText(end-1))
		}
		if p.N == 0 {
			text = ""
		}
		if p.Half {
			end += 15
			if text != "" {
				text += "; "
			}
			text += fmt.Sprintf("then half a month, 15 days: %s", dayText(end))
		}
	}
	c.step(rule, text, at(end))
	c.base = c.at
	return nil
}

// hours counts a period expressed in hours. Regulation 1182/71 does not
// count the hour of the event (Art. 3(1)) and ends the period with the
// expiry of its last hour (Art. 3(2)(a)); the BGB counts hours from the
// instant (natural computation). Neither extends a period in hours to a
// working day.
func (c *computation) hours(ls time.Time, fromDay bool, p Period, place Place) {
	switch {
	case fromDay:
		c.step(c.cite("Art. 3(2)(a)", "§ 187(2)"), "the period begins at the beginning of the day, "+clockText(ls), c.at)
	case c.r == EU1182:
		into := time.Duration(ls.Minute())*time.Minute + time.Duration(ls.Second())*time.Second + time.Duration(ls.Nanosecond())
		first := c.at.Add(-into).Add(time.Hour)
		c.step("Regulation 1182/71 Art. 3(1)", "the hour during which the event occurs is not counted; the period starts at the beginning of the next hour, "+clockText(first.In(c.loc)), first)
	default:
		c.step("BGB §§ 186, 187", "a period in hours runs from the instant of the event (natural computation: § 187(1) does not count whole days of hours)", c.at)
	}
	end := c.at.Add(time.Duration(p.N) * time.Hour)
	rule := "Regulation 1182/71 Art. 3(2)(a)"
	if c.r == BGB {
		rule = "BGB §§ 186 ff. (natural computation)"
	}
	c.step(rule, fmt.Sprintf("the period ends with the expiry of its last hour, %s later: %s", p.prose(), clockText(end.In(c.loc))), end)
	c.base = c.at
	last := date.NewAt(end.In(c.loc).Add(-time.Nanosecond))
	if !place.working(last) {
		if c.r == EU1182 {
			c.step("Regulation 1182/71 Art. 3(4), 3(5)", fmt.Sprintf("%s is %s, but Art. 3(4) moves only periods expressed otherwise than in hours, and the package does not apply Art. 3(5) to hours: not extended", dayText(last), place.why(last)), c.at)
		} else {
			c.step("BGB § 193", fmt.Sprintf("%s is %s, but § 193 is not applied to periods in hours: not extended", dayText(last), place.why(last)), c.at)
		}
	}
}

// days counts a period in days, working days, weeks, months or years by
// whole days (Regulation 1182/71 Art. 3; BGB §§ 187–189, 193).
func (c *computation) days(ls time.Time, fromDay bool, p Period, place Place, extend bool) error {
	sd := date.NewAt(ls)
	first := sd
	if fromDay {
		c.step(c.cite("Art. 3(2)(b)", "§ 187(2)"), fmt.Sprintf("the period begins at the beginning of %s, which is counted", dayText(sd)), midnight(sd, c.loc))
	} else {
		first = sd + 1
		c.step(c.cite("Art. 3(1)", "§ 187(1)"), fmt.Sprintf("the day of the event, %s, is not counted; the period starts at the beginning of %s", dayText(sd), dayText(first)), midnight(first, c.loc))
	}
	var last date.Date
	var rule, text string
	switch p.Unit {
	case Days:
		last = first + date.Date(p.N-1)
		rule, text = c.cite("Art. 3(2)(b)", "§ 188(1)"), fmt.Sprintf("%s: the period ends with the expiry of its last day, %s", p.prose(), dayText(last))
	case WorkingDays: // EU1182 only
		last = first
		if !place.working(last) {
			n, err := place.nextWorking(last)
			if err != nil {
				return err
			}
			last = n
		}
		for i := 1; i < p.N; i++ {
			n, err := place.nextWorking(last)
			if err != nil {
				return err
			}
			last = n
		}
		rule, text = "Regulation 1182/71 Art. 2(2), 3(3)", fmt.Sprintf("%s (not Saturdays, Sundays or public holidays): the period ends with the expiry of the last of them, %s", p.prose(), dayText(last))
	case Weeks:
		if fromDay {
			last = sd + date.Date(7*p.N-1)
			text = fmt.Sprintf("%s: the period ends with the expiry of the day before the %s %s later, %s", p.prose(), sd.Weekday(), p.prose(), dayText(last))
		} else {
			last = sd + date.Date(7*p.N)
			text = fmt.Sprintf("%s: the period ends with the expiry of the same weekday as the event's, %s", p.prose(), dayText(last))
		}
		rule = c.cite("Art. 3(2)(c)", "§ 188(2)")
	case Months, Years:
		months := p.N
		if p.Unit == Years {
			months *= 12
		}
		y, m, dd := sd.Date()
		if p.N == 0 { // half a month alone: 15 days
			last = first + 14
			rule, text = c.cite("Art. 3(2)(d)", "§ 189(1)"), fmt.Sprintf("half a month is 15 days: the period ends with the expiry of %s", dayText(last))
			break
		}
		whole := Period{N: p.N, Unit: p.Unit}.prose()
		target, clamped := clampDay(y, m, months, dd)
		switch {
		case !fromDay && !clamped:
			last = target
			rule, text = c.cite("Art. 3(2)(c)", "§ 188(2)"), fmt.Sprintf("%s: the period ends with the expiry of the day with the same number as the event's, %s", whole, dayText(last))
		case !fromDay:
			last = target
			rule, text = c.cite("Art. 3(2)(c), second sentence", "§ 188(2), (3)"), fmt.Sprintf("%s: the last month has no day %d, so the period ends with the expiry of its last day, %s", whole, dd, dayText(last))
		case !clamped:
			last = target - 1
			rule, text = c.cite("Art. 3(2)(c)", "§ 188(2)"), fmt.Sprintf("%s: the period ends with the expiry of the day before the day with the same number as the first day, %s", whole, dayText(last))
		default:
			last = target
			rule, text = c.cite("Art. 3(2)(c), second sentence", "§ 188(2), (3)"), fmt.Sprintf("%s: the last month has no day %d, so the period ends with the expiry of its last day, %s", whole, dd, dayText(last))
		}
		if p.Half {
			c.step(rule, text, midnight(last+1, c.loc))
			last += 15
			rule, text = c.cite("Art. 3(2)(d)", "§ 189(2)"), fmt.Sprintf("then half a month, 15 days, counted last: the period ends with the expiry of %s", dayText(last))
		}
	}
	c.step(rule, text, midnight(last+1, c.loc))
	c.base = c.at
	if !extend {
		return nil
	}
	if !place.working(last) {
		next, err := place.nextWorking(last)
		if err != nil {
			return err
		}
		if c.r == EU1182 {
			c.step("Regulation 1182/71 Art. 3(4)", fmt.Sprintf("the last day, %s, is %s: the period ends with the expiry of the last hour of the following working day, %s", dayText(last), place.why(last), dayText(next)), midnight(next+1, c.loc))
		} else {
			c.step("BGB § 193", fmt.Sprintf("the last day, %s, is %s at the place of performance: the next working day, %s, takes its place", dayText(last), place.why(last), dayText(next)), midnight(next+1, c.loc))
		}
		last = next
	}
	if c.r == EU1182 && twoDaysOrMore(p) {
		n := 0
		var second date.Date
		for d := first; d <= last && n < 2; d++ {
			if place.working(d) {
				n++
				second = d
			}
		}
		if n < 2 {
			d := last
			for n < 2 {
				nx, err := place.nextWorking(d)
				if err != nil {
					return err
				}
				d, second = nx, nx
				n++
			}
			c.step("Regulation 1182/71 Art. 3(5)", fmt.Sprintf("a period of two days or more includes at least two working days; %s to %s does not, so the period ends with the expiry of %s", dayText(first), dayText(last), dayText(second)), midnight(second+1, c.loc))
		}
	}
	return nil
}

// twoDaysOrMore reports whether Regulation 1182/71 Art. 3(5) applies to p:
// a period of two days or more. The package reads it as applying to
// periods expressed in days or longer units, not to periods in hours.
func twoDaysOrMore(p Period) bool {
	switch p.Unit {
	case Days, WorkingDays:
		return p.N >= 2
	case Weeks, Years:
		return true
	case Months:
		return true // at least half a month, 15 days
	}
	return false
}
