package sla

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// The model: a minute-stepping SLA clock for one resolution target with a
// pause state, written as plainly as possible, checked against Evaluate on
// random timelines. Instants are whole minutes after modelBase; the
// schedule's open minutes are precomputed from the slow test schedule.

// Three weeks around Easter 2027: Good Friday 26 March and Easter Monday 29
// March are holidays in Nordrhein-Westfalen, and DST starts on 28 March.
var modelBase = time.Date(2027, time.March, 15, 0, 0, 0, 0, berlin)

const modelMinutes = 21 * 24 * 60

// The model's open minutes come from the slow day-walking schedule; the
// clock under test runs on the real calendar.
var modelSched = sync.OnceValue(func() *weekSched { return officeHours(nwHolidays...) })

var modelOpen = sync.OnceValue(func() []bool {
	s := modelSched()
	open := make([]bool, modelMinutes)
	for i := range open {
		open[i] = s.isOpen(modelBase.Add(time.Duration(i) * time.Minute))
	}
	return open
})

func minute(i int) time.Time { return modelBase.Add(time.Duration(i) * time.Minute) }

type mEvent struct {
	at   int
	kind EventKind
	st   string
	grp  string // the group an Assigned or Created event hands the ticket to
}

type mCycle struct {
	start, end         int
	elapsed, paused    int // open minutes
	wallRun, wallPause int // minutes
	ended, breached    bool
	stopped            bool // ended by resolve
	breachAt           int
	isPaused, latch    bool
	attached           bool // counting (see modelCfg.late)
}

// modelCfg configures runModelCfg.
type modelCfg struct {
	goal       int
	mode       ReopenMode
	resume     bool // a paused clock waits for a customer reply after leaving "Waiting"
	onResponse bool // the response metric: a response also stops the clock
	// late: the target attaches at the PriorityChanged event (the ticket
	// had none before). Under retro the clock counts from creation as
	// though it had been attached then; otherwise a clock counts and is
	// reported only from the attach: the cycle running (or paused) at the
	// attach attaches then with nothing counted, a cycle that had ended
	// before is not reported, and one that resumes afterwards (a reopen
	// that continues it) attaches at the resume.
	late, retro bool
	// teams, if set, are the open minutes of the assignment groups whose
	// schedules a clock that follows the team counts on: each minute is
	// counted on the schedule of the group holding the ticket then
	// (open, the target's own, for a group without one or none).
	teams map[string][]bool
}

// runModel steps minute by minute. With resume set, a paused clock waits
// for a customer reply after leaving "Waiting" (the Resume condition).
func runModel(evs []mEvent, now int, goal int, mode ReopenMode, resume bool, open []bool) []mCycle {
	return runModelCfg(evs, now, modelCfg{goal: goal, mode: mode, resume: resume}, open)
}

// runModelCfg is the minute-stepping clock of one target; it returns the
// cycles it reports (see modelCfg.late).
func runModelCfg(evs []mEvent, now int, cfg modelCfg, open []bool) []mCycle {
	goal := cfg.goal
	var cycles []mCycle
	state := ""
	closed := false
	counting := !cfg.late || cfg.retro // cycles start attached
	// held[k] is the group holding the ticket from minute held[k].at on.
	var held []mEvent
	o := func(m int) int {
		op := open
		for k := len(held) - 1; k >= 0; k-- {
			if held[k].at <= m {
				if t, ok := cfg.teams[held[k].grp]; ok {
					op = t
				}
				break
			}
		}
		if op[m] {
			return 1
		}
		return 0
	}
	run := func(c *mCycle, m int) {
		if !c.breached && c.elapsed >= goal {
			c.breached, c.breachAt = true, m
		}
		c.elapsed += o(m)
		c.wallRun++
	}
	idx := 0
	for m := evs[0].at; m <= now; m++ {
		for idx < len(evs) && evs[idx].at == m {
			e := evs[idx]
			idx++
			var cur *mCycle
			if len(cycles) > 0 {
				cur = &cycles[len(cycles)-1]
			}
			if e.st != "" {
				state = e.st
			}
			if e.kind == Assigned || e.kind == Created {
				held = append(held, e)
			}
			switch e.kind {
			case Created:
				cycles = append(cycles, mCycle{start: m, attached: counting})
			case PriorityChanged:
				if cfg.late && !counting {
					counting = true
					if cur != nil && !cur.ended {
						cur.attached, cur.start = true, m
					}
				}
			case Responded:
				if cfg.onResponse && cur != nil && !cur.ended {
					cur.ended, cur.end = true, m
				}
			case Resolved:
				closed = true
				if cur != nil && !cur.ended {
					cur.ended, cur.stopped, cur.end = true, true, m
				}
			case Reopened:
				if closed && cur != nil && cur.ended && cur.stopped {
					switch {
					case cfg.mode == ReopenNewCycle:
						cycles = append(cycles, mCycle{start: m, attached: counting})
					case !cur.attached && counting:
						// Ended before the attach, continued after it: it
						// attaches now, nothing counted before.
						cur.attached, cur.start = true, m
						cur.ended, cur.stopped, cur.isPaused, cur.latch = false, false, false, false
					case cfg.mode == ReopenContinue:
						for k := cur.end; k < m && cur.attached; k++ {
							run(cur, k)
						}
						cur.ended, cur.stopped, cur.isPaused, cur.latch = false, false, false, false
					case cfg.mode == ReopenPauseClosed:
						for k := cur.end; k < m && cur.attached; k++ {
							cur.paused += o(k)
							cur.wallPause++
						}
						cur.ended, cur.stopped, cur.isPaused, cur.latch = false, false, false, false
					}
				}
				closed = false
			}
			if len(cycles) > 0 && !cycles[len(cycles)-1].ended {
				c := &cycles[len(cycles)-1]
				want := state == "Waiting"
				switch {
				case !c.isPaused && want:
					c.isPaused, c.latch = true, cfg.resume
				case c.isPaused && !want && (!c.latch || e.kind == CustomerReplied):
					c.isPaused, c.latch = false, false
				}
			}
		}
		if m == now {
			break
		}
		if len(cycles) > 0 && !cycles[len(cycles)-1].ended && cycles[len(cycles)-1].attached {
			c := &cycles[len(cycles)-1]
			if c.isPaused {
				c.paused += o(m)
				c.wallPause++
			} else {
				run(c, m)
			}
		}
	}
	var out []mCycle
	for _, c := range cycles {
		if c.attached {
			out = append(out, c)
		}
	}
	return out
}

func TestClockAgainstModel(t *testing.T) {
	open := modelOpen()
	sched := office()
	rapid.Check(t, func(t *rapid.T) {
		goal := rapid.IntRange(1, 3000).Draw(t, "goalMinutes")
		mode := ReopenMode(rapid.IntRange(0, 2).Draw(t, "reopen"))
		resume := rapid.Bool().Draw(t, "resumeOnReply")
		cond := &Conditions{Pause: []string{"Waiting"}, Reopen: mode}
		if resume {
			cond.Resume = Condition{Events: []EventKind{CustomerReplied}}
		}
		tg, err := NewTarget(TargetSpec{Name: "res", Metric: Resolution, Goal: Business(time.Duration(goal) * time.Minute),
			Conditions: cond}, sched)
		require.NoError(t, err)

		start := rapid.IntRange(0, 5*24*60).Draw(t, "created")
		evs := []mEvent{{at: start, kind: Created, st: "New"}}
		last := start
		lastCheck := start
		var checks []int
		var statuses []Status
		prevElapsed, prevCycle := time.Duration(-1), 0

		timeline := func() []Event {
			out := make([]Event, len(evs))
			for i, e := range evs {
				out[i] = Event{At: minute(e.at), Kind: e.kind, State: e.st}
			}
			return out
		}
		check := func(now int) {
			st, err := Evaluate(tg, timeline(), minute(now))
			require.NoError(t, err)
			cs := runModel(evs, now, goal, mode, resume, open)
			require.Len(t, st.Cycles(), len(cs), "cycles")
			mc := cs[len(cs)-1]
			require.Equal(t, time.Duration(mc.elapsed)*time.Minute, st.Elapsed.Std(), "elapsed")
			require.Equal(t, time.Duration(mc.paused)*time.Minute, st.Paused.Std(), "paused")
			require.Equal(t, time.Duration(mc.wallRun)*time.Minute, st.WallElapsed.Std(), "wall")
			require.Equal(t, time.Duration(mc.wallPause)*time.Minute, st.PausedWall.Std(), "paused wall")
			require.Equal(t, mc.breached, st.Breached, "breached")
			if mc.breached {
				require.True(t, st.BreachAt.Equal(minute(mc.breachAt)), "breach at %v, model %v", st.BreachAt, minute(mc.breachAt))
			}
			want := Running
			switch {
			case mc.ended && mc.breached:
				want = Breached
			case mc.ended:
				want = Met
			case mc.breached:
				want = Breached
			case mc.isPaused:
				want = Paused
			}
			require.Equal(t, want, st.Stage, "stage")
			require.Equal(t, st.Goal.Std(), st.Elapsed.Std()+st.Remaining.Std())
			// Elapsed never decreases as now advances within a cycle.
			if st.Number == prevCycle {
				require.GreaterOrEqual(t, st.Elapsed.Std(), prevElapsed)
			}
			prevElapsed, prevCycle = st.Elapsed.Std(), st.Number
			if st.Stage == Running {
				require.False(t, st.Deadline.Before(minute(now)))
				require.Equal(t, st.Remaining.Std(), sched.Between(minute(now), st.Deadline))
				// Pausing now never moves the deadline earlier, and the
				// deadline of a paused clock only moves later as time passes.
				p := append(timeline(), Event{At: minute(now), Kind: StateChanged, State: "Waiting"})
				later := rapid.IntRange(0, 3000).Draw(t, "pauseFor")
				for _, k := range []int{0, later} {
					ps, err := Evaluate(tg, p, minute(now+k))
					require.NoError(t, err)
					require.Equal(t, Paused, ps.Stage)
					require.False(t, ps.Deadline.Before(st.Deadline), "pause moved the deadline earlier")
				}
			}
			x, err := Explain(tg, timeline(), minute(now))
			require.NoError(t, err)
			require.Equal(t, st, x.Status)
			for i := 1; i < len(x.Warnings); i++ {
				// Ordered by threshold; a threshold never reached (zero At)
				// is followed only by thresholds never reached.
				if x.Warnings[i].At.IsZero() {
					continue
				}
				require.False(t, x.Warnings[i-1].At.IsZero(), "reached after an unreached one")
				require.False(t, x.Warnings[i].At.Before(x.Warnings[i-1].At), "warnings out of order")
			}
			var counted time.Duration
			for _, sg := range x.Segments {
				if sg.Cycle == st.Number && sg.Kind == SegmentCounted {
					counted += sg.Counted.Std()
				}
			}
			require.Equal(t, st.Elapsed.Std(), counted, "segments add up")
			checks = append(checks, now)
			statuses = append(statuses, st)
		}

		t.Repeat(map[string]func(*rapid.T){
			"event": func(t *rapid.T) {
				at := max(last, lastCheck+1) + rapid.IntRange(0, 900).Draw(t, "gap")
				if at >= modelMinutes-1 {
					t.Skip("end of model range")
				}
				k := rapid.SampledFrom([]EventKind{StateChanged, StateChanged, Responded, Resolved, Reopened, Assigned, CustomerReplied}).Draw(t, "kind")
				e := mEvent{at: at, kind: k}
				if k == StateChanged {
					e.st = rapid.SampledFrom([]string{"Waiting", "Open"}).Draw(t, "state")
				}
				evs = append(evs, e)
				last = at
			},
			"check": func(t *rapid.T) {
				now := max(last, lastCheck) + rapid.IntRange(0, 3000).Draw(t, "after")
				if now >= modelMinutes {
					t.Skip("end of model range")
				}
				lastCheck = now
				check(now)
			},
			"": func(t *rapid.T) {
				// Evaluating a prefix equals evaluating the whole timeline at
				// the prefix's end: every earlier check still holds.
				full := timeline()
				for i, now := range checks {
					st, err := Evaluate(tg, full, minute(now))
					require.NoError(t, err)
					require.Equal(t, statuses[i], st)
				}
			},
		})
	})
}

// A target that attaches late — the ticket is created at a priority whose
// rule has no target for the slot and changes to one that has — checked
// against the model under every priority-change mode, for the resolution
// and the response metric (whose clock a response stops): under
// Retroactive the policy's clock is the target's clock from creation;
// under KeepElapsed and Restart it is the same clock counted only from the
// attach, and not attached at all if it had stopped before (see
// modelCfg.late).
func TestLateAttachAgainstModel(t *testing.T) {
	open := modelOpen()
	sched := office()
	rapid.Check(t, func(t *rapid.T) {
		cfg := modelCfg{
			goal:       rapid.IntRange(1, 3000).Draw(t, "goalMinutes"),
			mode:       ReopenMode(rapid.IntRange(0, 2).Draw(t, "reopen")),
			resume:     rapid.Bool().Draw(t, "resumeOnReply"),
			onResponse: rapid.Bool().Draw(t, "response"),
			late:       rapid.IntRange(0, 4).Draw(t, "late") > 0,
		}
		pcMode := PriorityChangeMode(rapid.IntRange(0, 2).Draw(t, "priorityChange"))
		cfg.retro = pcMode == Retroactive
		metric := Resolution
		if cfg.onResponse {
			metric = Response
		}
		cond := Conditions{Pause: []string{"Waiting"}, Reopen: cfg.mode}
		if cfg.resume {
			cond.Resume = Condition{Events: []EventKind{CustomerReplied}}
		}
		p, err := NewPolicy(PolicySpec{
			PriorityChange: pcMode,
			Conditions:     map[Metric]Conditions{metric: cond},
			Rules: []Rule{
				{Priorities: []string{"P1"}, Targets: []TargetSpec{{Name: "P1", Metric: metric, Goal: Business(time.Duration(cfg.goal) * time.Minute), Schedule: "office"}}},
				{Priorities: []string{"P5"}},
			},
		}, map[string]Schedule{"office": sched})
		require.NoError(t, err)
		slot := "SLA " + string(metric)

		prio := "P1"
		if cfg.late {
			prio = "P5"
		}
		at := rapid.IntRange(0, 5*24*60).Draw(t, "created")
		evs := []mEvent{{at: at, kind: Created, st: "New"}}
		n := rapid.IntRange(0, 10).Draw(t, "events")
		change := rapid.IntRange(0, n).Draw(t, "changeAt")
		for i := 0; i <= n; i++ {
			at += rapid.IntRange(0, 900).Draw(t, "gap")
			if at >= modelMinutes-3001 {
				break
			}
			if i == change {
				evs = append(evs, mEvent{at: at, kind: PriorityChanged})
				continue
			}
			k := rapid.SampledFrom([]EventKind{StateChanged, StateChanged, Responded, Resolved, Reopened, Assigned, CustomerReplied}).Draw(t, "kind")
			e := mEvent{at: at, kind: k}
			if k == StateChanged {
				e.st = rapid.SampledFrom([]string{"Waiting", "Open"}).Draw(t, "state")
			}
			evs = append(evs, e)
		}
		now := at + rapid.IntRange(0, 3000).Draw(t, "after")

		tl := make([]Event, len(evs))
		for i, e := range evs {
			tl[i] = Event{At: minute(e.at), Kind: e.kind, State: e.st}
			switch e.kind {
			case Created:
				tl[i].Priority = prio
			case PriorityChanged:
				tl[i].Priority = "P1"
			}
		}
		sts, err := p.Evaluate(Ticket{Events: tl}, minute(now))
		require.NoError(t, err)
		cs := runModelCfg(evs, now, cfg, open)
		st, ok := findSlot(sts, slot)
		if len(cs) == 0 {
			require.False(t, ok, "a clock attached after its stop: %+v", st)
			return
		}
		require.True(t, ok, "no clock; model %+v", cs)
		got := st.Cycles()
		require.Len(t, got, len(cs), "cycles")
		for k, mc := range cs {
			g := got[k]
			require.True(t, g.Start.Equal(minute(mc.start)), "cycle %d: start %v, model %v", k, g.Start, minute(mc.start))
			require.Equal(t, time.Duration(mc.elapsed)*time.Minute, g.Elapsed.Std(), "cycle %d: elapsed", k)
			require.Equal(t, time.Duration(mc.paused)*time.Minute, g.Paused.Std(), "cycle %d: paused", k)
			require.Equal(t, time.Duration(mc.wallRun)*time.Minute, g.WallElapsed.Std(), "cycle %d: wall", k)
			require.Equal(t, time.Duration(mc.wallPause)*time.Minute, g.PausedWall.Std(), "cycle %d: paused wall", k)
			require.Equal(t, mc.breached, g.Breached, "cycle %d: breached", k)
			if mc.breached {
				require.True(t, g.BreachAt.Equal(minute(mc.breachAt)), "cycle %d: breach at %v, model %v", k, g.BreachAt, minute(mc.breachAt))
			}
			want := Running
			switch {
			case mc.ended && mc.breached:
				want = Breached
			case mc.ended:
				want = Met
			case mc.breached:
				want = Breached
			case mc.isPaused:
				want = Paused
			}
			require.Equal(t, want, g.Stage, "cycle %d: stage", k)
			if mc.ended {
				require.True(t, g.End.Equal(minute(mc.end)), "cycle %d: end %v, model %v", k, g.End, minute(mc.end))
			}
		}
	})
}
