package sla

import "strings"

// Metric names what a target measures; its text form (JSON) is the string
// itself. The built-in metrics have default clock conditions (see
// [Conditions]); any other non-empty name without surrounding space is a
// custom metric and needs explicit start and stop conditions.
type Metric string

// Built-in metrics.
const (
	Response   Metric = "response"   // time to first response
	Resolution Metric = "resolution" // time to resolve
	NextUpdate Metric = "update"     // time from one agent update to the next
)

func (m Metric) validate() error {
	if strings.TrimSpace(string(m)) == "" || strings.TrimSpace(string(m)) != string(m) {
		return errorf("metric", string(m), detail(ErrConfig, "a metric is a non-empty name without surrounding space"))
	}
	return nil
}
