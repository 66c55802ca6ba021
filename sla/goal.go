package sla

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/internal/enum"
	"github.com/itsmkit/itsm/internal/strictjson"
)

// Goal is how long a target allows, in an explicit unit: the library never
// guesses what "a day" means. Build it with [Business], [WorkingDays],
// [EndOfWorkingDay] or [DueAt]; the zero value is invalid.
//
// Its JSON form is an object with exactly one key, the unit:
// {"business": "4h"}, {"working_days": 3}, {"end_of_day": 1} or
// {"due": "2026-05-04T17:00:00+02:00"}.
type Goal struct {
	unit goalUnit
	d    time.Duration // business: > 0
	days int           // working days: ≥ 1; end of day: ≥ 0
	due  time.Time     // due: non-zero
}

// goalUnit is the unit of a Goal; its names are the JSON keys.
type goalUnit uint8

const (
	// unitBusiness: a duration of counted time on the target's schedule
	// ("4h" on Mon–Fri 08–17 is four business hours; a ServiceNow "day" is
	// 24 of them).
	unitBusiness goalUnit = iota + 1
	// unitWorkingDays: N working days later at the same time of day
	// ([DaySchedule.AddDays]).
	unitWorkingDays
	// unitEndOfDay: the close of the N-th working day after the start's
	// day ([DaySchedule.EndOfDay]; N = 0 is the end of the same working day).
	unitEndOfDay
	// unitDue: a fixed due instant (a change's planned end, a promised date).
	unitDue
)

var goalUnits = enum.New[goalUnit]("sla", "goal unit", ErrConfig,
	unitBusiness, "business", unitWorkingDays, "working_days", unitEndOfDay, "end_of_day", unitDue, "due")

// maxGoalDays bounds a working-day goal: far more than any contract, and
// small enough that day arithmetic stays cheap.
const maxGoalDays = 100000

// Business returns a goal of d counted time on the target's schedule.
func Business(d time.Duration) Goal { return Goal{unit: unitBusiness, d: d} }

// WorkingDays returns a goal of n working days at the same time of day.
func WorkingDays(n int) Goal { return Goal{unit: unitWorkingDays, days: n} }

// EndOfWorkingDay returns a goal of the close of the n-th working day after
// the start's day (n = 0: the close of the same working day).
func EndOfWorkingDay(n int) Goal { return Goal{unit: unitEndOfDay, days: n} }

// DueAt returns a goal of a fixed due instant.
func DueAt(t time.Time) Goal { return Goal{unit: unitDue, due: t} }

// String describes the goal: "4h business", "3 working days",
// "end of working day +1", "due 2026-05-04T17:00:00+02:00".
func (g Goal) String() string {
	switch g.unit {
	case unitBusiness:
		return itsm.Duration(g.d).String() + " business"
	case unitWorkingDays:
		return strconv.Itoa(g.days) + " working days"
	case unitEndOfDay:
		return "end of working day +" + strconv.Itoa(g.days)
	case unitDue:
		return "due " + g.due.Format(time.RFC3339Nano)
	}
	return "invalid goal"
}

// needsDays reports whether the goal needs a [DaySchedule].
func (g Goal) needsDays() bool { return g.unit == unitWorkingDays || g.unit == unitEndOfDay }

// validate reports whether the goal is well formed.
func (g Goal) validate() error {
	switch g.unit {
	case unitBusiness:
		if g.d <= 0 {
			return errorf("goal", g.String(), detail(ErrConfig, "a business goal is a positive duration"))
		}
	case unitWorkingDays:
		if g.days < 1 || g.days > maxGoalDays {
			return errorf("goal", g.String(), detail(ErrConfig, fmt.Sprintf("working days are 1 to %d", maxGoalDays)))
		}
	case unitEndOfDay:
		if g.days < 0 || g.days > maxGoalDays {
			return errorf("goal", g.String(), detail(ErrConfig, fmt.Sprintf("end of working day +0 to +%d", maxGoalDays)))
		}
	case unitDue:
		if g.due.IsZero() {
			return errorf("goal", "due", detail(ErrConfig, "a due goal needs an instant"))
		}
	default:
		e := errorf("goal", g.String(), detail(ErrConfig, "no unit (build goals with Business, WorkingDays, EndOfWorkingDay or DueAt)"))
		e.Valid = goalUnits.Valid()
		return e
	}
	return nil
}

type goalJSON struct {
	Business    *itsm.Duration `json:"business,omitempty"`
	WorkingDays *int           `json:"working_days,omitempty"`
	EndOfDay    *int           `json:"end_of_day,omitempty"`
	Due         *time.Time     `json:"due,omitempty"`
}

// MarshalJSON writes the one-key form; an invalid goal is an error.
func (g Goal) MarshalJSON() ([]byte, error) {
	if err := g.validate(); err != nil {
		return nil, err
	}
	var j goalJSON
	switch g.unit {
	case unitBusiness:
		d := itsm.Duration(g.d)
		j.Business = &d
	case unitWorkingDays:
		j.WorkingDays = &g.days
	case unitEndOfDay:
		j.EndOfDay = &g.days
	case unitDue:
		j.Due = &g.due
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the one-key form strictly (any other key, or none, or
// two, is an error wrapping [ErrConfig] that lists the units) and
// validates it.
func (g *Goal) UnmarshalJSON(b []byte) error {
	if strictjson.IsNull(b) {
		return nil
	}
	var j goalJSON
	if err := strictjson.Decode(b, &j); err != nil {
		return jsonError("goal", ErrConfig, err)
	}
	var v Goal
	n := 0
	if j.Business != nil {
		v, n = Business(j.Business.Std()), n+1
	}
	if j.WorkingDays != nil {
		v, n = WorkingDays(*j.WorkingDays), n+1
	}
	if j.EndOfDay != nil {
		v, n = EndOfWorkingDay(*j.EndOfDay), n+1
	}
	if j.Due != nil {
		v, n = DueAt(*j.Due), n+1
	}
	if n != 1 {
		e := errorf("goal", string(b), detail(ErrConfig, "a goal has exactly one unit key"))
		e.Valid = goalUnits.Valid()
		return e
	}
	if err := v.validate(); err != nil {
		return err
	}
	if g == nil {
		return errorf("goal", string(b), detail(ErrConfig, "decoding into a nil *Goal"))
	}
	*g = v
	return nil
}

// span returns the counted time the goal allows for a cycle starting at
// start on schedule s and, for goals given as an instant (working days,
// end of day, due), that instant (zero for business durations).
func (g Goal) span(s Schedule, start time.Time) (time.Duration, time.Time, error) {
	var end time.Time
	var err error
	switch g.unit {
	case unitBusiness:
		return g.d, time.Time{}, nil
	case unitWorkingDays, unitEndOfDay:
		ds, ok := s.(DaySchedule)
		if !ok {
			return 0, time.Time{}, errorf("goal", g.String(), errNoDays)
		}
		if g.unit == unitWorkingDays {
			end, err = ds.AddDays(start, g.days)
		} else {
			end, err = ds.EndOfDay(start, g.days)
		}
		if err != nil {
			return 0, time.Time{}, errorf("goal "+g.String(), start.Format(time.RFC3339), scheduleFailure(err))
		}
		end = end.In(start.Location())
	case unitDue:
		end = g.due
	default:
		return 0, time.Time{}, g.validate()
	}
	if !end.After(start) {
		return 0, end, nil
	}
	d := s.Between(start, end)
	if d == math.MaxInt64 {
		// Saturated: the goal's instant is farther away than a
		// time.Duration counts.
		return 0, end, errorf("goal "+g.String(), start.Format(time.RFC3339Nano),
			detail(ErrConfig, "the goal's instant lies farther from the cycle's start than a duration can count (about 292 years)"))
	}
	return d, end, nil
}

// errNoDays: a working-day goal on a schedule without day arithmetic.
var errNoDays = detail(ErrConfig, "the schedule has no working-day arithmetic (AddDays, EndOfDay)")
