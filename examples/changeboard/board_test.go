package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
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
	parent := map[string][]string{}
	for _, r := range b.CIs.Relations() {
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
						want[key{a, bb, "same-ci"}] = true
					} else if ancestor(ci, cj) || ancestor(cj, ci) {
						want[key{a, bb, "related-ci"}] = true
					}
				}
			}
			if x.Assignee == y.Assignee {
				want[key{a, bb, "same-assignee"}] = true
			}
		}
	}
	got := map[key]bool{}
	for _, c := range o.Conflicts {
		got[key{c.A, c.B, c.Kind.String()}] = true
	}
	assert.Equal(t, want, got)
	assert.NotContains(t, got, key{"CHG0030209", "CHG0030210", "same-assignee"}, "22:00–01:00 and 01:00–01:30 touch but do not overlap")
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
		if v.Rule == "lead-time" {
			found = true
			assert.True(t, v.End.Equal(earliest), "lead time ends %s, want %s", v.End, earliest)
		}
	}
	assert.True(t, found)
	assert.True(t, byID["CHG0030201"].Decision.PostReview, "emergency changes are reviewed afterwards")
	assert.True(t, slices.Contains(byID["CHG0030204"].Decision.Approvers, change.CAB))
	assert.True(t, byID["CHG0030210"].Decision.PreApproved())
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
	b, err := Load(embeddedBoard)
	require.NoError(t, err)
	b.Changes[0].Maintenance = "nowhere"
	_, err = Assess(b)
	assert.ErrorContains(t, err, `unknown maintenance window "nowhere"`)
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
