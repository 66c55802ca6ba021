package sla

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Random tickets with priority changes, pauses, resolves and reopens under
// every priority-change mode: prefixes evaluate like the whole timeline,
// an incurred breach stays breached, elapsed never decreases within a
// cycle, and Explain agrees with Evaluate.
func TestPolicyProperties(t *testing.T) {
	pols := map[PriorityChangeMode]*Policy{}
	for _, m := range []PriorityChangeMode{KeepElapsed, Retroactive, Restart} {
		pols[m] = demoPolicy(t, m)
	}
	base := at(2026, time.November, 16, 0, 0)
	rapid.Check(t, func(t *rapid.T) {
		p := pols[PriorityChangeMode(rapid.IntRange(0, 2).Draw(t, "mode"))]
		cur := base.Add(time.Duration(rapid.IntRange(0, 7*24*60).Draw(t, "created")) * time.Minute)
		tl := []Event{{At: cur, Kind: Created, State: "New", Priority: rapid.SampledFrom([]string{"P1", "P3"}).Draw(t, "prio")}}
		n := rapid.IntRange(0, 12).Draw(t, "events")
		for i := 0; i < n; i++ {
			cur = cur.Add(time.Duration(rapid.IntRange(0, 20*60).Draw(t, "gap")) * time.Minute)
			e := Event{At: cur, Kind: rapid.SampledFrom([]EventKind{StateChanged, PriorityChanged, Responded, Resolved, Reopened, Assigned, Updated}).Draw(t, "kind")}
			switch e.Kind {
			case StateChanged:
				e.State = rapid.SampledFrom([]string{"In Progress", "Awaiting User Info", "Awaiting Vendor"}).Draw(t, "state")
			case PriorityChanged:
				e.Priority = rapid.SampledFrom([]string{"P1", "P3", "P9"}).Draw(t, "newprio")
			case Assigned:
				e.Assignee = rapid.SampledFrom([]string{"desk", "network", "vendor"}).Draw(t, "who")
			}
			tl = append(tl, e)
		}
		times := []time.Time{tl[0].At}
		for _, e := range tl {
			times = append(times, e.At, e.At.Add(time.Duration(rapid.IntRange(1, 600).Draw(t, "probe"))*time.Minute))
		}
		prev := map[string]Status{}
		last := time.Time{}
		for _, now := range times {
			if now.Before(last) {
				continue
			}
			last = now
			full, err := p.Evaluate(Ticket{Events: tl}, now)
			require.NoError(t, err)
			var prefix []Event
			for _, e := range tl {
				if !e.At.After(now) {
					prefix = append(prefix, e)
				}
			}
			pre, err := p.Evaluate(Ticket{Events: prefix}, now)
			require.NoError(t, err)
			require.Equal(t, full, pre, "prefix at %v", now)
			xs, err := p.Explain(Ticket{Events: tl}, now)
			require.NoError(t, err)
			require.Len(t, xs, len(full))
			for i, st := range full {
				require.Equal(t, st, xs[i].Status)
				require.Equal(t, st.Goal, st.Elapsed+st.Remaining)
				if old, ok := prev[st.Slot]; ok {
					for _, oc := range old.Cycles() {
						for _, nc := range st.Cycles() {
							if oc.Number == nc.Number && oc.Start.Equal(nc.Start) {
								if oc.Breached {
									require.True(t, nc.Breached, "breach lost in cycle %d", nc.Number)
									require.True(t, oc.BreachAt.Equal(nc.BreachAt))
								}
								require.GreaterOrEqual(t, nc.Elapsed, oc.Elapsed, "elapsed decreased")
							}
						}
					}
				}
				prev[st.Slot] = st
			}
		}
	})
}

// Policies and targets are safe for concurrent use (run with -race).
func TestConcurrentEvaluate(t *testing.T) {
	p := demoPolicy(t, Retroactive)
	c := at(2026, time.December, 21, 9, 0)
	tickets := make([]Ticket, 8)
	for i := range tickets {
		tickets[i] = Ticket{ID: string(rune('a' + i)), Events: benchTimeline(c.Add(time.Duration(i) * 37 * time.Hour))}
	}
	want, ok, err := p.NextChange(tickets, c.Add(30*time.Hour))
	require.NoError(t, err)
	require.True(t, ok)
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			var err error
			for range 20 {
				var got time.Time
				got, _, err = p.NextChange(tickets, c.Add(30*time.Hour))
				if err == nil && !got.Equal(want) {
					err = errorf("concurrent", got.String(), ErrPolicy)
				}
				if err != nil {
					break
				}
			}
			done <- err
		}()
	}
	for range 4 {
		require.NoError(t, <-done)
	}
}
