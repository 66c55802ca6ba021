package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// modelRow is one row as the slow model reads it.
type modelRow struct {
	line int
	rec  []string // nil: rejected
}

// modelRows is the obviously-correct (and quadratic) model of table.each's
// row splitting: at every line, parse one record with a fresh csv.Reader on
// the rest of the input; a good record consumes the lines it spans, a bad
// one only its first line. The header is the first record.
func modelRows(data []byte) (header []string, rows []modelRow, err error) {
	pos, line := 0, 1
	for first := true; ; first = false {
		// Skip the empty lines before a record, as encoding/csv does.
		for pos < len(data) {
			nl := bytes.IndexByte(data[pos:], '\n')
			if nl < 0 || (nl > 0 && !(nl == 1 && data[pos] == '\r')) {
				break
			}
			pos += nl + 1
			line++
		}
		r := csv.NewReader(bytes.NewReader(data[pos:]))
		r.FieldsPerRecord = -1
		rec, rerr := r.Read()
		if rerr == io.EOF {
			if first {
				return nil, nil, rerr
			}
			return header, rows, nil
		}
		var pe *csv.ParseError
		if first {
			if rerr != nil {
				return nil, nil, rerr
			}
			header = rec
		} else if rerr != nil {
			if !errors.As(rerr, &pe) {
				panic(rerr)
			}
			rows = append(rows, modelRow{line: line})
		} else {
			rows = append(rows, modelRow{line: line, rec: rec})
		}
		if pe != nil {
			// Bad record: consume its first line only.
			nl := bytes.IndexByte(data[pos:], '\n')
			if nl < 0 {
				return header, rows, nil
			}
			pos += nl + 1
			line++
			continue
		}
		consumed := data[pos : pos+int(r.InputOffset())]
		pos += len(consumed)
		line += bytes.Count(consumed, []byte("\n"))
	}
}

// The resyncing reader reads the rows the model reads, at the same lines,
// with the same fields; rows with the wrong field count are rejected.
func TestTableRowsMatchModel(t *testing.T) {
	tokens := []string{"a", "", `"a"`, `"a,b"`, "\"a\nb\"", "\"a\r\nb\"", `"`, `x"y`, `""""`, `"a""b"`, "\r", " "}
	rapid.Check(t, func(t *rapid.T) {
		nlines := rapid.IntRange(1, 12).Draw(t, "lines")
		var b strings.Builder
		for i := range nlines {
			fields := rapid.SliceOfN(rapid.SampledFrom(tokens), 1, 4).Draw(t, "fields")
			b.WriteString(strings.Join(fields, ","))
			if i < nlines-1 || rapid.Bool().Draw(t, "final newline") {
				b.WriteString(rapid.SampledFrom([]string{"\n", "\r\n", "\n\n"}).Draw(t, "eol"))
			}
		}
		data := []byte(b.String())
		header, want, merr := modelRows(data)
		var st Stats
		tb, err := newTable("m.csv", "model", bytes.NewReader(data), Options{}, &st)
		if merr != nil {
			if err == nil {
				t.Fatalf("model: header error %v, reader: none", merr)
			}
			return
		}
		if err != nil {
			t.Fatalf("reader: %v, model: header %q", err, header)
		}
		var got []modelRow
		require.NoError(t, tb.each(func(r row) error {
			got = append(got, modelRow{line: r.line, rec: r.rec})
			return nil
		}))
		for _, e := range st.Errors {
			got = append(got, modelRow{line: e.Line})
		}
		slices.SortFunc(got, func(a, b modelRow) int { return a.line - b.line })
		for i := range want {
			if want[i].rec != nil && len(want[i].rec) != len(header) {
				want[i].rec = nil // the reader rejects a wrong field count
			}
		}
		if !assert.Equal(t, want, got, "input %q", data) {
			t.FailNow()
		}
		if st.Read != len(want) || st.Read != st.Used+st.Rejected || st.Rejected != len(st.Errors) {
			t.Fatalf("counts %+v for %d rows", st, len(want))
		}
	})
}
