package change

import "time"

// Schedule rule names, as reported in [Violation.Rule].
const (
	RuleMaintenanceWindow = "maintenance_window" // the window leaves the maintenance window
	RuleServiceHours      = "service_hours"      // the window touches the CI's service hours
	RuleFreeze            = "freeze"             // the window touches a freeze period
	RuleBlackout          = "blackout"           // the window touches a listed blackout
	RuleLeadTime          = "lead_time"          // the window starts too soon after now
)

// Violation is one broken scheduling rule: the rule, the offending part of
// the window (for lead time: from the planned start to the earliest allowed
// start) and a readable detail.
type Violation struct {
	Rule   string    `json:"rule"`
	Name   string    `json:"name,omitempty"` // the blackout's name
	Start  time.Time `json:"start"`
	End    time.Time `json:"end"`
	Detail string    `json:"detail"`
}

// String returns "rule: detail".
func (v Violation) String() string {
	return v.Rule + ": " + v.Detail
}

// ApplyViolations sets the risk facts that schedule violations imply:
// InFreeze for a freeze or blackout, InsufficientLeadTime for lead time.
func ApplyViolations(f *Facts, vs []Violation) {
	for _, v := range vs {
		switch v.Rule {
		case RuleFreeze, RuleBlackout:
			f.InFreeze = true
		case RuleLeadTime:
			f.InsufficientLeadTime = true
		}
	}
}
