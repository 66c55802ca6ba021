package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// ErrKeyCase reports a key that matches a field only when case is ignored
// ("Week" for "week"): encoding/json would accept it, the module does not.
var ErrKeyCase = errors.New("key in the wrong case")

// KeyCaseError names a key whose case differs from the field's key.
type KeyCaseError struct {
	Path string // where: $.rules[1]
	Key  string // as written
	Want string // the field's key
}

// Error names the key and, where known, its right spelling.
func (e *KeyCaseError) Error() string {
	return fmt.Sprintf("%s: key %q must be spelled %q", e.Path, e.Key, e.Want)
}

// Unwrap returns [ErrKeyCase].
func (e *KeyCaseError) Unwrap() error { return ErrKeyCase }

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// ownDecoder reports whether values of t decode themselves; their keys are
// then theirs to check (the module's types call Decode on their own part).
func ownDecoder(t reflect.Type) bool {
	return t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType) ||
		t.Implements(textUnmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType)
}

// fieldKeys maps a struct type's JSON keys, exactly as declared, to their
// field types; embedded structs without a key contribute their keys.
type fieldKeys map[string]reflect.Type

var keyCache sync.Map // reflect.Type → fieldKeys; immutable entries

func keysOf(t reflect.Type) fieldKeys {
	if k, ok := keyCache.Load(t); ok {
		return k.(fieldKeys)
	}
	k := fieldKeys{}
	addKeys(t, k, 0)
	keyCache.Store(t, k)
	return k
}

func addKeys(t reflect.Type, k fieldKeys, depth int) {
	if depth > 8 {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				addKeys(ft, k, depth+1)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := k[name]; !dup {
			k[name] = f.Type
		}
	}
}

// checkKeyCase walks data along the type t and refuses any object key that
// names a struct field only when case is ignored. Types that decode
// themselves are skipped. data is known to be valid JSON (prewalk ran).
func checkKeyCase(data []byte, t reflect.Type) error {
	if !needsCaseCheck(t, 0) {
		return nil
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil // encoding/json reports it in its own words
	}
	return walkCase(v, t, "$", 0)
}

// needsCaseCheck reports whether t can hold a struct decoded by
// encoding/json itself, so the walk can be skipped for maps of strings etc.
func needsCaseCheck(t reflect.Type, depth int) bool {
	if depth > 16 {
		return false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if ownDecoder(t) {
		return false
	}
	switch t.Kind() {
	case reflect.Struct:
		return true
	case reflect.Slice, reflect.Array, reflect.Map:
		return needsCaseCheck(t.Elem(), depth+1)
	}
	return false
}

func walkCase(v any, t reflect.Type, path string, depth int) error {
	if depth > MaxDepth {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if ownDecoder(t) {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		switch t.Kind() {
		case reflect.Struct:
			keys := keysOf(t)
			for k, val := range x {
				ft, ok := keys[k]
				if !ok {
					for want := range keys {
						if strings.EqualFold(want, k) {
							return &KeyCaseError{Path: path, Key: k, Want: want}
						}
					}
					continue // unknown keys are reported by the decoder
				}
				if err := walkCase(val, ft, path+"."+k, depth+1); err != nil {
					return err
				}
			}
		case reflect.Map:
			for k, val := range x {
				if err := walkCase(val, t.Elem(), path+"."+k, depth+1); err != nil {
					return err
				}
			}
		}
	case []any:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for i, e := range x {
				if err := walkCase(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
