package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/change"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt")

func outcome(t *testing.T) (*Board, *Outcome) {
	b, err := Load(embeddedBoard)
	require.NoError(t, err)
	o, err := Assess(b)
	require.NoError(t, err)
	return b, o
}

// Conflicts by brute force over all pairs, with ancestry from the relation
// list by plain search.
func TestConflictsAgainstPairs(t *testing.T) {
	b, o := outcome(t)
	var raw struct {
		CIs struct {
			Relations []change.Relation `json:"relations"`
		} `json:"cis"`
	}
	require.NoError(t, json.Unmarshal(embeddedBoard, &raw))
	parent := map[string][]string{}
	for _, r := range raw.CIs.Relations {
		parent[r.Child] = append(parent[r.Child], r.Parent)
	}
	var ancestor func(a, c string) bool
	ancestor = func(a, c string) bool {
		for _, p := range parent[c] {
			if p == a || ancestor(a, p) {
				return true
			}
		}
		return false
	}
	type key struct{ a, b, kind string }
	want := map[key]bool{}
	cs := b.Changes
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			x, y := cs[i], cs[j]
			if !x.Start.Before(y.End) || !y.Start.Before(x.End) {
				continue // half-open: back to back is no overlap
			}
			a, bb := x.ID, y.ID
			if a > bb {
				a, bb = bb, a
			}
			for _, ci := range x.CIs {
				for _, cj := range y.CIs {
					if ci == cj {
						want[key{a, bb, "same_ci"}] = true
					} else if ancestor(ci, cj) || ancestor(cj, ci) {
						want[key{a, bb, "related_ci"}] = true
					}
				}
			}
			if x.Assignee == y.Assignee {
				want[key{a, bb, "same_assignee"}] = true
			}
		}
	}
	got := map[key]bool{}
	for _, c := range o.Conflicts {
		got[key{c.A, c.B, c.Kind.String()}] = true
	}
	assert.Equal(t, want, got)
	assert.NotContains(t, got, key{"CHG0030209", "CHG0030210", "same_assignee"}, "22:00–01:00 and 01:00–01:30 touch but do not overlap")
}

func TestAssessmentFacts(t *testing.T) {
	_, o := outcome(t)
	byID := map[string]Assessed{}
	for _, x := range o.Changes {
		byID[x.ID] = x
		// The combined level is the highest of the parts.
		top := change.None
		for _, p := range x.Risk.Parts {
			top = max(top, p.Level)
		}
		assert.Equal(t, top, x.Risk.Level, x.ID)
		// A proposal fits: after the notice, inside the window, same length.
		if x.Proposal != nil {
			assert.Equal(t, x.End.Sub(x.Start), x.Proposal.Duration(), x.ID)
			assert.True(t, x.Proposal.Start.After(o.Meeting), x.ID)
		}
	}
	// CHG0030206: users site 4×3 + complex 4×2 + once 2×1 = 22 over weight 6,
	// a weighted mean of 3.67, rounded up to risk level 4 (very high).
	q := byID["CHG0030206"].Risk.Parts[0]
	assert.Equal(t, int64(22), q.Num)
	assert.Equal(t, int64(6), q.Den)
	assert.Equal(t, change.VeryHigh, q.Level)

	// Lead time: CHG0030203 asked on Friday 3 July 15:00 for Wednesday; a
	// very high risk normal change needs 10 working days (Mon–Fri, no
	// holidays in NRW in July): Friday 17 July 15:00.
	x := byID["CHG0030203"]
	require.NotEmpty(t, x.Violations)
	earliest := x.Requested
	for n := 0; n < 10; {
		earliest = earliest.AddDate(0, 0, 1)
		if wd := earliest.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	found := false
	for _, v := range x.Violations {
		if v.Rule == change.RuleLeadTime {
			found = true
			assert.True(t, v.End.Equal(earliest), "lead time ends %s, want %s", v.End, earliest)
		}
	}
	assert.True(t, found)
	assert.True(t, byID["CHG0030201"].Decision.PostReview, "emergency changes are reviewed afterwards")
	assert.True(t, slices.Contains(byID["CHG0030204"].Decision.Approvers, change.CAB))
	assert.Empty(t, byID["CHG0030210"].Decision.Approvers, "pre-approved")
	// The two network proposals must not collide: CORE-SW-01 is the parent of WLAN-HALL3.
	p3, p4 := byID["CHG0030203"].Proposal, byID["CHG0030204"].Proposal
	require.NotNil(t, p3)
	require.NotNil(t, p4)
	assert.False(t, p3.Overlaps(*p4))
}

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, Run("", &b))
	p := filepath.Join("testdata", "golden.txt")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
		return
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}

func TestBadBoard(t *testing.T) {
	_, err := Load([]byte(`{"meeting": "2026-07-06T08:00:00+02:00", "unknown": 1}`))
	assert.Error(t, err)
}

// One bad request does not cancel the meeting: it is listed as not assessed
// with the reason, and every other request is assessed and checked. A CI the
// graph lacks is a finding (the request still conflicts with others on that
// CI); a zero-length change is assessed, schedule-checked and checked for
// conflicts as an instant.
func TestBoardBadRequestsAreFindings(t *testing.T) {
	b, err := Load(embeddedBoard)
	require.NoError(t, err)
	n := len(b.Changes)
	b.Changes[0].Maintenance = "nowhere"
	extra := b.Changes[1] // a standard client patch, Tue 07 Jul 19:00–21:00 on WS-RING1
	unknownA, unknownB, instant, dup, inverted := extra, extra, extra, extra, extra
	unknownA.ID, unknownA.CIs, unknownA.Assignee = "CHG0039001", []string{"FS-LEGACY-17"}, "p.lang"
	unknownB.ID, unknownB.CIs, unknownB.Assignee = "CHG0039002", []string{"FS-LEGACY-17", "WS-RING1"}, "r.otto"
	unknownB.Start, unknownB.End = extra.Start.Add(time.Hour), extra.End.Add(time.Hour)
	instant.ID, instant.Assignee = "CHG0039003", "k.ilic"
	instant.Start = extra.Start.Add(30 * time.Minute)
	instant.End = instant.Start
	dup.Title = "a second request with an ID already used"
	inverted.ID, inverted.Assignee, inverted.End = "CHG0039004", "z.hart", extra.Start.Add(-time.Hour)
	b.Changes = append(b.Changes, unknownA, unknownB, instant, dup, inverted)

	o, err := Assess(b)
	require.NoError(t, err)
	var assessed []string
	for _, x := range o.Changes {
		assessed = append(assessed, x.ID)
	}
	assert.Len(t, assessed, n+3-1, "all but the unknown window, the duplicate and the inverted window")
	assert.NotContains(t, assessed, b.Changes[0].ID)
	assert.Contains(t, assessed, "CHG0039003")
	require.Len(t, o.Rejected, 3)
	assert.Equal(t, b.Changes[0].ID, o.Rejected[0].ID)
	assert.ErrorContains(t, o.Rejected[0].Err, `unknown maintenance window "nowhere"`)
	assert.Equal(t, extra.ID, o.Rejected[1].ID)
	assert.ErrorContains(t, o.Rejected[1].Err, "duplicate")
	assert.Equal(t, "CHG0039004", o.Rejected[2].ID)
	assert.ErrorContains(t, o.Rejected[2].Err, "ends before it starts")

	type key struct{ a, b, kind, ci string }
	got := map[key]bool{}
	for _, c := range o.Conflicts {
		got[key{c.A, c.B, c.Kind.String(), c.CIA}] = true
	}
	assert.True(t, got[key{"CHG0039001", "CHG0039002", "same_ci", "FS-LEGACY-17"}], "same-ci on a CI the graph lacks: %v", got)
	assert.True(t, got[key{extra.ID, "CHG0039003", "same_ci", "WS-RING1"}], "the instant lies in the window: %v", got)
	findings := strings.Join(o.Findings, "\n")
	assert.Contains(t, findings, `CHG0039001: CI "FS-LEGACY-17" is not in the CI graph`)
	assert.Contains(t, findings, `CHG0039002: CI "FS-LEGACY-17" is not in the CI graph`)
	// The instant's schedule is checked like any window's (at its instant).
	assert.NotContains(t, findings, "CHG0039003: schedule not checked")

	var out bytes.Buffer
	require.NoError(t, Write(&out, o))
	assert.Contains(t, out.String(), "Not assessed")
	assert.Contains(t, out.String(), `unknown maintenance window "nowhere"`)
	assert.Contains(t, out.String(), "Findings")
}

// Text from the board reaches the terminal escaped: a title or assignee
// holding escape sequences or a bidi override cannot clear the screen,
// retitle the window or reorder the line, and a newline cannot forge a line.
func TestWriteEscapesControlCharacters(t *testing.T) {
	b, err := Load(embeddedBoard)
	require.NoError(t, err)
	b.Changes[0].ID = "CHG\x1b[2J1"
	b.Changes[0].Title = "Firewall\u202eelbat\x1b]0;pwned\x07"
	b.Changes[0].Assignee = "j.becker\n  approval: pre-approved"
	o, err := Assess(b)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, Write(&out, o))
	s := out.String()
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\n  approval: pre-approved"} {
		assert.NotContains(t, s, bad)
	}
	assert.Contains(t, s, `CHG\x1b[2J1  Firewall\u202eelbat\x1b]0;pwned\a  [emergency]`)
	assert.Contains(t, s, `j.becker\n  approval: pre-approved, window`)
}

// A zero-length change blocks the proposals of related changes at its
// instant: CHG0030203's proposal (Sat 18 Jul 22:00–23:00 on CORE-SW-01)
// must not contain an instant change on CORE-SW-01 at 22:30. (NextSlot
// refused the empty busy window, and the meeting failed.)
func TestProposalAvoidsZeroLengthChange(t *testing.T) {
	b, err := Load(embeddedBoard)
	require.NoError(t, err)
	var core Request
	for _, r := range b.Changes {
		if r.ID == "CHG0030203" {
			core = r
		}
	}
	require.NotEmpty(t, core.ID)
	inst := core
	inst.ID, inst.Assignee, inst.Maintenance = "CHG0039010", "k.ilic", ""
	inst.Start = time.Date(2026, 7, 18, 22, 30, 0, 0, core.Start.Location())
	inst.End = inst.Start
	inst.Input.Type = change.Emergency
	b.Changes = append(b.Changes, inst)
	o, err := Assess(b)
	require.NoError(t, err)
	for _, x := range o.Changes {
		if x.ID == "CHG0030203" {
			require.NotNil(t, x.Proposal)
			p := *x.Proposal
			assert.False(t, !p.Start.After(inst.Start) && inst.Start.Before(p.End), "proposal %s contains the instant %s", p, inst.Start)
		}
	}
}
