package kpi

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/strictjson"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Deployment is one deployment to production.
type Deployment struct {
	ID string    `json:"id"` // unique, non-empty
	At time.Time `json:"at"` // when it reached production
	// CommittedAt holds the commit (or merge) times of the changes it
	// shipped; each gives one lead time At − CommittedAt[k].
	CommittedAt []time.Time `json:"committed_at,omitempty"`
}

// Failure is a failure in production (incident, rollback, hotfix) explicitly
// linked to the deployment that caused it. The change failure rate is never
// incidents ÷ deployments: only linked deployments count, each once.
type Failure struct {
	DeploymentID string    `json:"deployment_id"`     // the deployment that caused it (must be known)
	Start        time.Time `json:"start"`             // failure began (or was detected, consistently)
	Restored     time.Time `json:"restored,omitzero"` // service restored; zero if not yet
}

// DORAReport holds the four DORA key metrics for a period.
//
//   - Deployment frequency: deployments with At in Period, per day
//     ([DORAReport.PerDay]).
//   - Lead time for changes: At − CommittedAt for every change shipped by
//     those deployments; DORA reports the median ([Distribution.Median]).
//   - Change failure rate: deployments in Period with at least one linked
//     failure ÷ deployments in Period (a deployment with two incidents
//     counts once).
//   - Failed deployment recovery time: Restored − Start of the failures
//     linked to deployments in Period ([MTTRecover], wall clock), whenever
//     the restoration happened (the input is taken as what is known). A
//     failure with no Restored time is censored, not dropped: it appears in
//     Recovery.Censored with its elapsed time up to Period.End (zero if it
//     started later).
type DORAReport struct {
	Period      itsm.Interval `json:"period"`      // as given
	Deployments int64         `json:"deployments"` // deployments with At in Period
	LeadTime    Distribution  `json:"lead_time"`   // lead times of their changes
	// ChangeFailure is failed deployments / deployments.
	ChangeFailure itsm.Ratio `json:"change_failure"`
	// Recovery holds the completed and censored recovery times
	// ([MTTRecover], wall clock).
	Recovery TimeTo `json:"recovery"`
	// RecoveryTimes is the distribution of completed recovery times.
	RecoveryTimes Distribution `json:"recovery_times"`
	// Rejected lists the deployments and failures left out (see
	// [ComputeDORA]), deployments first, each in input order.
	Rejected []itsm.RecordError `json:"rejected,omitempty"`
}

// PerDay returns the deployment frequency as deployments per 24 hours,
// exactly: deployments · 24h / period length, reduced by their common
// factor. ok is false for a zero-length period or if the reduced fraction
// does not fit in int64.
func (r DORAReport) PerDay() (itsm.Ratio, bool) {
	p := int64(r.Period.Duration())
	if p <= 0 {
		return itsm.Ratio{}, false
	}
	g := new(big.Int).GCD(nil, nil, big.NewInt(int64(day)), big.NewInt(p)).Int64()
	n, ok := xmath.MulInt64(r.Deployments, int64(day)/g)
	return itsm.Ratio{Num: n, Den: p / g}, ok
}

// ComputeDORA computes the DORA metrics for period. Deployments outside the
// period are known (failures may link to them) but not counted.
//
// It is a batch over user records, so one bad record does not discard the
// rest: it is left out, listed in the report's Rejected (with its index
// and ID) and the report is what the other records give; the error is then
// holds the same records. Records that share an ID are rows
// of one deployment (exports often have one row per commit) and are merged,
// with all their commit times, when they agree on At; if they do not, every
// record with that ID is rejected ([ErrInvalidConfig]), as is a deployment
// without an ID. A commit after its deployment (or more than a
// time.Duration before it) leaves out that lead time only. A failure is
// rejected when its deployment is unknown or was rejected
// ([ErrUnknownDeployment], quoting the ID), when it is restored before it
// started, when its recovery time does not fit in a time.Duration, and when
// it starts before its deployment. Only an invalid period fails the call.
func ComputeDORA(period itsm.Interval, deployments []Deployment, failures []Failure) (DORAReport, error) {
	if err := checkInterval("period", period); err != nil {
		return DORAReport{}, err
	}
	rep := DORAReport{Period: period, Recovery: TimeTo{Measure: MTTRecover, Clock: Wall}}
	reject := func(record string, k int, id string, err *itsm.Error) {
		rep.Rejected = append(rep.Rejected, itsm.RecordError{Kind: record, Index: k, ID: id, Err: err})
	}
	// Deployments by ID: the first record's time, and whether the rows of
	// that ID contradict each other.
	first := make(map[string]int, len(deployments))
	bad := map[string]bool{}
	for k, d := range deployments {
		if d.ID == "" {
			continue
		}
		if f, seen := first[d.ID]; !seen {
			first[d.ID] = k
		} else if !deployments[f].At.Equal(d.At) {
			bad[d.ID] = true
		}
	}
	var leads []time.Duration
	for k, d := range deployments {
		switch {
		case d.ID == "":
			reject("deployment", k, "", errorf(fmt.Sprintf("deployment %d", k), "", because(ErrInvalidConfig, "no ID")))
			continue
		case bad[d.ID]:
			reject("deployment", k, d.ID, errorf(fmt.Sprintf("deployment %d", k), d.ID, because(ErrInvalidConfig, "rows with this ID disagree on the deployment time")))
			continue
		}
		in := period.Contains(d.At)
		if in && first[d.ID] == k {
			rep.Deployments++
		}
		for j, c := range d.CommittedAt {
			if err := checkInterval(fmt.Sprintf("deployment %d %q commit %d", k, d.ID, j), itsm.Interval{Start: c, End: d.At}); err != nil {
				reject("deployment", k, d.ID, err)
				continue
			}
			if in {
				leads = append(leads, d.At.Sub(c))
			}
		}
	}
	rep.LeadTime = newDistribution(leads)
	failed := map[string]bool{}
	var rec []time.Duration
	for k, f := range failures {
		fk, known := first[f.DeploymentID]
		if !known || bad[f.DeploymentID] {
			why := "failure %d"
			if known {
				why = "failure %d linked to a rejected deployment"
			}
			reject("failure", k, f.DeploymentID, errorf(fmt.Sprintf(why, k), f.DeploymentID, ErrUnknownDeployment))
			continue
		}
		at := deployments[fk].At
		if !f.Restored.IsZero() {
			// restored before it started, or a recovery time beyond time.Duration
			if err := checkInterval(fmt.Sprintf("failure %d", k), itsm.Interval{Start: f.Start, End: f.Restored}); err != nil {
				reject("failure", k, f.DeploymentID, err)
				continue
			}
		}
		if f.Start.Before(at) {
			reject("failure", k, f.DeploymentID, errorf(fmt.Sprintf("failure %d", k), f.Start.Format(time.RFC3339Nano),
				because(itsm.ErrInterval, fmt.Sprintf("starts before deployment %q (%s)", f.DeploymentID, at.Format(time.RFC3339)))))
			continue
		}
		if !period.Contains(at) {
			continue
		}
		failed[f.DeploymentID] = true
		if f.Restored.IsZero() {
			// censored: elapsed up to the period end (zero if it started later)
			_ = rep.Recovery.AddOpen(max(0, period.End.Sub(f.Start)))
			continue
		}
		d := f.Restored.Sub(f.Start)
		_ = rep.Recovery.Add(d)
		rec = append(rec, d)
	}
	rep.RecoveryTimes = newDistribution(rec)
	rep.ChangeFailure = itsm.Ratio{Num: int64(len(failed)), Den: rep.Deployments}
	return rep, batchError(rep.Rejected) // deployments, then failures, each in input order
}

// DeployRate is a deployment-frequency threshold: at least Count
// deployments per Per.
type DeployRate struct {
	Count int64         `json:"count"` // deployments
	Per   itsm.Duration `json:"per"`   // per this length of time
}

// Band is one performance level. A value meets a limit as follows (a zero
// or nil limit means "no limit"):
//
//	deployment frequency ≥ MinDeployments
//	median lead time     < LeadTimeUnder
//	change failure rate  ≤ MaxChangeFailurePercent
//	recovery time        < RecoveryUnder (median of completed recoveries)
type Band struct {
	Name                    string           `json:"name"`                                 // e.g. "elite"; unique
	MinDeployments          *DeployRate      `json:"min_deployments,omitempty"`            // deployment frequency at least this; nil: no limit
	LeadTimeUnder           itsm.Duration    `json:"lead_time_under,omitzero"`             // median lead time below this; 0: no limit
	MaxChangeFailurePercent *decimal.Decimal `json:"max_change_failure_percent,omitempty"` // change failure rate at most this; nil: no limit
	RecoveryUnder           itsm.Duration    `json:"recovery_under,omitzero"`              // median recovery time below this; 0: no limit
}

// BandTable lists bands from best to worst. Source names where the
// thresholds come from. A valid table has at least one band; names
// non-empty and unique; every limit well-formed (Count > 0, Per > 0,
// durations > 0, percent in [0, 100]); limits never stricter in a later
// band than in an earlier one; and a last band without limits, so that
// every value is classified. Its JSON form decodes strictly and validates:
//
//	{"source": "…",
//	 "bands": [{"name": "elite", "min_deployments": {"count": 1, "per": "24h"},
//	            "lead_time_under": "24h", "max_change_failure_percent": "5",
//	            "recovery_under": "1h"},
//	           {"name": "low"}]}
type BandTable struct {
	Source string `json:"source"` // where the thresholds come from
	Bands  []Band `json:"bands"`  // best first; the last has no limits
}

// DefaultBands returns the table derived from the 2023 Accelerate State of
// DevOps Report (DORA / Google Cloud, 2023), software delivery performance
// levels:
//
//	        deployment frequency       lead time      CFR   recovery
//	elite   on demand (≥ 1/day)        < 1 day        5 %   < 1 hour
//	high    1/day … 1/week             < 1 week      10 %   < 1 day
//	medium  1/week … 1/month           < 1 month     15 %   < 1 week
//	low     (below medium)             (any)         64 %   (any; report: 1–6 months)
//
// The report states typical values per cluster, not thresholds; this
// table reads its upper ends as limits (a month is 30 days) and makes
// "low" the catch-all band. The 2023 report's medium and low clusters share
// frequency and lead-time ranges. Sources disagree: pass your own table.
func DefaultBands() BandTable {
	p := func(percent int64) *decimal.Decimal { d := decimal.NewFromInt(percent); return &d }
	return BandTable{
		Source: "Accelerate State of DevOps Report 2023 (DORA, Google Cloud); thresholds read from the cluster table",
		Bands: []Band{
			{Name: "elite", MinDeployments: &DeployRate{1, itsm.Duration(day)}, LeadTimeUnder: itsm.Duration(day), MaxChangeFailurePercent: p(5), RecoveryUnder: itsm.Duration(time.Hour)},
			{Name: "high", MinDeployments: &DeployRate{1, itsm.Duration(week)}, LeadTimeUnder: itsm.Duration(week), MaxChangeFailurePercent: p(10), RecoveryUnder: itsm.Duration(day)},
			{Name: "medium", MinDeployments: &DeployRate{1, itsm.Duration(days30)}, LeadTimeUnder: itsm.Duration(days30), MaxChangeFailurePercent: p(15), RecoveryUnder: itsm.Duration(week)},
			{Name: "low"},
		},
	}
}

// validate checks: at least one band; names non-empty and unique; every
// limit well-formed (Count > 0, Per > 0, durations > 0, percent in
// [0, 100]); limits never stricter in a later band than in an earlier one;
// the last band has no limits, so every value is classified.
func (t BandTable) validate() error {
	bad := func(why string) error { return errorf("band table", "", because(ErrInvalidConfig, why)) }
	if len(t.Bands) == 0 {
		return bad("no bands")
	}
	seen := map[string]bool{}
	for k, b := range t.Bands {
		if b.Name == "" || seen[b.Name] {
			return bad(fmt.Sprintf("band %d: name %q empty or repeated", k, b.Name))
		}
		seen[b.Name] = true
		if m := b.MinDeployments; m != nil && (m.Count <= 0 || m.Per <= 0) {
			return bad(b.Name + ": min_deployments needs count > 0 and per > 0")
		}
		if b.LeadTimeUnder < 0 || b.RecoveryUnder < 0 {
			return bad(b.Name + ": negative duration")
		}
		if p := b.MaxChangeFailurePercent; p != nil && (checkDecimal("change failure percent", *p) != nil || p.IsNegative() || p.GreaterThan(hundred)) {
			return bad(b.Name + ": change failure percent outside [0, 100]")
		}
		if k == 0 {
			continue
		}
		prev := t.Bands[k-1]
		if looser := func(a, b itsm.Duration) bool { return a == 0 || (b != 0 && a >= b) }; !looser(b.LeadTimeUnder, prev.LeadTimeUnder) || !looser(b.RecoveryUnder, prev.RecoveryUnder) {
			return bad(b.Name + ": duration limit stricter than the band before")
		}
		if pp, bp := prev.MaxChangeFailurePercent, b.MaxChangeFailurePercent; bp != nil && (pp == nil || bp.LessThan(*pp)) {
			return bad(b.Name + ": change failure limit stricter than the band before")
		}
		if pm, bm := prev.MinDeployments, b.MinDeployments; bm != nil && (pm == nil || rateCmp(*bm, *pm) > 0) {
			return bad(b.Name + ": deployment frequency limit stricter than the band before")
		}
	}
	last := t.Bands[len(t.Bands)-1]
	if last.MinDeployments != nil || last.LeadTimeUnder != 0 || last.MaxChangeFailurePercent != nil || last.RecoveryUnder != 0 {
		return bad("the last band must have no limits")
	}
	return nil
}

// rateCmp compares a.Count/a.Per with b.Count/b.Per exactly.
func rateCmp(a, b DeployRate) int {
	x := new(big.Int).Mul(big.NewInt(a.Count), big.NewInt(int64(b.Per)))
	y := new(big.Int).Mul(big.NewInt(b.Count), big.NewInt(int64(a.Per)))
	return x.Cmp(y)
}

// UnmarshalJSON decodes a band table strictly (unknown keys and trailing
// data are an error) and validates it.
func (t *BandTable) UnmarshalJSON(b []byte) error {
	type plain BandTable
	if strictjson.IsNull(b) {
		return nil
	}
	var p plain
	if err := unmarshalStrict(b, &p, "band table"); err != nil {
		return err
	}
	if err := BandTable(p).validate(); err != nil {
		return err
	}
	if t == nil {
		return errorf("band table JSON", "", because(ErrInvalidConfig, "decoding into a nil *BandTable"))
	}
	*t = BandTable(p)
	return nil
}

// Classification names the band of each metric ("" when the metric has no
// data) and Overall, the worst band among metrics with data.
type Classification struct {
	DeploymentFrequency string `json:"deployment_frequency"` // band of the deployment frequency
	LeadTime            string `json:"lead_time"`            // band of the median lead time
	ChangeFailureRate   string `json:"change_failure_rate"`  // band of the change failure rate
	RecoveryTime        string `json:"recovery_time"`        // band of the median recovery time
	Overall             string `json:"overall"`              // worst band among the metrics with data
}

// String formats the classification on one line.
func (c Classification) String() string {
	f := func(s string) string {
		if s == "" {
			return "no data"
		}
		return s
	}
	return strings.Join([]string{"frequency " + f(c.DeploymentFrequency), "lead time " + f(c.LeadTime),
		"change failure " + f(c.ChangeFailureRate), "recovery " + f(c.RecoveryTime), "overall " + f(c.Overall)}, ", ")
}

// Classify places each metric of r in the first (best) band whose limit it
// meets, comparing exactly. Deployment frequency needs a non-empty period;
// change failure rate at least one deployment; lead time and recovery time
// at least one completed value (their medians are compared). An invalid
// table (see [BandTable]) is an error wrapping [ErrInvalidConfig].
func (t BandTable) Classify(r DORAReport) (Classification, error) {
	if err := t.validate(); err != nil {
		return Classification{}, err
	}
	var c Classification
	worst := -1
	pick := func(meets func(Band) bool) string {
		for k, b := range t.Bands {
			if meets(b) {
				worst = max(worst, k)
				return b.Name
			}
		}
		return "" // unreachable: the last band has no limits
	}
	if p := r.Period.Duration(); p > 0 {
		c.DeploymentFrequency = pick(func(b Band) bool {
			m := b.MinDeployments
			if m == nil {
				return true
			}
			// deployments/p ≥ Count/Per  ⇔  deployments·Per ≥ Count·p
			return rateCmp(DeployRate{r.Deployments, itsm.Duration(p)}, *m) >= 0
		})
	}
	if med, ok := r.LeadTime.Median(); ok {
		c.LeadTime = pick(func(b Band) bool { return b.LeadTimeUnder == 0 || med < time.Duration(b.LeadTimeUnder) })
	}
	if !r.ChangeFailure.NoData() {
		c.ChangeFailureRate = pick(func(b Band) bool {
			if b.MaxChangeFailurePercent == nil {
				return true
			}
			cmp, _ := r.ChangeFailure.CmpPercent(*b.MaxChangeFailurePercent)
			return cmp <= 0
		})
	}
	if med, ok := r.RecoveryTimes.Median(); ok {
		c.RecoveryTime = pick(func(b Band) bool { return b.RecoveryUnder == 0 || med < time.Duration(b.RecoveryUnder) })
	}
	if worst >= 0 {
		c.Overall = t.Bands[worst].Name
	}
	return c, nil
}
