package strictjson

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

type nested struct {
	Holidays []string          `json:"holiday_dates"`
	Rules    []rule            `json:"rules"`
	Amount   decimal.Decimal   `json:"amount"`
	Ratio    float64           `json:"ratio"`
	Extra    map[string]any    `json:"extra"`
	Named    map[string]string `json:"named"`
}

type rule struct {
	Name    string `json:"name"`
	Targets []struct {
		Goal map[string]map[string]any `json:"goal"`
	} `json:"targets"`
}

// Regression (issue 12): a repeated key silently kept its last value, so
// {"pause":[…],"pause":[]} removed the pauses. encoding/json also matches
// keys case-insensitively, so "Pause" next to "pause" is the same member.
func TestDecodeDuplicateKeys(t *testing.T) {
	for _, tc := range []struct {
		name, in, err string
	}{
		{"depth 0", `{"holiday_dates":["2026-12-24"],"holiday_dates":["2026-12-31"]}`,
			`duplicate key "holiday_dates" in the object at $`},
		{"depth 0 case variant", `{"holiday_dates":["2026-12-24"],"Holiday_Dates":["2026-12-31"]}`,
			`duplicate key "Holiday_Dates" in the object at $ (matches "holiday_dates"; keys match case-insensitively)`},
		{"depth 1", `{"extra":{"a":1,"b":2,"a":3}}`, `duplicate key "a" in the object at $.extra`},
		{"depth 1 map keys case variant", `{"named":{"P1":"x","p1":"y"}}`, `duplicate key "p1" in the object at $.named (matches "P1"`},
		{"array of objects", `{"rules":[{"name":"a"},{"name":"b","name":"c"}]}`, `duplicate key "name" in the object at $.rules[1]`},
		{"depth 3", `{"rules":[{"name":"a","targets":[{"goal":{"business":{"x":1,"x":2}}}]}]}`,
			`duplicate key "x" in the object at $.rules[0].targets[0].goal.business`},
		{"odd key in path", `{"extra":{"VIP caller":{"k":1,"K":2}}}`, `duplicate key "K" in the object at $.extra["VIP caller"]`},
		{"Kelvin sign folds to K", "{\"extra\":{\"k\":1,\"\u212a\":2}}", "duplicate key \"\u212a\""},
		{"duplicate after unknown", `{"nope":1,"nope":2}`, `duplicate key "nope"`},
		{"large object", `{"extra":{` + manyKeys(40) + `,"KEY7":0}}`, `duplicate key "KEY7" in the object at $.extra (matches "key7"`},
		{"large object, exact", `{"extra":{` + manyKeys(40) + `,"key39":0}}`, `duplicate key "key39" in the object at $.extra`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v nested
			err := Decode([]byte(tc.in), &v)
			if err == nil || !errors.Is(err, ErrDuplicateKey) || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("Decode(%s) = %v; want ErrDuplicateKey containing %q", tc.in, err, tc.err)
			}
		})
	}
}

func TestDecodeSameKeyInSiblingsAllowed(t *testing.T) {
	in := `{"rules":[{"name":"a","targets":[{"goal":{"b":{"x":1},"c":{"x":2}}}]},{"name":"b"}],
		"extra":{"name":{"name":{"name":1}}, "x":[{"a":1},{"a":2}]},"named":{"a":"1","b":"2"}}`
	var v nested
	if err := Decode([]byte(in), &v); err != nil {
		t.Fatalf("Decode = %v", err)
	}
	if len(v.Rules) != 2 || v.Rules[1].Name != "b" || v.Named["b"] != "2" {
		t.Fatalf("decoded %+v", v)
	}
}

// Regression (issue 12): decimal.Decimal parses digit strings in quadratic
// time, so a 2 MB amount took 10.7 s. JSON numbers and numeric strings are
// bounded by MaxDecimalLen before anything is parsed (timing:
// BenchmarkDecodeHugeNumber).
func TestDecodeHugeNumbers(t *testing.T) {
	digits := strings.Repeat("9", 2<<20)
	for _, tc := range []struct{ name, in, err string }{
		{"number literal", `{"amount":` + digits + `}`, "number at $.amount"},
		{"numeric string", `{"amount":"` + digits + `"}`, "string at $.amount"},
		{"numeric prefix of a string", `{"amount":"` + digits + `x"}`, "string at $.amount"},
		{"float field", `{"ratio":` + digits + `}`, "number at $.ratio"},
		{"nested in any", `{"extra":{"a":[1,` + digits + `]}}`, "number at $.extra.a[1]"},
		{"string in map", `{"named":{"a":"-` + digits + `"}}`, `string at $.named.a`},
		{"exponent", `{"amount":1e999999999}`, "number at $.amount: decimal text out of bounds: \"1e999999999\" has an exponent beyond ±100"},
		{"exponent in string", `{"amount":"1E-101"}`, `has an exponent beyond`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v nested
			err := Decode([]byte(tc.in), &v)
			if err == nil || !errors.Is(err, ErrDecimalBound) || !strings.Contains(err.Error(), tc.err) || len(err.Error()) > 300 {
				t.Fatalf("Decode = %.300v; want ErrDecimalBound containing %q", err, tc.err)
			}
		})
	}
	// At the bound everything still decodes.
	var v nested
	max := strings.Repeat("9", MaxDecimalLen)
	if err := Decode([]byte(`{"amount":"`+max+`","named":{"d":"2026-12-24"},"ratio":1e100}`), &v); err != nil || v.Amount.String() != max {
		t.Fatalf("Decode at the bound = %v, %v", v.Amount, err)
	}
}

func TestDecodeDepthBound(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)
	var v any
	if err := Decode([]byte(deep), &v); err == nil || !strings.Contains(err.Error(), "exceeded max depth") {
		t.Fatalf("Decode(depth %d) = %v", MaxDepth+1, err)
	}
	ok := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	if err := Decode([]byte(ok), &v); err != nil {
		t.Fatalf("Decode(depth 100) = %v", err)
	}
}

// Syntax errors keep encoding/json's own message: the pre-walk leaves
// them to the decoder.
func TestDecodeSyntaxErrorsUnchanged(t *testing.T) {
	for _, in := range []string{`{"a":1,}`, `{"a" 1}`, `[1,2`, `{"a":tru}`, `{"a":1}}`, `"\x01"`} {
		var v1, v2 any
		err := Decode([]byte(in), &v1)
		d := decodeWithoutPrewalk([]byte(in), &v2)
		if err == nil || d == nil || err.Error() != d.Error() {
			t.Errorf("Decode(%q) = %v; want the decoder's own %v", in, err, d)
		}
	}
}

// Property: Decode refuses an object exactly when some object in it has
// two keys equal under encoding/json's case folding (model: a generated
// tree and a direct pairwise comparison with strings.EqualFold).
func TestDecodeDuplicatesProperty(t *testing.T) {
	keys := []string{"a", "A", "b", "pause", "Pause", "PAUSE", "k", "\u212a", "ß", "é", "É"}
	type node struct {
		keys     []string
		children []*node // nil child: a scalar
	}
	var gen func(depth int) *rapid.Generator[*node]
	gen = func(depth int) *rapid.Generator[*node] {
		return rapid.Custom(func(t *rapid.T) *node {
			n := &node{}
			if depth > 0 && rapid.Bool().Draw(t, "array") {
				n.keys = nil
			} else {
				n.keys = []string{}
			}
			m := rapid.IntRange(0, 4).Draw(t, "n")
			for i := 0; i < m; i++ {
				if n.keys != nil {
					n.keys = append(n.keys, rapid.SampledFrom(keys).Draw(t, "key"))
				}
				var c *node
				if depth < 3 && rapid.Bool().Draw(t, "nest") {
					c = gen(depth+1).Draw(t, "child")
				}
				n.children = append(n.children, c)
			}
			return n
		})
	}
	var render func(n *node, b *strings.Builder)
	render = func(n *node, b *strings.Builder) {
		open, close := "[", "]"
		if n.keys != nil {
			open, close = "{", "}"
		}
		b.WriteString(open)
		for i, c := range n.children {
			if i > 0 {
				b.WriteString(",")
			}
			if n.keys != nil {
				b.WriteString(strconv.Quote(n.keys[i]) + ":")
			}
			if c == nil {
				b.WriteString("1")
			} else {
				render(c, b)
			}
		}
		b.WriteString(close)
	}
	fold := func(a, b string) bool { // encoding/json: ASCII case, else ToUpper(ToLower(r))
		if strings.EqualFold(a, b) {
			return true
		}
		return (a == "k" || a == "K" || a == "\u212a") && (b == "k" || b == "K" || b == "\u212a")
	}
	var dup func(n *node) bool
	dup = func(n *node) bool {
		for i := range n.keys {
			for j := 0; j < i; j++ {
				if fold(n.keys[i], n.keys[j]) {
					return true
				}
			}
		}
		for _, c := range n.children {
			if c != nil && dup(c) {
				return true
			}
		}
		return false
	}
	rapid.Check(t, func(t *rapid.T) {
		n := gen(0).Draw(t, "doc")
		var b strings.Builder
		render(n, &b)
		var v any
		err := Decode([]byte(b.String()), &v)
		if want := dup(n); want != errors.Is(err, ErrDuplicateKey) || (!want && err != nil) {
			t.Fatalf("Decode(%s) = %v; model says duplicate=%v", b.String(), err, want)
		}
	})
}

// BenchmarkDecodeHugeNumber shows a 2 MB amount is refused in time linear
// in its length (it took 10.7 s to parse before the bound).
func BenchmarkDecodeHugeNumber(b *testing.B) {
	in := []byte(`{"amount":"` + strings.Repeat("9", 2<<20) + `"}`)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		var v nested
		if err := Decode(in, &v); !errors.Is(err, ErrDecimalBound) {
			b.Fatal(err)
		}
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"key` + strconv.Itoa(i) + `":1`)
	}
	return b.String()
}

func TestPeek(t *testing.T) {
	var k struct {
		Kind string `json:"kind"`
	}
	if err := Peek([]byte(`{"Kind":"matrix","cells":[[1e5]],"x":{"y":1}}`), &k); err != nil || k.Kind != "matrix" {
		t.Errorf("Peek = %q, %v; want matrix (other members ignored, key case-insensitive)", k.Kind, err)
	}
	for in, want := range map[string]error{
		`{"kind":"matrix","kind":"additive"}`:     ErrDuplicateKey,
		`{"kind":"matrix","x":{"a":1,"A":2}}`:     ErrDuplicateKey,
		`{"kind":"matrix","n":` + manyNines + `}`: ErrDecimalBound,
		`{"kind":"matrix"} {}`:                    ErrTrailingData,
	} {
		if err := Peek([]byte(in), &k); !errors.Is(err, want) {
			t.Errorf("Peek(%.60s) = %v; want %v", in, err, want)
		}
	}
}

var manyNines = strings.Repeat("9", 1000)
