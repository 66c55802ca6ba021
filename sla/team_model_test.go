package sla

import (
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/itsmkit/itsm/calendar"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// Clocks that follow the team, checked against the minute-stepping model
// (runModelCfg with teams): hand-overs between support groups in Berlin,
// New York, Bangalore and Sydney over 30 days of 2027 in which New York
// (14 March) and Berlin (28 March) start summer time and Sydney ends it
// (4 April), with Holi (22 March) in Bangalore and Good Friday (26 March)
// and Easter Monday (29 March) in Berlin and Sydney.

// teamBase is the start of the team model's range (UTC midnight).
var teamBase = time.Date(2027, time.March, 8, 0, 0, 0, 0, time.UTC)

const teamMinutes = 30 * 24 * 60

func teamMinute(i int) time.Time { return teamBase.Add(time.Duration(i) * time.Minute) }

// teamDesk is one support group's office: zone, weekday hours in minutes
// after local midnight, and its holidays in the model's range.
type teamDesk struct {
	zone     string
	week     string // calendar.ParseWeek text
	from, to int    // Mon–Fri open [from, to) minutes after local midnight
	spec     func(calendar.Spec) calendar.Spec
	hol      [][3]int
}

var teamDesks = map[string]teamDesk{
	// Mon–Fri 08:00–17:00 with the public holidays of Nordrhein-Westfalen
	// (Good Friday, Easter Monday: Feiertagsgesetz NRW § 2).
	"berlin": {zone: "Europe/Berlin", week: "Mon-Fri 08:00-17:00", from: 8 * 60, to: 17 * 60,
		spec: func(s calendar.Spec) calendar.Spec { s.Holidays = []calendar.HolidayRef{{Region: "DE-NW"}}; return s },
		hol:  [][3]int{{2027, 3, 26}, {2027, 3, 29}}},
	// Mon–Fri 09:00–18:00; no federal holiday in the range (5 U.S.C. 6103).
	"newyork": {zone: "America/New_York", week: "Mon-Fri 09:00-18:00", from: 9 * 60, to: 18 * 60,
		spec: func(s calendar.Spec) calendar.Spec { s.Holidays = []calendar.HolidayRef{{Region: "US"}}; return s }},
	// Mon–Fri 09:30–18:30 (UTC+05:30), the office closed on Holi and Good
	// Friday (gazetted holidays of the Government of India for 2027).
	"bangalore": {zone: "Asia/Kolkata", week: "Mon-Fri 09:30-18:30", from: 9*60 + 30, to: 18*60 + 30,
		spec: func(s calendar.Spec) calendar.Spec {
			s.HolidayDates = []date.Date{date.New(2027, time.March, 22), date.New(2027, time.March, 26)}
			return s
		},
		hol: [][3]int{{2027, 3, 22}, {2027, 3, 26}}},
	// Mon–Fri 08:30–17:00 with the public holidays of New South Wales
	// (Good Friday, Easter Monday: Public Holidays Act 2010 (NSW) s 4).
	"sydney": {zone: "Australia/Sydney", week: "Mon-Fri 08:30-17:00", from: 8*60 + 30, to: 17 * 60,
		spec: func(s calendar.Spec) calendar.Spec { s.Holidays = []calendar.HolidayRef{{Region: "AU-NSW"}}; return s },
		hol:  [][3]int{{2027, 3, 26}, {2027, 3, 29}}},
}

// teamNames are the desks in a fixed order.
var teamNames = slices.Sorted(maps.Keys(teamDesks))

// teamCalendars are the real calendars of the desks.
var teamCalendars = sync.OnceValue(func() map[string]*calendar.Calendar {
	out := map[string]*calendar.Calendar{}
	for name, d := range teamDesks {
		w, err := calendar.ParseWeek(d.week)
		if err != nil {
			panic(err)
		}
		c, err := calendar.New(d.spec(calendar.Spec{Zone: d.zone, Week: w}))
		if err != nil {
			panic(err)
		}
		out[name] = c
	}
	return out
})

// teamRef is the slow day-walking reference of a desk.
func teamRef(name string) *weekSched {
	d := teamDesks[name]
	w := &weekSched{loc: mustLoc(d.zone), hol: map[[3]int]bool{}}
	for wd := time.Monday; wd <= time.Friday; wd++ {
		w.days[wd] = [][2]int{{d.from, d.to}}
	}
	for _, h := range d.hol {
		w.hol[h] = true
	}
	return w
}

// teamOpen are the open minutes of every desk over the model's range, from
// the reference schedules.
var teamOpen = sync.OnceValue(func() map[string][]bool {
	out := map[string][]bool{}
	for _, name := range teamNames {
		ref := teamRef(name)
		open := make([]bool, teamMinutes)
		for i := range open {
			open[i] = ref.isOpen(teamMinute(i))
		}
		out[name] = open
	}
	return out
})

// The references and the calendars agree over the model's range, so the
// model's open minutes are the calendars'.
func TestTeamReferencesAgreeWithCalendars(t *testing.T) {
	cals := teamCalendars()
	for _, name := range teamNames {
		ref, cal := teamRef(name), cals[name]
		for m := 0; m < teamMinutes; m += 15 {
			at := teamMinute(m)
			require.Equal(t, ref.isOpen(at), cal.IsOpen(at), "%s at %v", name, at)
		}
		require.Equal(t, ref.Between(teamMinute(0), teamMinute(teamMinutes)), cal.Between(teamMinute(0), teamMinute(teamMinutes)), name)
	}
}

// teamPolicy is a policy whose resolution clock follows the team: the
// desks by group name, the default (a group without a desk, or none) on
// Berlin's office hours.
func teamPolicy(t require.TestingT, goal time.Duration, cond Conditions, follow bool) *Policy {
	scheds := map[string]Schedule{}
	groups := map[string]string{}
	for name, c := range teamCalendars() {
		scheds[name] = c
		groups[name] = name
	}
	p, err := NewPolicy(PolicySpec{
		GroupSchedules: groups,
		Conditions:     map[Metric]Conditions{Resolution: cond},
		Rules: []Rule{{Targets: []TargetSpec{{Name: "resolution", Metric: Resolution, Goal: Business(goal),
			Schedule: "berlin", FollowGroup: follow}}}},
	}, scheds)
	require.NoError(t, err)
	return p
}

// drawTeamTimeline draws a ticket's timeline in model minutes: created
// with a group, then state changes, responses, resolves, reopens,
// customer replies and hand-overs (to a desk, to a group without one, or
// to none).
func drawTeamTimeline(t *rapid.T, groups []string) (evs []mEvent, now int) {
	// Created on a day of the range (often near a clock change or a
	// holiday), events spaced by up to two days.
	day := rapid.OneOf(rapid.IntRange(0, 24), rapid.SampledFrom([]int{5, 6, 13, 14, 17, 19, 20, 25, 26})).Draw(t, "day")
	at := day*24*60 + rapid.IntRange(0, 24*60-1).Draw(t, "minuteOfDay")
	evs = []mEvent{{at: at, kind: Created, st: "New", grp: rapid.SampledFrom(groups).Draw(t, "group")}}
	n := rapid.IntRange(0, 14).Draw(t, "events")
	for range n {
		next := at + rapid.OneOf(rapid.IntRange(0, 600), rapid.IntRange(600, 2880)).Draw(t, "gap")
		if next >= teamMinutes-3001 {
			break
		}
		at = next
		k := rapid.SampledFrom([]EventKind{Assigned, Assigned, Assigned, StateChanged, StateChanged, Responded, Resolved, Reopened, CustomerReplied}).Draw(t, "kind")
		e := mEvent{at: at, kind: k}
		switch k {
		case StateChanged:
			e.st = rapid.SampledFrom([]string{"Waiting", "Open"}).Draw(t, "state")
		case Assigned:
			e.grp = rapid.SampledFrom(groups).Draw(t, "group")
		}
		evs = append(evs, e)
	}
	return evs, at + rapid.IntRange(0, 3000).Draw(t, "after")
}

func teamTimeline(evs []mEvent) []Event {
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = Event{At: teamMinute(e.at), Kind: e.kind, State: e.st, Group: e.grp}
	}
	return out
}

var teamGroups = []string{"berlin", "newyork", "bangalore", "sydney", "", "field service"}

// The clock that follows the team, against the model: every cycle's
// counted, paused and wall time, breach instant and stage; the deadline
// of a running clock projected on the current holder's schedule; the
// explanation's segments naming the group and the schedule that counted
// them, and the per-group shares adding up to the elapsed time.
func TestFollowTheTeamAgainstModel(t *testing.T) {
	open := teamOpen()
	cals := teamCalendars()
	rapid.Check(t, func(t *rapid.T) {
		cfg := modelCfg{
			goal:   rapid.IntRange(1, 3000).Draw(t, "goalMinutes"),
			mode:   ReopenMode(rapid.IntRange(0, 2).Draw(t, "reopen")),
			resume: rapid.Bool().Draw(t, "resumeOnReply"),
			teams:  open,
		}
		cond := Conditions{Pause: []string{"Waiting"}, Reopen: cfg.mode}
		if cfg.resume {
			cond.Resume = Condition{Events: []EventKind{CustomerReplied}}
		}
		p := teamPolicy(t, time.Duration(cfg.goal)*time.Minute, cond, true)
		evs, now := drawTeamTimeline(t, teamGroups)
		tk := Ticket{ID: "T", Events: teamTimeline(evs)}
		sts, err := p.Evaluate(tk, teamMinute(now))
		require.NoError(t, err)
		cs := runModelCfg(evs, now, cfg, open["berlin"])
		require.Len(t, sts, 1)
		got := sts[0].Cycles()
		require.Len(t, got, len(cs), "cycles")
		for k, mc := range cs {
			g := got[k]
			require.True(t, g.Start.Equal(teamMinute(mc.start)), "cycle %d: start", k)
			require.Equal(t, time.Duration(mc.elapsed)*time.Minute, g.Elapsed.Std(), "cycle %d: elapsed", k)
			require.Equal(t, time.Duration(mc.paused)*time.Minute, g.Paused.Std(), "cycle %d: paused", k)
			require.Equal(t, time.Duration(mc.wallRun)*time.Minute, g.WallElapsed.Std(), "cycle %d: wall", k)
			require.Equal(t, time.Duration(mc.wallPause)*time.Minute, g.PausedWall.Std(), "cycle %d: paused wall", k)
			require.Equal(t, mc.breached, g.Breached, "cycle %d: breached", k)
			if mc.breached {
				require.True(t, g.BreachAt.Equal(teamMinute(mc.breachAt)), "cycle %d: breach at %v, model %v", k, g.BreachAt, teamMinute(mc.breachAt))
			}
		}
		st := sts[0]
		holder := "berlin"
		for _, e := range evs {
			if e.kind == Assigned || e.kind == Created {
				holder = e.grp
			}
		}
		hs := Schedule(cals["berlin"])
		if c, ok := cals[holder]; ok {
			hs = c
		}
		if st.Stage == Running {
			// Projected on the holder's schedule: the remaining goal is
			// exactly the holder's open time up to the deadline.
			require.False(t, st.Deadline.Before(teamMinute(now)))
			require.Equal(t, st.Remaining.Std(), hs.Between(teamMinute(now), st.Deadline), "deadline on %q's schedule", holder)
			next, ok, err := st.NextChange()
			require.NoError(t, err)
			require.True(t, ok)
			require.False(t, next.After(st.Deadline.Add(1)), "next change after the breach")
		}
		xs, err := p.Explain(tk, teamMinute(now))
		require.NoError(t, err)
		require.Len(t, xs, 1)
		x := xs[0]
		require.Equal(t, st, x.Status)
		for _, c := range got {
			var counted, shared time.Duration
			for _, sg := range x.Segments {
				if sg.Cycle != c.Number {
					continue
				}
				want := "berlin"
				if _, ok := cals[sg.Group]; ok {
					want = sg.Group
				}
				require.Equal(t, want, sg.Schedule, "segment %v counted on the holder's schedule", sg)
				if sg.Kind == SegmentCounted {
					counted += sg.Counted.Std()
				}
			}
			for _, sh := range x.Attribution {
				if sh.Cycle == c.Number {
					shared += sh.Counted.Std()
				}
			}
			require.Equal(t, c.Elapsed.Std(), counted, "cycle %d: segments add up", c.Number)
			require.Equal(t, c.Elapsed.Std(), shared, "cycle %d: per-group elapsed adds up", c.Number)
		}
	})
}
