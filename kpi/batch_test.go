package kpi

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/itsmkit/itsm"
)

// Batches over user records (issue 12): one bad record must not discard
// the rest. Each batch function returns what the good records give plus an
// error holding a RecordError for every rejected record; with one bad record
// the error text is what it was when that record aborted the call.

func rejected(t *testing.T, err error) []itsm.RecordError {
	t.Helper()
	var all interface{ Unwrap() []error }
	require.True(t, errors.As(err, &all), "want the error of a batch, got %v", err)
	var out []itsm.RecordError
	for _, e := range all.Unwrap() {
		var re itsm.RecordError
		require.True(t, errors.As(e, &re), "want a RecordError, got %v", e)
		out = append(out, re)
	}
	return out
}

func TestBatchComputeAvailability(t *testing.T) {
	week := iv(0, 7*1440)
	good := []itsm.Interval{iv(100, 160), iv(3000, 3030)}
	maint := []itsm.Interval{iv(2000, 2100)}
	want, err := ComputeAvailability(week, good, maint, officeHours())
	require.NoError(t, err)

	outs := []itsm.Interval{good[0], iv(500, 400), good[1], iv(10, 5)}
	ms := []itsm.Interval{iv(9, 8), maint[0]}
	a, err := ComputeAvailability(week, outs, ms, officeHours())
	require.Error(t, err)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	recs := rejected(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, []itsm.RecordError{
		{Kind: "outage", Index: 1, Err: recs[0].Err},
		{Kind: "outage", Index: 3, Err: recs[1].Err},
		{Kind: "maintenance", Index: 0, Err: recs[2].Err},
	}, recs)
	assert.Equal(t, recs, a.Rejected)
	assert.ErrorContains(t, err, `outage 1: "[`)
	assert.ErrorContains(t, err, `maintenance 0: "[`)
	a.Rejected = nil
	assert.Equal(t, want, a, "computed from the good records")

	// One bad record: the message is the record's own, as before.
	_, err = ComputeAvailability(week, []itsm.Interval{iv(3, 2)}, nil, nil)
	assert.EqualError(t, err, itsm.RecordError{Index: 0, Kind: "outage", Err: checkInterval("outage 0", iv(3, 2))}.Error())
	// Not a record: the period. Nothing is computed.
	a, err = ComputeAvailability(iv(5, 4), good, nil, nil)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	var re itsm.RecordError
	assert.False(t, errors.As(err, &re))
	assert.Equal(t, Availability{}, a)
}

// Law: the result with bad records mixed in equals the result without them,
// and exactly the bad records are rejected, by index.
func TestBatchAvailabilityProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		period := genInterval(3000).Draw(t, "period")
		good := rapid.SliceOfN(genInterval(3000), 0, 6).Draw(t, "good")
		maint := rapid.SliceOfN(genInterval(3000), 0, 3).Draw(t, "maint")
		var mixed []itsm.Interval
		var badIdx []int
		for _, g := range good {
			if rapid.Bool().Draw(t, "insert bad") {
				badIdx = append(badIdx, len(mixed))
				x := genInterval(3000).Draw(t, "bad")
				mixed = append(mixed, itsm.Interval{Start: x.End.Add(time.Minute), End: x.Start})
			}
			mixed = append(mixed, g)
		}
		want, err := ComputeAvailability(period, good, maint, officeHours())
		if err != nil {
			t.Fatal(err)
		}
		got, err := ComputeAvailability(period, mixed, maint, officeHours())
		var idx []int
		for _, r := range got.Rejected {
			idx = append(idx, r.Index)
		}
		if !slices.Equal(idx, badIdx) || (len(badIdx) == 0) != (err == nil) {
			t.Fatalf("rejected %v, want %v (err %v)", idx, badIdx, err)
		}
		got.Rejected = nil
		if !assert.ObjectsAreEqual(want, got) {
			t.Fatalf("with bad records %+v, without %+v", got, want)
		}
	})
}

func TestBatchComputeDORA(t *testing.T) {
	period := itsm.Interval{Start: t0, End: t0.Add(10 * day)}
	h := func(x int) time.Time { return t0.Add(time.Duration(x) * time.Hour) }
	deps := []Deployment{
		{ID: "d1", At: h(10), CommittedAt: []time.Time{h(8)}},
		{At: h(11)},            // 1: no ID
		{ID: "dup", At: h(12)}, // 2: same ID as 3, other time
		{ID: "dup", At: h(13)}, // 3
		{ID: "d3", At: h(50), CommittedAt: []time.Time{h(51), h(20)}}, // 4: first commit after the deployment
		{ID: "rows", At: h(60), CommittedAt: []time.Time{h(59)}},      // 5: one deployment exported as two rows
		{ID: "rows", At: h(60), CommittedAt: []time.Time{h(58)}},      // 6
	}
	fails := []Failure{
		{DeploymentID: "d1", Start: h(11), Restored: h(12)},
		{DeploymentID: "nope", Start: h(1)},                 // 1: unknown deployment
		{DeploymentID: "dup", Start: h(14)},                 // 2: linked to a rejected deployment
		{DeploymentID: "d3", Start: h(52), Restored: h(51)}, // 3: restored before it started
		{DeploymentID: "d3", Start: h(49)},                  // 4: before its deployment
		{DeploymentID: "rows", Start: h(61), Restored: h(63)},
	}
	r, err := ComputeDORA(period, deps, fails)
	require.Error(t, err)
	recs := rejected(t, err)
	type id struct {
		Record string
		Index  int
		ID     string
	}
	var got []id
	for _, x := range recs {
		got = append(got, id{x.Kind, x.Index, x.ID})
	}
	assert.Equal(t, []id{
		{"deployment", 1, ""}, {"deployment", 2, "dup"}, {"deployment", 3, "dup"}, {"deployment", 4, "d3"},
		{"failure", 1, "nope"}, {"failure", 2, "dup"}, {"failure", 3, "d3"}, {"failure", 4, "d3"},
	}, got)
	assert.Equal(t, recs, r.Rejected)
	assert.ErrorIs(t, err, ErrInvalidConfig)
	assert.ErrorIs(t, err, ErrUnknownDeployment)
	assert.ErrorIs(t, err, itsm.ErrInterval)

	// The rest is computed: d1, d3 and rows (one deployment) are in the period.
	assert.Equal(t, int64(3), r.Deployments)
	assert.Equal(t, []time.Duration{time.Hour, 2 * time.Hour, 2 * time.Hour, 30 * time.Hour}, r.LeadTime.Values())
	assert.Equal(t, itsm.Ratio{Num: 2, Den: 3}, r.ChangeFailure) // d1 and rows
	assert.Equal(t, int64(2), r.Recovery.Completed.Count())

	want, err := ComputeDORA(period, []Deployment{
		{ID: "d1", At: h(10), CommittedAt: []time.Time{h(8)}},
		{ID: "d3", At: h(50), CommittedAt: []time.Time{h(20)}},
		{ID: "rows", At: h(60), CommittedAt: []time.Time{h(59), h(58)}},
	}, []Failure{fails[0], fails[5]})
	require.NoError(t, err)
	r.Rejected = nil
	assert.Equal(t, want, r)
}

func TestBatchTicketsAndBuckets(t *testing.T) {
	tickets := []Ticket{{Opened: at(0), Resolved: at(60)}, {Opened: at(5), Resolved: at(4)}, {Opened: at(30)}}
	n, err := BacklogAt(tickets, at(40))
	assert.Equal(t, int64(2), n)
	assert.Equal(t, []int{1}, indexes(rejected(t, err)))
	assert.EqualError(t, err, itsm.RecordError{Index: 1, Kind: "ticket", Err: checkInterval("ticket 1", iv(5, 4))}.Error())

	fs, err := FlowSeries([]itsm.Interval{iv(0, 60)}, tickets)
	assert.Equal(t, []int{1}, indexes(rejected(t, err)))
	require.Len(t, fs, 1)
	assert.Equal(t, Flow{Period: iv(0, 60), In: 2, Out: 0}, fs[0])
	_, err = FlowSeries([]itsm.Interval{iv(1, 0)}, tickets)
	assert.ErrorIs(t, err, itsm.ErrInterval)
	var re itsm.RecordError
	assert.False(t, errors.As(err, &re), "an invalid period is not a record: the call fails")

	now := at(60)
	bs := []CountBucket{{iv(0, 30), Counts{1, 10}}, {iv(31, 30), Counts{}}, {iv(30, 55), Counts{5, 2}}, {iv(40, 50), Counts{2, 20}}, {iv(-5, 5), Counts{7, 7}}}
	c, err := CountsOver(bs, now, time.Hour)
	assert.Equal(t, Counts{3, 30}, c)
	assert.Equal(t, []int{1, 2, 4}, indexes(rejected(t, err)))
	assert.ErrorIs(t, err, ErrOutOfRange)

	m, ov, err := mergeIntervalsErr([]itsm.Interval{iv(0, 10), iv(3, 2), iv(5, 20)})
	assert.Equal(t, []itsm.Interval{iv(0, 20)}, m)
	assert.True(t, ov)
	assert.Equal(t, []int{1}, indexes(rejected(t, err)))

	d, err := NewDistribution([]time.Duration{3, -1, 1, -2})
	assert.Equal(t, []time.Duration{1, 3}, d.Values())
	assert.Equal(t, []int{1, 3}, indexes(rejected(t, err)))
	assert.ErrorIs(t, err, ErrOutOfRange)
}

func indexes(rs []itsm.RecordError) []int {
	var out []int
	for _, r := range rs {
		out = append(out, r.Index)
	}
	return out
}

func TestBatchErrorText(t *testing.T) {
	var recs []itsm.RecordError
	for k := range 5 {
		recs = append(recs, itsm.RecordError{Kind: "ticket", Index: k, Err: checkInterval("ticket "+string(rune('0'+k)), iv(5, 4))})
	}
	err := batchError(recs)
	assert.Contains(t, err.Error(), `kpi: 5 records rejected: record 0 (ticket): ticket 0: "[`)
	assert.Contains(t, err.Error(), "and 2 more")
	assert.Equal(t, 1, countSub(err.Error(), "kpi: "))
	assert.ErrorIs(t, err, itsm.ErrInterval)
	var re itsm.RecordError
	require.True(t, errors.As(err, &re))
	assert.Equal(t, 0, re.Index)
}

func countSub(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n
}
