// Package jsonconv checks the module's one JSON convention, so a test in
// every package can fail on a configuration or result type that breaks it:
//
//   - object keys are lower snake_case: "closed_from", "breach_at";
//   - every exported field of a struct without its own JSON or text
//     marshalling has an explicit json tag (a key or "-");
//   - lengths are [itsm.Duration] ("4h30m"), never time.Duration
//     (nanosecond integers);
//   - rates are [itsm.Ratio] or decimal.Decimal, never *big.Rat, big.Int
//     or floats.
package jsonconv

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"
)

// keyRE is lower snake_case: a letter, then letters or digits, words joined
// by single underscores.
var keyRE = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// ValidKey reports whether k follows the key convention.
func ValidKey(k string) bool { return keyRE.MatchString(k) }

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	durationType  = reflect.TypeFor[time.Duration]()
	timeType      = reflect.TypeFor[time.Time]()
)

// CheckTypes walks every type reachable from the roots' types (through
// fields, pointers, slices, arrays and maps) and returns one message per
// violation of the convention, sorted. Types with their own MarshalJSON or
// MarshalText are checked by [CheckJSON] on their output instead.
func CheckTypes(roots ...any) []string {
	w := walker{seen: map[reflect.Type]bool{}}
	for _, r := range roots {
		t := reflect.TypeOf(r)
		if t == nil {
			continue
		}
		w.walk(t, t.String())
	}
	sort.Strings(w.problems)
	return w.problems
}

type walker struct {
	seen     map[reflect.Type]bool
	problems []string
}

func (w *walker) addf(format string, args ...any) {
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

func custom(t reflect.Type) bool {
	return t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) ||
		t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)
}

func (w *walker) walk(t reflect.Type, path string) {
	switch t {
	case durationType:
		w.addf("%s: time.Duration marshals as nanoseconds; use itsm.Duration", path)
		return
	case timeType:
		return
	case reflect.TypeFor[big.Rat](), reflect.TypeFor[big.Int](), reflect.TypeFor[big.Float]():
		w.addf("%s: %s is a foreign representation; use itsm.Ratio or decimal.Decimal", path, t)
		return
	}
	if w.seen[t] {
		return
	}
	w.seen[t] = true
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		w.addf("%s: %s is inexact; use itsm.Ratio, decimal.Decimal or an integer count", path, t)
	case reflect.Pointer, reflect.Slice, reflect.Array:
		w.walk(t.Elem(), path+"[]")
	case reflect.Map:
		w.walk(t.Elem(), path+"{}")
	case reflect.Struct:
		if custom(t) {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag, ok := f.Tag.Lookup("json")
			name, _, _ := strings.Cut(tag, ",")
			fp := path + "." + f.Name
			switch {
			case name == "-" && tag == "-":
				continue
			case f.Anonymous && name == "":
				w.walk(f.Type, fp)
				continue
			case !ok || name == "":
				w.addf("%s: exported field without a json key", fp)
			case !ValidKey(name):
				w.addf("%s: json key %q is not lower snake_case", fp, name)
			}
			w.walk(f.Type, fp)
		}
	}
}

// CheckJSON walks a JSON document and returns one message per object key
// that is not lower snake_case, with its path. Use it on the output of
// types with their own MarshalJSON. Objects at the paths in dataMaps (e.g.
// "$.aliases", "$.rules[*].by_name") are maps keyed by data, such as level
// names; their keys are not checked, their values are. "[*]" matches any
// index.
func CheckJSON(data []byte, dataMaps ...string) []string {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	var out []string
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			isData := false
			for _, m := range dataMaps {
				if matchPath(m, path) {
					isData = true
				}
			}
			for _, k := range keys {
				if !isData && !ValidKey(k) {
					out = append(out, fmt.Sprintf("%s: key %q is not lower snake_case", path, k))
				}
				walk(x[k], path+"."+k)
			}
		case []any:
			for i, e := range x {
				walk(e, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
	walk(v, "$")
	return out
}

// matchPath reports whether path matches pattern, where "[*]" in the
// pattern matches any index.
func matchPath(pattern, path string) bool {
	for {
		i := strings.Index(pattern, "[*]")
		if i < 0 {
			return pattern == path
		}
		if !strings.HasPrefix(path, pattern[:i+1]) {
			return false
		}
		path = path[i+1:]
		j := strings.IndexByte(path, ']')
		if j < 0 {
			return false
		}
		path, pattern = path[j:], pattern[i+2:]
	}
}
