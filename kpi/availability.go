package kpi

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/xmath"
)

// Availability is the result of [ComputeAvailability]: how much of the
// scheduled service time in a period the service was up.
//
//	Scheduled = service hours in Period − service hours inside maintenance
//	Down      = service hours inside outages, outside maintenance
//	Up        = Scheduled − Down
//	value     = Up / Scheduled (exact, see [Availability.Ratio])
//
// When Scheduled is zero (a zero-length period, a period entirely outside
// service hours or entirely under maintenance) there is no data: Ratio has
// Den == 0 and its Rate and Percent return ok == false. fmt.Println prints
// a one-line summary ([Availability.String]).
type Availability struct {
	Period      itsm.Interval `json:"period"`      // as given
	Scheduled   itsm.Duration `json:"scheduled"`   // denominator: service time that counts
	Up          itsm.Duration `json:"up"`          // numerator: Scheduled − Down
	Down        itsm.Duration `json:"down"`        // counted outage time
	Maintenance itsm.Duration `json:"maintenance"` // service time excluded as maintenance
	// Outages are the outages after merging and clipping to Period (wall-clock
	// spans; parts outside service hours or inside maintenance still appear
	// here but are not counted in Down).
	Outages []itsm.Interval `json:"outages"`
	// Failures counts the merged outages with counted downtime (Down > 0 in
	// them); it is the denominator of MTBF and MTTRecover.
	Failures int `json:"failures"`
	// MTBF is Up / Failures, the mean operating time between failures within
	// the period, in scheduled time, rounded half to even to the nanosecond;
	// 0 with no failures.
	MTBF itsm.Duration `json:"mtbf"`
	// MTTRecover is Down / Failures, the mean time to recover (restore
	// service, ITIL's MTRS) in scheduled time, rounded half to even to the
	// nanosecond; 0 with no failures.
	MTTRecover itsm.Duration `json:"mttr_recover"`
	// OverlapsMerged is true if two or more input outages overlapped and were
	// merged into one (their overlap is counted once).
	OverlapsMerged bool `json:"overlaps_merged"`
	// Notes explain adjustments made to the input, in plain words.
	Notes []string `json:"notes,omitempty"`
	// Rejected lists the outages and maintenance windows left out because
	// they are invalid (end before start, longer than a time.Duration); the
	// rest is computed as if they were not there. ComputeAvailability's
	// error then holds the same records.
	Rejected []itsm.RecordError `json:"rejected,omitempty"`
}

// ComputeAvailability computes availability over period within service
// hours, with maintenance windows excluded from both the scheduled time and
// the downtime. hours == nil means 24×7 (as does calendar.AlwaysOpen()).
// Outages may overlap
// each other (they are merged and OverlapsMerged is set), may extend beyond
// the period (clipped) and may touch maintenance (the overlap is excluded).
//
// An invalid outage or maintenance window (End before Start, or longer than
// a time.Duration) does not discard the rest: it is left out, listed in
// Rejected, and the result is what the other records give; the error is
// then holds a [itsm.RecordError] for each ("outage 3", "maintenance 0",
// wrapping [itsm.ErrInterval]). An invalid period, or a schedule that
// breaks its contract ([ErrSchedule]), fails the call with a zero
// Availability.
func ComputeAvailability(period itsm.Interval, outages, maintenance []itsm.Interval, hours Schedule) (Availability, error) {
	a, err := computeAvailability(period, outages, maintenance, hours)
	if err != nil {
		return Availability{}, err
	}
	return a, batchError(a.Rejected)
}

func computeAvailability(period itsm.Interval, outages, maintenance []itsm.Interval, hours Schedule) (Availability, error) {
	hours = orWall(hours)
	if err := checkInterval("period", period); err != nil {
		return Availability{}, err
	}
	outs, overlapped, rejOut := mergeIntervals("outage", outages)
	maint, _, rejMaint := mergeIntervals("maintenance", maintenance)
	a := Availability{Period: period, OverlapsMerged: overlapped, Rejected: append(rejOut, rejMaint...)}
	if overlapped {
		a.Notes = append(a.Notes, "overlapping outages were merged; overlapping time is counted once")
	}
	clipped := clipAll(outs, period)
	// outs are non-empty, so one starting before or ending after the period
	// has time outside it. (Summing wall-clock lengths to compare could
	// overflow: each outage fits in a time.Duration, their sum need not.)
	for _, o := range outs {
		if o.Start.Before(period.Start) || o.End.After(period.End) {
			a.Notes = append(a.Notes, "outage time outside the period was ignored")
			break
		}
	}
	maint = clipAll(maint, period)
	a.Outages = clipped

	total, err := between(hours, period.Start, period.End)
	if err != nil {
		return Availability{}, err
	}
	var maintTotal, downTotal time.Duration
	for _, m := range maint {
		d, err := between(hours, m.Start, m.End)
		if err != nil {
			return Availability{}, err
		}
		maintTotal += d
	}
	scheduled := total - maintTotal

	var wallOut, countedWall time.Duration
	for _, o := range clipped {
		wallOut += o.Duration()
		var down time.Duration
		for _, p := range subtract([]itsm.Interval{o}, maint) {
			countedWall += p.Duration()
			d, err := between(hours, p.Start, p.End)
			if err != nil {
				return Availability{}, err
			}
			down += d
		}
		if down > 0 {
			a.Failures++
		}
		downTotal += down
	}
	if countedWall != wallOut {
		a.Notes = append(a.Notes, "outage time inside maintenance windows was excluded")
	}
	if downTotal != countedWall {
		a.Notes = append(a.Notes, "outage time outside service hours was not counted")
	}
	if scheduled < 0 || downTotal > scheduled {
		return Availability{}, errorf("period", period.String(), because(ErrSchedule, "maintenance or downtime beyond the scheduled time"))
	}
	up := scheduled - downTotal
	a.Scheduled, a.Up, a.Down, a.Maintenance = itsm.Duration(scheduled), itsm.Duration(up), itsm.Duration(downTotal), itsm.Duration(maintTotal)
	if a.Failures > 0 {
		a.MTBF = itsm.Duration(divRoundHalfEven(int64(up), int64(a.Failures)))
		a.MTTRecover = itsm.Duration(divRoundHalfEven(int64(downTotal), int64(a.Failures)))
	}
	if scheduled == 0 {
		a.Notes = append(a.Notes, "no scheduled service time in the period: no data")
	}
	return a, nil
}

// Ratio returns Up/Scheduled in nanoseconds, exactly.
func (a Availability) Ratio() itsm.Ratio {
	return itsm.Ratio{Num: int64(a.Up), Den: int64(a.Scheduled)}
}

// String summarises the result, e.g. "99.9000% (up 719h16m48s of 720h, down 43m12s, 1 failures)".
func (a Availability) String() string {
	p, ok := a.Ratio().Percent(4)
	ps := "no data"
	if ok {
		ps = p.StringFixed(4) + "%"
	}
	return fmt.Sprintf("%s (up %s of %s, down %s, %d failures)", ps, a.Up, a.Scheduled, a.Down, a.Failures)
}

// AvailabilityFromMTBF returns the steady-state (inherent) availability
// MTBF / (MTBF + MTTR) as an exact ratio of nanoseconds. The same formula
// gives availability from recorded totals of uptime and downtime:
// AvailabilityFromMTBF(up, down) is up / (up + down). Negative inputs are an
// error wrapping [ErrOutOfRange]; both zero gives "no data" (Den == 0); a
// sum beyond time.Duration is an error wrapping [itsm.ErrOverflow].
func AvailabilityFromMTBF(mtbf, mttr time.Duration) (itsm.Ratio, error) {
	if mtbf < 0 {
		return itsm.Ratio{}, negativeError("MTBF", mtbf)
	}
	if mttr < 0 {
		return itsm.Ratio{}, negativeError("MTTR", mttr)
	}
	s, ok := xmath.AddInt64(int64(mtbf), int64(mttr))
	if !ok {
		return itsm.Ratio{}, overflowError("MTBF + MTTR", mtbf.String()+" + "+mttr.String())
	}
	return itsm.Ratio{Num: int64(mtbf), Den: s}, nil
}

// divRoundHalfEven returns n/d rounded to the nearest integer, ties to even (d > 0, n ≥ 0).
func divRoundHalfEven(n, d int64) time.Duration {
	q, r := n/d, n%d
	// compare 2r with d without overflow
	if r > d-r || (r == d-r && q%2 == 1) {
		q++
	}
	return time.Duration(q)
}
