package legal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/shopspring/decimal"
)

// Criterion is a classification criterion of Commission Delegated
// Regulation (EU) 2024/1772 with its materiality threshold (Art. 9). Its
// text form is shown beside each constant.
type Criterion uint8

const (
	// CriticalServices: the incident affected critical services (Art. 6):
	// ICT services or systems supporting critical or important functions,
	// financial services that require authorisation or registration or
	// are supervised, or a successful, malicious and unauthorised access to
	// the network and information systems. A gate, not a threshold: without
	// it no incident is major (Art. 8(1)).
	CriticalServices Criterion = iota + 1 // "critical_services"
	// Clients: clients, financial counterparts and transactions (Art. 9(1)).
	Clients // "clients"
	// Reputation: reputational impact (Art. 9(2)).
	Reputation // "reputation"
	// DurationDowntime: duration and service downtime (Art. 9(3)).
	DurationDowntime // "duration"
	// Geography: geographical spread (Art. 9(4)).
	Geography // "geography"
	// DataLosses: data losses, impact on availability, authenticity,
	// integrity or confidentiality of data (Art. 9(5)(a)).
	DataLosses // "data_losses"
	// MaliciousAccess: a successful, malicious and unauthorised access to
	// network and information systems that may result in data losses
	// (Art. 9(5)(b)); with critical services affected it alone makes the
	// incident major (Art. 8(1)(a)).
	MaliciousAccess // "malicious_access"
	// Economic: economic impact (Art. 9(6)).
	Economic // "economic"
)

var criterionNames = enum.New[Criterion]("legal", "criterion", ErrImpact,
	CriticalServices, "critical_services", Clients, "clients", Reputation, "reputation", DurationDowntime, "duration",
	Geography, "geography", DataLosses, "data_losses", MaliciousAccess, "malicious_access", Economic, "economic")

func (c Criterion) valid() bool { return c >= CriticalServices && c <= Economic }

// String returns the text form, or "criterion(N)" for an undeclared value.
func (c Criterion) String() string {
	if !c.valid() {
		return "criterion(" + strconv.Itoa(int(c)) + ")"
	}
	return criterionNames.String(c)
}

// MarshalText returns the text form; an undeclared value is an error
// wrapping [ErrImpact] that lists the valid ones.
func (c Criterion) MarshalText() ([]byte, error) {
	if !c.valid() {
		e := errorf("criterion", c.String(), ErrImpact)
		e.Valid = criterionNames.Valid()
		return nil, e
	}
	return criterionNames.Marshal(c)
}

// UnmarshalText parses the text form; other text is an error wrapping
// [ErrImpact] that lists the valid forms.
func (c *Criterion) UnmarshalText(b []byte) error {
	v, err := criterionNames.Parse(string(b))
	if err != nil {
		return err
	}
	if c == nil {
		return errorf("criterion", string(b), fmt.Errorf("%w: decoding into a nil *Criterion", ErrImpact))
	}
	*c = v
	return nil
}

// Impact is what an ICT-related incident did, as the classification of
// Delegated Regulation (EU) 2024/1772 asks it. Where actual numbers cannot
// be determined, the regulation asks for estimates from comparable
// reference periods (Art. 9(1), second subparagraph); the package takes the
// numbers as given. Amounts are in euro.
type Impact struct {
	CriticalServices bool `json:"critical_services"` // Art. 6

	ClientsAffected      int64           `json:"clients_affected"`      // clients affected (Art. 9(1)(a), (b))
	ClientsTotal         int64           `json:"clients_total"`         // all clients using the affected service
	CounterpartsAffected int64           `json:"counterparts_affected"` // financial counterparts affected (9(1)(c))
	CounterpartsTotal    int64           `json:"counterparts_total"`    // all carrying out activities related to the service
	TransactionsAffected int64           `json:"transactions_affected"` // 9(1)(d)
	TransactionsDaily    int64           `json:"transactions_daily"`    // daily average number of transactions of the service
	ValueAffected        decimal.Decimal `json:"value_affected"`        // 9(1)(e), euro
	ValueDaily           decimal.Decimal `json:"value_daily"`           // daily average value of transactions, euro
	RelevantClients      bool            `json:"relevant_clients"`      // clients or counterparts identified as relevant under Art. 1(3) affected (9(1)(f))

	Media            bool `json:"media"`             // reflected in the media (9(2)(a))
	Complaints       bool `json:"complaints"`        // repetitive complaints from different clients or counterparts (9(2)(b))
	RegulatoryBreach bool `json:"regulatory_breach"` // will not (likely) meet regulatory requirements (9(2)(c))
	ClientLoss       bool `json:"client_loss"`       // will (likely) lose clients or counterparts with material impact (9(2)(d))

	Duration itsm.Duration `json:"duration"` // from occurrence to resolution (Art. 3(a)); 9(3)(a)
	Downtime itsm.Duration `json:"downtime"` // of ICT services supporting critical or important functions (Art. 3(b)); 9(3)(b)

	MemberStates int `json:"member_states"` // Member States in which the incident had an impact, the entity's own included (Art. 4, 9(4))

	DataImpact      bool `json:"data_impact"`      // 9(5)(a)
	MaliciousAccess bool `json:"malicious_access"` // 9(5)(b)

	CostsAndLosses decimal.Decimal `json:"costs_and_losses"` // incurred or likely, euro (Art. 7, 9(6))
}

// UnmarshalJSON decodes strictly (unknown and duplicate keys are errors,
// amounts bounded in length). Errors wrap [ErrImpact].
func (im *Impact) UnmarshalJSON(b []byte) error {
	if im == nil {
		return errorf("impact", "", fmt.Errorf("%w: decoding into a nil *Impact", ErrImpact))
	}
	type plain Impact
	var v plain
	if err := strictjson.DecodeInto(b, &v); err != nil {
		return wrapJSON("impact", err, ErrImpact)
	}
	*im = Impact(v)
	return nil
}

// Assessment is one criterion's part in a classification.
type Assessment struct {
	Criterion Criterion `json:"criterion"`
	Citation  string    `json:"citation"`
	Met       bool      `json:"met"`    // the materiality threshold is met (for CriticalServices: the gate is passed)
	Counts    bool      `json:"counts"` // it counts toward the "two or more" of Art. 8(1)(b)
	Reasons   []string  `json:"reasons"`
}

// Classification is the verdict of [Classify] with each criterion's part.
type Classification struct {
	Major    bool         `json:"major"`
	Basis    string       `json:"basis"`    // the provision the verdict rests on
	Counted  int          `json:"counted"`  // thresholds met that count toward Art. 8(1)(b)
	Criteria []Assessment `json:"criteria"` // in the order of the Criterion constants
}

// String formats the verdict on one line: "major (Art. 8(1)(b)): critical
// services affected and 3 of the other thresholds met: clients, duration,
// economic".
func (c Classification) String() string {
	verdict := "not major"
	if c.Major {
		verdict = "major"
	}
	return verdict + " (" + c.Basis + ")"
}

var (
	hundredThousand = decimal.NewFromInt(100_000)
	ten             = decimal.NewFromInt(10)
	three           = decimal.NewFromInt(3)
)

// Classify decides whether an ICT-related incident is major under
// Commission Delegated Regulation (EU) 2024/1772 Art. 8(1): it must have
// affected critical services (Art. 6), and either the threshold of
// Art. 9(5)(b) (malicious unauthorised access that may result in data
// losses) must be met, or two or more of the other thresholds of Art. 9(1)
// to (6). Thresholds (Art. 9): clients affected above 10 % of the
// service's clients or above 100 000, counterparts above 30 %, transactions
// above 10 % of the daily average number or value, or relevant clients or
// counterparts affected; any reputational impact of 9(2); duration above
// 24 hours or downtime of critical services above 2 hours; impact in two or
// more Member States; an impact on data of 9(5)(a); costs and losses above
// EUR 100 000.
//
// Recurring incidents (Art. 8(2)) are not aggregated here: classify their
// summed impact. Errors wrap [ErrImpact]: negative numbers, and more
// affected than in total.
func Classify(im Impact) (Classification, error) {
	if err := im.check(); err != nil {
		return Classification{}, err
	}
	pct := func(a, total int64, n decimal.Decimal) bool {
		// a / total > n / 10, exactly
		return total > 0 && decimal.NewFromInt(a).Mul(ten).GreaterThan(decimal.NewFromInt(total).Mul(n))
	}
	var cs []Assessment
	add := func(c Criterion, cite string, counts bool, conds ...cond) {
		a := Assessment{Criterion: c, Citation: "Delegated Regulation (EU) 2024/1772 " + cite}
		for _, k := range conds {
			if k.met {
				a.Met = true
				a.Reasons = append(a.Reasons, "met: "+k.text)
			}
		}
		if !a.Met {
			for _, k := range conds {
				a.Reasons = append(a.Reasons, "not met: "+k.text)
			}
		}
		a.Counts = counts && a.Met
		cs = append(cs, a)
	}
	add(CriticalServices, "Art. 6, 8(1)", false,
		cond{im.CriticalServices, "the incident affected critical services (Art. 6)"})
	add(Clients, "Art. 9(1)", true,
		cond{pct(im.ClientsAffected, im.ClientsTotal, decimal.NewFromInt(1)), fmt.Sprintf("%d of %d clients of the service affected: above 10 %% (9(1)(a))", im.ClientsAffected, im.ClientsTotal)},
		cond{im.ClientsAffected > 100_000, fmt.Sprintf("%d clients affected: above 100 000 (9(1)(b))", im.ClientsAffected)},
		cond{pct(im.CounterpartsAffected, im.CounterpartsTotal, three), fmt.Sprintf("%d of %d financial counterparts affected: above 30 %% (9(1)(c))", im.CounterpartsAffected, im.CounterpartsTotal)},
		cond{pct(im.TransactionsAffected, im.TransactionsDaily, decimal.NewFromInt(1)), fmt.Sprintf("%d transactions affected of a daily average of %d: above 10 %% (9(1)(d))", im.TransactionsAffected, im.TransactionsDaily)},
		cond{im.ValueDaily.IsPositive() && im.ValueAffected.Mul(ten).GreaterThan(im.ValueDaily), fmt.Sprintf("EUR %s of transactions affected of a daily average of EUR %s: above 10 %% (9(1)(e))", im.ValueAffected, im.ValueDaily)},
		cond{im.RelevantClients, "clients or financial counterparts identified as relevant (Art. 1(3)) affected (9(1)(f))"})
	add(Reputation, "Art. 9(2)", true,
		cond{im.Media, "reflected in the media (9(2)(a))"},
		cond{im.Complaints, "repetitive complaints from different clients or financial counterparts (9(2)(b))"},
		cond{im.RegulatoryBreach, "regulatory requirements will not, or likely not, be met (9(2)(c))"},
		cond{im.ClientLoss, "clients or financial counterparts with a material impact will, or are likely to, be lost (9(2)(d))"})
	add(DurationDowntime, "Art. 9(3)", true,
		cond{im.Duration.Std() > 24*time.Hour, fmt.Sprintf("duration %s: longer than 24 hours (9(3)(a))", im.Duration)},
		cond{im.Downtime.Std() > 2*time.Hour, fmt.Sprintf("downtime of ICT services supporting critical or important functions %s: longer than 2 hours (9(3)(b))", im.Downtime)})
	add(Geography, "Art. 9(4)", true,
		cond{im.MemberStates >= 2, fmt.Sprintf("impact in %d Member State(s): two or more (9(4))", im.MemberStates)})
	add(DataLosses, "Art. 9(5)(a)", true,
		cond{im.DataImpact, "impact on the availability, authenticity, integrity or confidentiality of data with an adverse impact on business objectives or regulatory requirements (9(5)(a))"})
	add(MaliciousAccess, "Art. 9(5)(b), 8(1)(a)", false,
		cond{im.MaliciousAccess, "successful, malicious and unauthorised access to network and information systems that may result in data losses (9(5)(b))"})
	add(Economic, "Art. 9(6)", true,
		cond{im.CostsAndLosses.GreaterThan(hundredThousand), fmt.Sprintf("costs and losses EUR %s: above EUR 100 000 (9(6))", im.CostsAndLosses)})

	c := Classification{Criteria: cs}
	var counted []string
	for _, a := range cs {
		if a.Counts {
			c.Counted++
			counted = append(counted, a.Criterion.String())
		}
	}
	list := "none"
	if len(counted) > 0 {
		list = strings.Join(counted, ", ")
	}
	const reg = "Delegated Regulation (EU) 2024/1772 "
	switch {
	case !im.CriticalServices:
		c.Basis = reg + "Art. 8(1): critical services (Art. 6) not affected"
	case im.MaliciousAccess:
		c.Major = true
		c.Basis = reg + "Art. 8(1)(a): critical services affected and the threshold of Art. 9(5)(b) met"
	case c.Counted >= 2:
		c.Major = true
		c.Basis = fmt.Sprintf(reg+"Art. 8(1)(b): critical services affected and %d of the other thresholds met: %s", c.Counted, list)
	default:
		c.Basis = fmt.Sprintf(reg+"Art. 8(1)(b): critical services affected but only %d of the other thresholds met (two needed): %s", c.Counted, list)
	}
	return c, nil
}

type cond struct {
	met  bool
	text string
}

// check refuses negative numbers and more affected than in total.
func (im Impact) check() error {
	negatives := []struct {
		name string
		neg  bool
		in   string
	}{
		{"clients_affected", im.ClientsAffected < 0, strconv.FormatInt(im.ClientsAffected, 10)},
		{"clients_total", im.ClientsTotal < 0, strconv.FormatInt(im.ClientsTotal, 10)},
		{"counterparts_affected", im.CounterpartsAffected < 0, strconv.FormatInt(im.CounterpartsAffected, 10)},
		{"counterparts_total", im.CounterpartsTotal < 0, strconv.FormatInt(im.CounterpartsTotal, 10)},
		{"transactions_affected", im.TransactionsAffected < 0, strconv.FormatInt(im.TransactionsAffected, 10)},
		{"transactions_daily", im.TransactionsDaily < 0, strconv.FormatInt(im.TransactionsDaily, 10)},
		{"value_affected", im.ValueAffected.IsNegative(), im.ValueAffected.String()},
		{"value_daily", im.ValueDaily.IsNegative(), im.ValueDaily.String()},
		{"duration", im.Duration < 0, im.Duration.String()},
		{"downtime", im.Downtime < 0, im.Downtime.String()},
		{"member_states", im.MemberStates < 0, strconv.Itoa(im.MemberStates)},
		{"costs_and_losses", im.CostsAndLosses.IsNegative(), im.CostsAndLosses.String()},
	}
	for _, n := range negatives {
		if n.neg {
			return errorf("impact "+n.name, n.in, fmt.Errorf("%w: negative", ErrImpact))
		}
	}
	// Transactions and amounts affected may exceed a daily average (an
	// incident can last days); clients and counterparts cannot exceed all.
	if im.ClientsTotal > 0 && im.ClientsAffected > im.ClientsTotal {
		return errorf("impact clients_affected", fmt.Sprintf("%d of %d", im.ClientsAffected, im.ClientsTotal), fmt.Errorf("%w: more affected than in total", ErrImpact))
	}
	if im.CounterpartsTotal > 0 && im.CounterpartsAffected > im.CounterpartsTotal {
		return errorf("impact counterparts_affected", fmt.Sprintf("%d of %d", im.CounterpartsAffected, im.CounterpartsTotal), fmt.Errorf("%w: more affected than in total", ErrImpact))
	}
	return nil
}
