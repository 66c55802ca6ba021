package importer

import "strings"

// DetectFormat guesses the incident format from the first bytes of a file
// (its header line): "servicenow", "jira" or "neutral".
func DetectFormat(head []byte) string {
	line, _, _ := strings.Cut(strings.ToLower(strings.TrimPrefix(string(head), "\ufeff")), "\n")
	switch {
	case strings.Contains(line, "incident_state") && strings.Contains(line, "sys_updated_at"):
		return "servicenow"
	case strings.Contains(line, "issue key"):
		return "jira"
	default:
		return "neutral"
	}
}
