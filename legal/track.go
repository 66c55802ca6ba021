package legal

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/itsmkit/itsm/internal/enum"
	"github.com/rickb777/date/v2"
)

// State is where an obligation stands at the instant [Track] is asked
// about. Its text form is shown beside each constant.
type State uint8

const (
	// NotApplicable: the obligation does not apply to this incident (a fact
	// is missing or excludes it, the incident was not ongoing, or another
	// obligation replaces it); Duty.Notes say why.
	NotApplicable State = iota + 1 // "not_applicable"
	// Waiting: the event the obligation runs from has not happened yet.
	Waiting // "waiting"
	// Open: the time limit runs and has not expired.
	Open // "open"
	// Overdue: the time limit expired and nothing was submitted.
	Overdue // "overdue"
	// Met: submitted before the deadline.
	Met // "met"
	// Late: submitted at or after the deadline.
	Late // "late"
	// Due: the obligation has no fixed time limit ("without undue delay")
	// and nothing was submitted yet: it is due now.
	Due // "due"
	// Done: an obligation without a fixed time limit was submitted.
	Done // "done"
)

var stateNames = enum.New[State]("legal", "state", ErrIncident,
	NotApplicable, "not_applicable", Waiting, "waiting", Open, "open", Overdue, "overdue",
	Met, "met", Late, "late", Due, "due", Done, "done")

func (s State) valid() bool { return s >= NotApplicable && s <= Done }

// String returns the text form, or "state(N)" for an undeclared value.
func (s State) String() string {
	if !s.valid() {
		return "state(" + strconv.Itoa(int(s)) + ")"
	}
	return stateNames.String(s)
}

// MarshalText returns the text form; an undeclared value is an error.
func (s State) MarshalText() ([]byte, error) {
	if !s.valid() {
		e := errorf("state", s.String(), ErrIncident)
		e.Valid = stateNames.Valid()
		return nil, e
	}
	return stateNames.Marshal(s)
}

// UnmarshalText parses the text form; other text is an error that lists
// the valid forms.
func (s *State) UnmarshalText(b []byte) error {
	v, err := stateNames.Parse(string(b))
	if err != nil {
		return err
	}
	if s == nil {
		return errorf("state", string(b), fmt.Errorf("%w: decoding into a nil *State", ErrIncident))
	}
	*s = v
	return nil
}

// Duty is one obligation of one regime for one incident, at the instant
// [Track] was asked about.
type Duty struct {
	Regime     string    `json:"regime"`     // the regime's name: "dora"
	Obligation string    `json:"obligation"` // the obligation's ID: "dora_initial"
	Name       string    `json:"name"`
	Citation   string    `json:"citation"`
	State      State     `json:"state"`
	Trigger    time.Time `json:"trigger,omitzero"`   // when the event it runs from happened
	Deadline   time.Time `json:"deadline,omitzero"`  // first instant at which a submission is late; zero without a fixed limit or before the trigger
	Submitted  time.Time `json:"submitted,omitzero"` // the submission that discharges it
	Steps      []Step    `json:"steps,omitempty"`    // how the deadline was reached: a chain from the anchor of the binding limit to Deadline
	Notes      []string  `json:"notes,omitempty"`    // conditions checked, limits that did not bind, the provision's text
}

// String formats the duty on one line: "dora_initial (DORA Art. 19(4)(a);
// …): open, deadline Fri 2026-05-08 15:00 CEST".
func (d Duty) String() string {
	s := d.Obligation + " (" + d.Citation + "): " + d.State.String()
	if !d.Deadline.IsZero() {
		s += ", deadline " + clockText(d.Deadline)
	}
	if !d.Submitted.IsZero() {
		s += ", submitted " + clockText(d.Submitted)
	}
	return s
}

// Status is the reporting status of one incident under one or more regimes
// at one instant: every duty of every regime, in the regimes' order, with
// the next deadline and the overdue duties named by "regime/obligation".
type Status struct {
	Incident string    `json:"incident"`
	At       time.Time `json:"at"`
	Duties   []Duty    `json:"duties"`
	Next     string    `json:"next,omitempty"`    // the open duty with the earliest deadline: "dora/dora_intermediate"
	Overdue  []string  `json:"overdue,omitempty"` // overdue duties, earliest deadline first
}

// String formats the status, one duty per line after a header.
func (s Status) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "incident %s at %s", s.Incident, clockText(s.At))
	if s.Next != "" {
		b.WriteString(", next: " + s.Next)
	}
	if len(s.Overdue) > 0 {
		b.WriteString(", overdue: " + strings.Join(s.Overdue, ", "))
	}
	for _, d := range s.Duties {
		b.WriteString("\n  " + d.Regime + "/" + d.String())
	}
	return b.String()
}

// Track returns the reporting status of incident inc at instant now under
// the given regimes, at place (whose zone and holidays are used where a
// regime counts days, moves a deadline to a working day or relieves a
// weekend deadline). Events after now are ignored, as not yet happened.
// Instants in the result are in now's location.
//
// Errors: an invalid regime ([Regime.Validate]), two regimes of the same
// name or sharing an obligation ID, an invalid incident, or an event that
// names an obligation none of the regimes has (the error lists the valid
// IDs). A deadline that cannot be computed (out of range) is an error too.
func Track(inc Incident, now time.Time, place Place, regimes ...Regime) (Status, error) {
	if err := inc.check(); err != nil {
		return Status{}, err
	}
	names := map[string]bool{}
	owner := map[string]string{}
	var ids []string
	for _, r := range regimes {
		if err := r.Validate(); err != nil {
			return Status{}, err
		}
		if names[r.Name] {
			return Status{}, errorf("regimes", r.Name, fmt.Errorf("%w: tracked twice", ErrRegime))
		}
		names[r.Name] = true
		for _, o := range r.Obligations {
			if prev, ok := owner[o.ID]; ok {
				return Status{}, errorf("regimes "+strconv.Quote(prev)+" and "+strconv.Quote(r.Name), o.ID, fmt.Errorf("%w: obligation ID in both", ErrRegime))
			}
			owner[o.ID] = r.Name
			ids = append(ids, o.ID)
		}
	}
	for i, ev := range inc.Events {
		if ev.Obligation != "" && owner[ev.Obligation] == "" {
			e := errorf(fmt.Sprintf("incident %q event %d", inc.ID, i), ev.Obligation, fmt.Errorf("%w: no tracked regime has this obligation", ErrIncident))
			e.Valid = ids
			return Status{}, e
		}
	}
	out := now.Location()
	st := Status{Incident: inc.ID, At: now}
	for _, r := range regimes {
		duties, err := track(inc, now, place, r)
		if err != nil {
			return Status{}, err
		}
		for i := range duties {
			duties[i].in(out)
		}
		st.Duties = append(st.Duties, duties...)
	}
	var open, overdue []Duty
	for _, d := range st.Duties {
		switch d.State {
		case Open:
			open = append(open, d)
		case Overdue:
			overdue = append(overdue, d)
		}
	}
	byDeadline := func(ds []Duty) {
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].Deadline.Before(ds[j].Deadline) })
	}
	byDeadline(open)
	byDeadline(overdue)
	if len(open) > 0 {
		st.Next = open[0].Regime + "/" + open[0].Obligation
	}
	for _, d := range overdue {
		st.Overdue = append(st.Overdue, d.Regime+"/"+d.Obligation)
	}
	return st, nil
}

// in converts the duty's instants to loc.
func (d *Duty) in(loc *time.Location) {
	conv := func(t *time.Time) {
		if !t.IsZero() {
			*t = t.In(loc)
		}
	}
	conv(&d.Trigger)
	conv(&d.Deadline)
	conv(&d.Submitted)
	for i := range d.Steps {
		conv(&d.Steps[i].From)
		conv(&d.Steps[i].To)
	}
}

// anchorAt places an anchor at the incident's events up to now, for
// obligation self; ok is false when the event has not happened.
func anchorAt(inc Incident, now time.Time, a Anchor, self string) (time.Time, bool) {
	var at time.Time
	found := false
	for _, ev := range inc.Events {
		if ev.At.After(now) || ev.Kind != a.Event {
			continue
		}
		switch a.Event {
		case Aware, Classified: // the first
			if !found || ev.At.Before(at) {
				at, found = ev.At, true
			}
		case Resolved: // the last
			if !found || ev.At.After(at) {
				at, found = ev.At, true
			}
		case Requested, Submitted: // the last for the obligation
			want := self
			if a.Event == Submitted {
				want = a.Obligation
			}
			if ev.Obligation == want && (!found || ev.At.After(at)) {
				at, found = ev.At, true
			}
		}
	}
	return at, found
}

// submission returns the earliest submission of obligation id up to now at
// or after from (any submission when from is zero).
func submission(inc Incident, now time.Time, id string, from time.Time) (time.Time, bool) {
	var at time.Time
	found := false
	for _, ev := range inc.Events {
		if ev.Kind != Submitted || ev.Obligation != id || ev.At.After(now) || ev.At.Before(from) {
			continue
		}
		if !found || ev.At.Before(at) {
			at, found = ev.At, true
		}
	}
	return at, found
}

// raw is an obligation's deadline before applicability is decided.
type raw struct {
	trigger  time.Time
	deadline time.Time
	steps    []Step
	notes    []string
	// outer is the outer limit's end when the trigger has not happened.
	outer time.Time
}

func track(inc Incident, now time.Time, place Place, r Regime) ([]Duty, error) {
	raws := make(map[string]raw, len(r.Obligations))
	for _, o := range r.Obligations {
		rw, err := deadlineOf(inc, now, place, r, o)
		if err != nil {
			return nil, inRecord(err, fmt.Sprintf("incident %q regime %q obligation %q", inc.ID, r.Name, o.ID))
		}
		raws[o.ID] = rw
	}
	applies := map[string]bool{}
	why := map[string][]string{}
	for _, o := range r.Obligations {
		ok := true
		for _, f := range o.If {
			if !inc.has(f) {
				ok = false
				why[o.ID] = append(why[o.ID], fmt.Sprintf("applies only with the fact %s", f))
			}
		}
		for _, f := range o.Unless {
			if inc.has(f) {
				ok = false
				why[o.ID] = append(why[o.ID], fmt.Sprintf("does not apply with the fact %s", f))
			}
		}
		if o.OngoingAt != "" {
			ref := raws[o.OngoingAt].deadline
			res, resolved := anchorAt(inc, now, Anchor{Event: Resolved}, o.ID)
			switch {
			case ref.IsZero():
				ok = false
				why[o.ID] = append(why[o.ID], fmt.Sprintf("applies only if the incident is still ongoing when %s is due, which is not yet known", o.OngoingAt))
			case resolved && res.Before(ref):
				ok = false
				why[o.ID] = append(why[o.ID], fmt.Sprintf("applies only if the incident is still ongoing when %s is due (%s); it was resolved at %s", o.OngoingAt, clockText(ref.In(now.Location())), clockText(res.In(now.Location()))))
			case !resolved && now.Before(ref):
				ok = false
				why[o.ID] = append(why[o.ID], fmt.Sprintf("applies if the incident is still ongoing when %s is due (%s)", o.OngoingAt, clockText(ref.In(now.Location()))))
			default:
				why[o.ID] = append(why[o.ID], fmt.Sprintf("the incident was still ongoing when %s was due (%s)", o.OngoingAt, clockText(ref.In(now.Location()))))
			}
		}
		applies[o.ID] = ok
	}
	replaced := map[string]string{}
	for _, o := range r.Obligations {
		if o.Replaces != "" && applies[o.ID] {
			replaced[o.Replaces] = o.ID
		}
	}
	duties := make([]Duty, 0, len(r.Obligations))
	for _, o := range r.Obligations {
		rw := raws[o.ID]
		d := Duty{Regime: r.Name, Obligation: o.ID, Name: o.Name, Citation: o.Citation}
		if o.Text != "" {
			d.Notes = append(d.Notes, o.Citation+": "+o.Text)
		}
		d.Notes = append(d.Notes, why[o.ID]...)
		if by, ok := replaced[o.ID]; ok && applies[o.ID] {
			applies[o.ID] = false
			d.Notes = append(d.Notes, "replaced by "+by)
		}
		if !applies[o.ID] {
			d.State = NotApplicable
			duties = append(duties, d)
			continue
		}
		d.Notes = append(d.Notes, rw.notes...)
		if rw.trigger.IsZero() {
			if sub, ok := submission(inc, now, o.ID, time.Time{}); ok {
				d.State, d.Submitted = Done, sub
				d.Notes = append(d.Notes, "submitted before "+o.Trigger.prose()+" was recorded")
			} else {
				d.State = Waiting
			}
			duties = append(duties, d)
			continue
		}
		d.Trigger = rw.trigger
		d.Deadline = rw.deadline
		d.Steps = rw.steps
		sub, submitted := submission(inc, now, o.ID, rw.trigger)
		if submitted {
			d.Submitted = sub
		}
		switch {
		case d.Deadline.IsZero() && submitted:
			d.State = Done
		case d.Deadline.IsZero():
			d.State = Due
		case submitted && sub.Before(d.Deadline):
			d.State = Met
		case submitted:
			d.State = Late
		case now.Before(d.Deadline):
			d.State = Open
		default:
			d.State = Overdue
		}
		duties = append(duties, d)
	}
	return duties, nil
}

// deadlineOf computes an obligation's deadline from its trigger and outer
// limit, and applies its relief.
func deadlineOf(inc Incident, now time.Time, place Place, r Regime, o Obligation) (raw, error) {
	var rw raw
	trig, triggered := anchorAt(inc, now, o.Trigger, o.ID)
	if triggered {
		rw.trigger = trig
	}
	if o.Within.IsZero() {
		if triggered {
			rw.notes = append(rw.notes, "no fixed time limit: due without undue delay from "+o.Trigger.prose())
		}
		return rw, nil
	}
	extend := o.Relief == nil
	var primary, outer Deadline
	if triggered {
		d, err := compute(trig, false, o.Within, r.Counting, place, extend)
		if err != nil {
			return rw, err
		}
		primary = d
	}
	var outerOK bool
	if o.Outer != nil {
		if at, ok := anchorAt(inc, now, o.Outer.From, o.ID); ok {
			d, err := compute(at, false, o.Outer.Within, r.Counting, place, extend)
			if err != nil {
				return rw, err
			}
			outer, outerOK = d, true
		}
	}
	loc := now.Location()
	switch {
	case !triggered && outerOK:
		rw.outer = outer.End
		rw.notes = append(rw.notes, fmt.Sprintf("%s: if %s happens before %s, the deadline is %s at the latest", o.Outer.Citation, o.Trigger.prose(), clockText(outer.End.In(loc)), clockText(outer.End.In(loc))))
		return rw, nil
	case !triggered:
		return rw, nil
	}
	binding := primary
	if outerOK {
		switch {
		case !trig.Before(outer.End):
			rw.notes = append(rw.notes, fmt.Sprintf("%s: %s came after the limit of %s from %s expired (%s): only the limit from %s binds", o.Outer.Citation, o.Trigger.prose(), o.Outer.Within.prose(), o.Outer.From.prose(), clockText(outer.End.In(loc)), o.Trigger.prose()))
		case outer.End.Before(primary.End):
			binding = outer
			rw.notes = append(rw.notes, fmt.Sprintf("%s: the limit of %s from %s (%s) expires before the limit of %s from %s (%s) and binds", o.Outer.Citation, o.Outer.Within.prose(), o.Outer.From.prose(), clockText(outer.End.In(loc)), o.Within.prose(), o.Trigger.prose(), clockText(primary.End.In(loc))))
		default:
			rw.notes = append(rw.notes, fmt.Sprintf("%s: the limit of %s from %s (%s) does not expire before the limit from %s", o.Outer.Citation, o.Outer.Within.prose(), o.Outer.From.prose(), clockText(outer.End.In(loc)), o.Trigger.prose()))
		}
	}
	rw.deadline = binding.End
	rw.steps = append([]Step(nil), binding.Steps...)
	if o.Relief != nil {
		rw.deadline, rw.steps, rw.notes = relieve(inc, place, o, rw.deadline, rw.steps, rw.notes)
	}
	return rw, nil
}

// relieve applies a regime's weekend and holiday relief: a deadline that
// falls on a Saturday, Sunday or public holiday of the place may be met by
// noon of the next working day.
func relieve(inc Incident, place Place, o Obligation, dl time.Time, steps []Step, notes []string) (time.Time, []Step, []string) {
	loc := place.zone()
	day := date.NewAt(dl.In(loc).Add(-time.Nanosecond))
	if place.working(day) {
		return dl, steps, notes
	}
	eligible := false
	for _, f := range o.Relief.AnyOf {
		if inc.has(f) {
			eligible = true
		}
	}
	if !eligible {
		names := make([]string, len(o.Relief.AnyOf))
		for i, f := range o.Relief.AnyOf {
			names[i] = f.String()
		}
		return dl, steps, append(notes, fmt.Sprintf("%s: the deadline falls on %s, %s, but the relief to noon of the next working day is not applied: the incident has none of the facts %s", o.Relief.Citation, dayText(day), place.why(day), strings.Join(names, ", ")))
	}
	next, err := place.nextWorking(day)
	if err != nil {
		return dl, steps, append(notes, fmt.Sprintf("%s: no working day within a year of %s: not relieved", o.Relief.Citation, dayText(day)))
	}
	y, m, d := next.Date()
	noon := calendar.Civil(y, m, d, 12, 0, 0, 0, loc)
	steps = append(steps, Step{Rule: o.Relief.Citation, Text: fmt.Sprintf("the time limit falls on %s, %s: the report may be submitted by noon of the next working day, %s 12:00", dayText(day), place.why(day), dayText(next)), From: dl, To: noon})
	return noon, steps, notes
}
