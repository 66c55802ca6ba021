package sla_test

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/kpi"
	"github.com/itsmkit/itsm/sla"
	"github.com/shopspring/decimal"
)

// Mid-month, the P1 resolution target has 190 cycles met and 5 breached
// against a 95 % attainment goal, and the contract owes a 5 % credit below
// 93 % and 10 % below 90 %.
func ExampleAttainmentGroup_BreachesLeft() {
	g := sla.AttainmentGroup{Target: "P1 resolution", Met: 190, Breached: 5, Goal: decimal.RequireFromString("95")}
	left, _ := g.BreachesLeft(g.Goal)
	fmt.Printf("%d more breaches before the %s%% goal is missed\n", left, g.Goal)
	for _, tier := range []sla.CreditTier{
		{Below: decimal.RequireFromString("93"), Credit: decimal.RequireFromString("5")},
		{Below: decimal.RequireFromString("90"), Credit: decimal.RequireFromString("10")},
	} {
		left, _ := g.BreachesLeft(tier.Below)
		fmt.Printf("%d more before the %s%% credit (below %s%%)\n", left, tier.Credit, tier.Below)
	}
	// Output:
	// 5 more breaches before the 95% goal is missed
	// 9 more before the 5% credit (below 93%)
	// 16 more before the 10% credit (below 90%)
}

// Ten minutes down so far in April against 99.9 %: the month can take
// 33m12s more before the goal is missed, 7h2m before the 99 % tier.
func ExampleAvailabilityResult_DowntimeLeft() {
	april := itsm.Interval{Start: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	outage := itsm.Interval{Start: time.Date(2026, 4, 7, 10, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 7, 10, 10, 0, 0, time.UTC)}
	r, _ := sla.EvaluateAvailability(sla.AvailabilityTarget{Name: "portal", Percent: decimal.RequireFromString("99.9")},
		april, []itsm.Interval{outage}, nil, nil)
	goal, _ := r.DowntimeLeft(r.Target.Percent)
	tier, _ := r.DowntimeLeft(decimal.RequireFromString("99"))
	fmt.Println(goal, tier)
	// Output: 33m12s 7h2m
}

// An API's 99.9 % SLO over 30 rolling days: 400 bad requests of a
// million spend 40 % of the budget; at that rate the rest lasts 45 days.
func ExampleErrorBudgetLeft() {
	slo := kpi.SLO{Name: "api", Target: decimal.RequireFromString("99.9"), Window: kpi.Rolling, Length: itsm.Duration(720 * time.Hour)}
	left, ok, _ := sla.ErrorBudgetLeft(slo, time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC), 400, 1_000_000)
	fmt.Println(itsm.Duration(left), ok)
	// Output: 1080h true
}
