package sla

import (
	"maps"
	"slices"

	"github.com/itsmkit/itsm/calendar"
)

// buildCalendars builds the calendars embedded in a policy spec.
func buildCalendars(specs map[string]calendar.Spec) (map[string]*calendar.Calendar, error) {
	if len(specs) == 0 {
		return nil, nil
	}
	out := make(map[string]*calendar.Calendar, len(specs))
	for _, name := range slices.Sorted(maps.Keys(specs)) {
		c, err := calendar.New(specs[name])
		if err != nil {
			return nil, errorf("policy calendar", name, because(ErrConfig, err))
		}
		out[name] = c
	}
	return out, nil
}

// calendarSpecs returns fresh copies of the embedded calendars' specs.
func calendarSpecs(cals map[string]*calendar.Calendar) map[string]calendar.Spec {
	if len(cals) == 0 {
		return nil
	}
	out := make(map[string]calendar.Spec, len(cals))
	for name, c := range cals {
		s, _ := c.Spec()
		out[name] = s
	}
	return out
}
