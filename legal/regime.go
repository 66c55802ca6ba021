package legal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/itsmkit/itsm/internal/strictjson"
)

// Anchor is the event an obligation's time limit runs from. Its text form
// is the event kind ("aware", "classified", "resolved", "requested") or, for
// the submission of another obligation's report, "submitted:<id>"
// ("submitted:dora_initial").
//
// An anchor is placed at an incident's events as follows: "aware" and
// "classified" at the first such event, "resolved" at the last,
// "requested" at the last request for the obligation itself, and
// "submitted:<id>" at the last submission of obligation id (a final report
// under Delegated Regulation (EU) 2025/301 Art. 5(1)(c) runs from the
// latest updated intermediate report).
type Anchor struct {
	Event      EventKind // the kind of event
	Obligation string    // for Submitted: whose submission
}

// parseAnchor parses the text form of an [Anchor]. Errors wrap [ErrRegime]
// and list the valid forms.
func parseAnchor(s string) (Anchor, error) {
	kind, id, sub := strings.Cut(s, ":")
	k, err := eventNames.Parse(kind)
	if err != nil || (k == Submitted) != sub || (sub && !idRE.MatchString(id)) {
		e := errorf("anchor", s, fmt.Errorf("%w: want aware, classified, resolved, requested or submitted:<obligation id>", ErrRegime))
		e.Valid = []string{"aware", "classified", "resolved", "requested", "submitted:<id>"}
		return Anchor{}, e
	}
	return Anchor{Event: k, Obligation: id}, nil
}

// String returns the text form ("aware", "submitted:dora_initial").
func (a Anchor) String() string {
	if a.Event == Submitted {
		return "submitted:" + a.Obligation
	}
	return a.Event.String()
}

// MarshalText returns the text form.
func (a Anchor) MarshalText() ([]byte, error) {
	if _, err := parseAnchor(a.String()); err != nil {
		return nil, err
	}
	return []byte(a.String()), nil
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrRegime] that lists the valid forms.
func (a *Anchor) UnmarshalText(b []byte) error {
	v, err := parseAnchor(string(b))
	if err != nil {
		return err
	}
	if a == nil {
		return errorf("anchor", string(b), fmt.Errorf("%w: decoding into a nil *Anchor", ErrRegime))
	}
	*a = v
	return nil
}

// prose names the anchor in explanations.
func (a Anchor) prose() string {
	switch a.Event {
	case Aware:
		return "becoming aware"
	case Classified:
		return "classification as major"
	case Resolved:
		return "resolution"
	case Requested:
		return "the request"
	}
	return "the submission of " + a.Obligation
}

// Limit is a second, outer time limit of an obligation: it runs from
// another event and binds only when the obligation's trigger happened
// before it expired. Delegated Regulation (EU) 2025/301 Art. 5(1)(a) and
// 5(2): the initial notification is due within 4 hours of classification
// as major and no later than 24 hours from awareness, unless the
// classification came after those 24 hours.
type Limit struct {
	From     Anchor `json:"from"`
	Within   Period `json:"within"`
	Citation string `json:"citation"`
}

// Relief is a regime's own rule for a deadline that falls on a weekend day
// or a public holiday at the place: the report may then be submitted by
// noon of the next working day (Delegated Regulation (EU) 2025/301
// Art. 5(4)). It applies when the incident has any of the facts AnyOf.
type Relief struct {
	AnyOf    []Fact `json:"any_of"`
	Citation string `json:"citation"`
}

// Obligation is one duty a regime attaches to an incident: a notification,
// report or communication, the event it runs from, its time limit, and the
// provision that says so.
//
// An obligation applies when the incident has every fact of If and none of
// Unless and, where OngoingAt names another obligation, when the incident
// is still unresolved at that obligation's deadline (NIS2 Art. 23(4)(e)).
// An obligation that applies displaces the one it Replaces.
type Obligation struct {
	ID        string  `json:"id"`                   // lower snake_case, unique among the regimes tracked together: "gdpr_authority"
	Name      string  `json:"name"`                 // "Notify the supervisory authority"
	Citation  string  `json:"citation"`             // "GDPR Art. 33(1)"
	Text      string  `json:"text,omitempty"`       // what the provision requires, in short
	Trigger   Anchor  `json:"trigger"`              // the event the duty arises at and its limit runs from
	Within    Period  `json:"within,omitzero"`      // the time limit; zero: no fixed limit ("without undue delay")
	Outer     *Limit  `json:"outer,omitempty"`      // a second limit from another event, see Limit
	Relief    *Relief `json:"relief,omitempty"`     // the regime's own weekend and holiday rule
	If        []Fact  `json:"if,omitempty"`         // facts that must hold
	Unless    []Fact  `json:"unless,omitempty"`     // facts that must not hold
	OngoingAt string  `json:"ongoing_at,omitempty"` // applies only if the incident is unresolved at this obligation's deadline
	Replaces  string  `json:"replaces,omitempty"`   // the obligation this one displaces when it applies
}

// Regime is a set of reporting obligations from one legal source, with the
// rule set its periods are counted by. Regimes are data: [GDPR], [NIS2],
// [BSIG] and [DORA] return the built-in ones, [ParseRegime] reads one from
// JSON.
//
// Counting is [Exact] by default (the earliest reading: 72 hours are 72
// hours from the instant of awareness). [EU1182] counts as Regulation
// 1182/71 does and [BGB] as the German Civil Code does; both then move a
// period of days or longer that ends on a Saturday, Sunday or public
// holiday to the next working day, except for obligations with a Relief
// rule of their own, which displaces those general rules.
type Regime struct {
	Name        string       `json:"name"`  // lower snake_case: "gdpr"
	Title       string       `json:"title"` // "General Data Protection Regulation (EU) 2016/679"
	Counting    Rules        `json:"counting"`
	Obligations []Obligation `json:"obligations"`
}

// idRE is the form of regime names and obligation IDs: lower snake_case.
var idRE = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// maxObligations bounds a regime read from JSON.
const maxObligations = 1000

// ParseRegime reads a regime from JSON strictly (unknown and duplicate
// keys are errors) and validates it (see [Regime.Validate]). Errors are
// [*itsm.Error] values wrapping [ErrRegime] or, for a bad period, fact or
// rule set, [ErrPeriod], [ErrIncident] or [ErrRules]; they quote the
// offending input and list the valid values of an option.
func ParseRegime(b []byte) (Regime, error) {
	var r Regime
	if err := r.UnmarshalJSON(b); err != nil {
		return Regime{}, err
	}
	return r, nil
}

// UnmarshalJSON decodes strictly and validates, like [ParseRegime].
func (r *Regime) UnmarshalJSON(b []byte) error {
	if r == nil {
		return errorf("regime", "", fmt.Errorf("%w: decoding into a nil *Regime", ErrRegime))
	}
	var raw regimeJSON
	if err := strictjson.DecodeInto(b, &raw); err != nil {
		return wrapJSON("regime", err, ErrRegime)
	}
	v, err := raw.regime()
	if err != nil {
		return err
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*r = v
	return nil
}

// regimeJSON is the JSON form of a Regime with its text values as
// strings, so that an error in one names the regime and the obligation.
type regimeJSON struct {
	Name        string           `json:"name"`
	Title       string           `json:"title"`
	Counting    *string          `json:"counting"`
	Obligations []obligationJSON `json:"obligations"`
}

type obligationJSON struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Citation  string      `json:"citation"`
	Text      string      `json:"text"`
	Trigger   string      `json:"trigger"`
	Within    string      `json:"within"`
	Outer     *limitJSON  `json:"outer"`
	Relief    *reliefJSON `json:"relief"`
	If        []string    `json:"if"`
	Unless    []string    `json:"unless"`
	OngoingAt string      `json:"ongoing_at"`
	Replaces  string      `json:"replaces"`
}

type limitJSON struct {
	From     string `json:"from"`
	Within   string `json:"within"`
	Citation string `json:"citation"`
}

type reliefJSON struct {
	AnyOf    []string `json:"any_of"`
	Citation string   `json:"citation"`
}

// regime converts the JSON form, naming the regime, the obligation and the
// field in an error.
func (j regimeJSON) regime() (Regime, error) {
	r := Regime{Name: j.Name, Title: j.Title}
	ctx := "regime " + strconv.Quote(j.Name)
	if j.Counting != nil {
		if err := r.Counting.UnmarshalText([]byte(*j.Counting)); err != nil {
			return Regime{}, inContext(err, ctx+" counting")
		}
	}
	if len(j.Obligations) > maxObligations {
		return Regime{}, errorf(ctx, j.Name, fmt.Errorf("%w: more than %d obligations", ErrRegime, maxObligations))
	}
	for _, jo := range j.Obligations {
		octx := ctx + " obligation " + strconv.Quote(jo.ID)
		o := Obligation{ID: jo.ID, Name: jo.Name, Citation: jo.Citation, Text: jo.Text, OngoingAt: jo.OngoingAt, Replaces: jo.Replaces}
		if jo.Trigger != "" {
			if err := o.Trigger.UnmarshalText([]byte(jo.Trigger)); err != nil {
				return Regime{}, inContext(err, octx+" trigger")
			}
		}
		if jo.Within != "" {
			if err := o.Within.UnmarshalText([]byte(jo.Within)); err != nil {
				return Regime{}, inContext(err, octx+" within")
			}
		}
		if jo.Outer != nil {
			o.Outer = &Limit{Citation: jo.Outer.Citation}
			if err := o.Outer.From.UnmarshalText([]byte(jo.Outer.From)); err != nil {
				return Regime{}, inContext(err, octx+" outer from")
			}
			if err := o.Outer.Within.UnmarshalText([]byte(jo.Outer.Within)); err != nil {
				return Regime{}, inContext(err, octx+" outer within")
			}
		}
		var err error
		if jo.Relief != nil {
			o.Relief = &Relief{Citation: jo.Relief.Citation}
			if o.Relief.AnyOf, err = facts(jo.Relief.AnyOf, octx+" relief any_of"); err != nil {
				return Regime{}, err
			}
		}
		if o.If, err = facts(jo.If, octx+" if"); err != nil {
			return Regime{}, err
		}
		if o.Unless, err = facts(jo.Unless, octx+" unless"); err != nil {
			return Regime{}, err
		}
		r.Obligations = append(r.Obligations, o)
	}
	return r, nil
}

func facts(in []string, ctx string) ([]Fact, error) {
	if in == nil {
		return nil, nil
	}
	out := make([]Fact, len(in))
	for i, s := range in {
		if err := out[i].UnmarshalText([]byte(s)); err != nil {
			return nil, inContext(err, ctx)
		}
	}
	return out, nil
}

// inContext replaces the context of one of the package's errors: the
// field of a configuration that held the bad text.
func inContext(err error, ctx string) error {
	if e, ok := ownError(err); ok {
		c := *e
		c.Context = ctx
		return &c
	}
	return err
}

// inRecord puts the record (incident, regime, obligation) before the
// context of one of the package's errors.
func inRecord(err error, record string) error {
	if e, ok := ownError(err); ok {
		c := *e
		c.Context = strings.TrimSpace(record + " " + c.Context)
		return &c
	}
	return err
}

// Validate reports the first problem of the regime, naming the obligation:
// a name or ID that is not lower snake_case, a duplicate ID, a missing name
// or citation, an invalid period, anchor, fact or rule set, a reference
// (submitted:<id>, OngoingAt, Replaces) to an obligation the regime does
// not have or to the obligation itself, an OngoingAt obligation without a
// time limit, or an outer limit or relief on an obligation without a time
// limit.
func (r Regime) Validate() error {
	if !idRE.MatchString(r.Name) {
		return errorf("regime name", r.Name, fmt.Errorf("%w: want lower snake_case", ErrRegime))
	}
	ctx := "regime " + strconv.Quote(r.Name)
	if !r.Counting.valid() {
		e := errorf(ctx+" counting", r.Counting.String(), ErrRules)
		e.Valid = rulesNames.Valid()
		return e
	}
	if len(r.Obligations) == 0 {
		return errorf(ctx, r.Name, fmt.Errorf("%w: no obligations", ErrRegime))
	}
	if len(r.Obligations) > maxObligations {
		return errorf(ctx, r.Name, fmt.Errorf("%w: more than %d obligations", ErrRegime, maxObligations))
	}
	byID := map[string]*Obligation{}
	for i := range r.Obligations {
		o := &r.Obligations[i]
		if !idRE.MatchString(o.ID) {
			return errorf(ctx+" obligation id", o.ID, fmt.Errorf("%w: want lower snake_case", ErrRegime))
		}
		if byID[o.ID] != nil {
			return errorf(ctx+" obligation id", o.ID, fmt.Errorf("%w: duplicate", ErrRegime))
		}
		byID[o.ID] = o
	}
	ids := make([]string, 0, len(r.Obligations))
	for _, o := range r.Obligations {
		ids = append(ids, o.ID)
	}
	ref := func(octx, field, id string) error {
		if o := byID[id]; o == nil || id == "" {
			e := errorf(octx+" "+field, id, fmt.Errorf("%w: no such obligation in the regime", ErrRegime))
			e.Valid = ids
			return e
		}
		return nil
	}
	for _, o := range r.Obligations {
		octx := ctx + " obligation " + strconv.Quote(o.ID)
		switch {
		case strings.TrimSpace(o.Name) == "":
			return errorf(octx+" name", o.Name, fmt.Errorf("%w: missing", ErrRegime))
		case strings.TrimSpace(o.Citation) == "":
			return errorf(octx+" citation", o.Citation, fmt.Errorf("%w: missing: cite the provision", ErrRegime))
		}
		if err := checkAnchor(octx+" trigger", o.Trigger, o.ID, ref); err != nil {
			return err
		}
		if !o.Within.IsZero() {
			if e := o.Within.validate(); e != nil {
				e.Context = octx + " within"
				return e
			}
		}
		if o.Outer != nil {
			if o.Within.IsZero() {
				return errorf(octx+" outer", o.Outer.Within.String(), fmt.Errorf("%w: an outer limit needs a limit of its own (within)", ErrRegime))
			}
			if err := checkAnchor(octx+" outer from", o.Outer.From, o.ID, ref); err != nil {
				return err
			}
			if e := o.Outer.Within.validate(); e != nil {
				e.Context = octx + " outer within"
				return e
			}
			if strings.TrimSpace(o.Outer.Citation) == "" {
				return errorf(octx+" outer citation", "", fmt.Errorf("%w: missing: cite the provision", ErrRegime))
			}
		}
		if o.Relief != nil {
			if o.Within.IsZero() {
				return errorf(octx+" relief", "", fmt.Errorf("%w: relief needs a time limit (within)", ErrRegime))
			}
			if len(o.Relief.AnyOf) == 0 {
				return errorf(octx+" relief any_of", "", fmt.Errorf("%w: name the facts under which the relief applies", ErrRegime))
			}
			if strings.TrimSpace(o.Relief.Citation) == "" {
				return errorf(octx+" relief citation", "", fmt.Errorf("%w: missing: cite the provision", ErrRegime))
			}
		}
		for _, list := range [][]Fact{o.If, o.Unless, reliefFacts(o.Relief)} {
			for _, f := range list {
				if !f.valid() {
					e := errorf(octx+" fact", f.String(), ErrIncident)
					e.Valid = factNames.Valid()
					return e
				}
			}
		}
		if o.OngoingAt != "" {
			if err := ref(octx, "ongoing_at", o.OngoingAt); err != nil {
				return err
			}
			if o.OngoingAt == o.ID || byID[o.OngoingAt].Within.IsZero() {
				return errorf(octx+" ongoing_at", o.OngoingAt, fmt.Errorf("%w: must name another obligation with a time limit", ErrRegime))
			}
		}
		if o.Replaces != "" {
			if err := ref(octx, "replaces", o.Replaces); err != nil {
				return err
			}
			if o.Replaces == o.ID {
				return errorf(octx+" replaces", o.Replaces, fmt.Errorf("%w: an obligation cannot replace itself", ErrRegime))
			}
		}
	}
	return nil
}

func reliefFacts(r *Relief) []Fact {
	if r == nil {
		return nil
	}
	return r.AnyOf
}

func checkAnchor(ctx string, a Anchor, self string, ref func(octx, field, id string) error) error {
	if !a.Event.valid() {
		e := errorf(ctx, a.String(), fmt.Errorf("%w: missing or unknown event", ErrRegime))
		e.Valid = []string{"aware", "classified", "resolved", "requested", "submitted:<id>"}
		return e
	}
	if a.Event == Submitted {
		if err := ref(ctx, "", a.Obligation); err != nil {
			return err
		}
		if a.Obligation == self {
			return errorf(ctx, a.String(), fmt.Errorf("%w: an obligation cannot run from its own submission", ErrRegime))
		}
	} else if a.Obligation != "" {
		return errorf(ctx, a.Obligation, fmt.Errorf("%w: only submitted:<id> names an obligation", ErrRegime))
	}
	return nil
}

// clone returns a deep copy, so presets and results never share slices.
func (r Regime) clone() Regime {
	r.Obligations = append([]Obligation(nil), r.Obligations...)
	for i := range r.Obligations {
		o := &r.Obligations[i]
		o.If = append([]Fact(nil), o.If...)
		o.Unless = append([]Fact(nil), o.Unless...)
		if o.Outer != nil {
			l := *o.Outer
			o.Outer = &l
		}
		if o.Relief != nil {
			rl := *o.Relief
			rl.AnyOf = append([]Fact(nil), rl.AnyOf...)
			o.Relief = &rl
		}
	}
	return r
}
