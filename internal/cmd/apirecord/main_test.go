package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecordIsCurrent fails when the exported API differs from the
// checked-in record, so that every API change is a deliberate diff of
// api/itsm.txt. Regenerate with: go run ./internal/cmd/apirecord -w
func TestRecordIsCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	r, err := build(root)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, recordFile))
	if err != nil {
		t.Fatalf("%v (create it with: go run ./internal/cmd/apirecord -w)", err)
	}
	got := r.text()
	if got == string(want) {
		return
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(want), "\n") {
		have[l] = true
	}
	now := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		now[l] = true
	}
	var added, removed []string
	for l := range now {
		if !have[l] {
			added = append(added, "+ "+l)
		}
	}
	for l := range have {
		if !now[l] {
			removed = append(removed, "- "+l)
		}
	}
	const most = 40
	diff := append(removed, added...)
	if len(diff) > most {
		diff = append(diff[:most], "…")
	}
	t.Errorf("the exported API differs from %s (%d removed, %d added); review the change and run\n\tgo run ./internal/cmd/apirecord -w\n%s",
		recordFile, len(removed), len(added), strings.Join(diff, "\n"))
}

// TestCountsOnlyExportedNames checks the counting rules on a small package.
func TestCountsOnlyExportedNames(t *testing.T) {
	dir := t.TempDir()
	src := `package p

type T struct {
	A int ` + "`json:\"a\"`" + `
	b int
}
type u struct{}
func (T) M()  {}
func (T) m()  {}
func (u) M()  {}
func F(x int) error { return nil }
func g()      {}
const C, d = 1, 2
var V int
type I interface{ N() }
`
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &record{counts: map[string]int{}}
	if err := r.addDir(dir, "p"); err != nil {
		t.Fatal(err)
	}
	if got, want := r.counts[modulePath+"/p"], 6; got != want { // T, M, F, C, V, I
		t.Errorf("count = %d, want %d; lines:\n%s", got, want, r.text())
	}
	text := r.text()
	for _, line := range []string{
		"pkg github.com/itsmkit/itsm/p, type T struct, A int `json:\"a\"`",
		"pkg github.com/itsmkit/itsm/p, method (T) M()",
		"pkg github.com/itsmkit/itsm/p, func F(x int) error",
		"pkg github.com/itsmkit/itsm/p, type I interface, N()",
	} {
		if !strings.Contains(text, line+"\n") {
			t.Errorf("record lacks %q; got:\n%s", line, text)
		}
	}
	if strings.Contains(text, " b int") || strings.Contains(text, " g()") || strings.Contains(text, "(u)") {
		t.Errorf("record lists unexported names:\n%s", text)
	}
}
