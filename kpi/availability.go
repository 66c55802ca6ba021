package kpi

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"
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
// Den == 0 and Rate/Percent return ok == false.
type Availability struct {
	Period      Interval      // as given
	Scheduled   time.Duration // denominator: service time that counts
	Up          time.Duration // numerator: Scheduled − Down
	Down        time.Duration // counted outage time
	Maintenance time.Duration // service time excluded as maintenance
	// Outages are the outages after merging and clipping to Period (wall-clock
	// spans; parts outside service hours or inside maintenance still appear
	// here but are not counted in Down).
	Outages []Interval
	// Failures counts the merged outages with counted downtime (Down > 0 in them);
	// it is the denominator of [Availability.MTBF] and [Availability.MTTRestore].
	Failures int
	// OverlapsMerged is true if two or more input outages overlapped and were
	// merged into one (their overlap is counted once).
	OverlapsMerged bool
	// Notes explain adjustments made to the input, in plain words.
	Notes []string
	// Rejected lists the outages and maintenance windows left out because
	// they are invalid (end before start, longer than a time.Duration); the
	// rest is computed as if they were not there. ComputeAvailability's
	// error is then a [*BatchError] with the same records.
	Rejected []RecordError
}

// ComputeAvailability computes availability over period within service
// hours, with maintenance windows excluded from both the scheduled time and
// the downtime. hours == nil means 24×7 ([WallClock]). Outages may overlap
// each other (they are merged and OverlapsMerged is set), may extend beyond
// the period (clipped) and may touch maintenance (the overlap is excluded).
//
// An invalid outage or maintenance window (End before Start, or longer than
// a time.Duration) does not discard the rest: it is left out, listed in
// Rejected, and the result is what the other records give; the error is
// then a [*BatchError] naming each ("outage 3", "maintenance 0"; with one
// record, its [IntervalError] message). An invalid period, or a schedule
// that breaks its contract ([ErrSchedule]), fails the call with a zero
// Availability.
func ComputeAvailability(period Interval, outages, maintenance []Interval, hours Schedule) (Availability, error) {
	a, err := computeAvailability(period, outages, maintenance, hours)
	if err != nil {
		return Availability{}, err
	}
	return a, batchError(a.Rejected)
}

func computeAvailability(period Interval, outages, maintenance []Interval, hours Schedule) (Availability, error) {
	hours = orWall(hours)
	if err := period.validate("period"); err != nil {
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
	for _, m := range maint {
		d, err := between(hours, m.Start, m.End)
		if err != nil {
			return Availability{}, err
		}
		a.Maintenance += d
	}
	a.Scheduled = total - a.Maintenance

	var wallOut, countedWall time.Duration
	for _, o := range clipped {
		wallOut += o.Duration()
		var down time.Duration
		for _, p := range subtract([]Interval{o}, maint) {
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
		a.Down += down
	}
	if countedWall != wallOut {
		a.Notes = append(a.Notes, "outage time inside maintenance windows was excluded")
	}
	if a.Down != countedWall {
		a.Notes = append(a.Notes, "outage time outside service hours was not counted")
	}
	if a.Scheduled < 0 || a.Down > a.Scheduled {
		return Availability{}, &IntervalError{What: "period", Interval: period, Err: ErrSchedule}
	}
	a.Up = a.Scheduled - a.Down
	if a.Scheduled == 0 {
		a.Notes = append(a.Notes, "no scheduled service time in the period: no data")
	}
	return a, nil
}

// Ratio returns Up/Scheduled in nanoseconds, exactly.
func (a Availability) Ratio() Ratio { return Ratio{Num: int64(a.Up), Den: int64(a.Scheduled)} }

// Rate returns Up/Scheduled rounded half to even at 18 places; ok is false
// when there is no scheduled time.
func (a Availability) Rate() (decimal.Decimal, bool) { return a.Ratio().Rate() }

// Percent returns 100·Up/Scheduled rounded half to even at places.
func (a Availability) Percent(places int32) (decimal.Decimal, bool) {
	return a.Ratio().Percent(places)
}

// MTBF returns Up / Failures (mean operating time between failures within
// the period, in scheduled time); ok is false with no failures.
func (a Availability) MTBF() (time.Duration, bool) {
	if a.Failures == 0 {
		return 0, false
	}
	return divRoundHalfEven(int64(a.Up), int64(a.Failures)), true
}

// MTTRestore returns Down / Failures (mean time to restore service, in
// scheduled time); ok is false with no failures.
func (a Availability) MTTRestore() (time.Duration, bool) {
	if a.Failures == 0 {
		return 0, false
	}
	return divRoundHalfEven(int64(a.Down), int64(a.Failures)), true
}

// String summarises the result, e.g. "99.9000% (up 719h16m48s of 720h0m0s, down 43m12s, 1 failure)".
func (a Availability) String() string {
	p, ok := a.Percent(4)
	ps := "no data"
	if ok {
		ps = p.StringFixed(4) + "%"
	}
	return fmt.Sprintf("%s (up %s of %s, down %s, %d failures)", ps, a.Up, a.Scheduled, a.Down, a.Failures)
}

// AvailabilityFromMTBF returns the steady-state (inherent) availability
// MTBF / (MTBF + MTTR) as an exact ratio of nanoseconds. Negative inputs are
// an error; MTBF = MTTR = 0 gives "no data" (Den == 0); a sum beyond
// time.Duration is [ErrOverflow].
func AvailabilityFromMTBF(mtbf, mttr time.Duration) (Ratio, error) {
	if mtbf < 0 {
		return Ratio{}, durationError("MTBF", mtbf)
	}
	if mttr < 0 {
		return Ratio{}, durationError("MTTR", mttr)
	}
	s, ok := addInt64(int64(mtbf), int64(mttr))
	if !ok {
		return Ratio{}, fmt.Errorf("%w: MTBF %s + MTTR %s", ErrOverflow, mtbf, mttr)
	}
	return Ratio{Num: int64(mtbf), Den: s}, nil
}

// AvailabilityFromUptime returns up / (up + down) as an exact ratio of
// nanoseconds: availability measured from recorded uptime and downtime
// (both within the scheduled time). Negative inputs are an error; both zero
// is "no data"; a sum beyond time.Duration is [ErrOverflow].
func AvailabilityFromUptime(up, down time.Duration) (Ratio, error) {
	if up < 0 {
		return Ratio{}, durationError("uptime", up)
	}
	if down < 0 {
		return Ratio{}, durationError("downtime", down)
	}
	s, ok := addInt64(int64(up), int64(down))
	if !ok {
		return Ratio{}, fmt.Errorf("%w: uptime %s + downtime %s", ErrOverflow, up, down)
	}
	return Ratio{Num: int64(up), Den: s}, nil
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
