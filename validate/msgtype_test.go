package validate_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"reflect"
	"testing"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/validate"
	"github.com/dogmavet/dogmavet/validate/internal/msgfixture"
)

// TestMessageTypeNameMatchesGoTypes type-checks msgfixture from source and
// compares types.TypeString(t, nil) with MessageTypeOf(t).Name.
func TestMessageTypeNameMatchesGoTypes(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks from source")
	}
	const path = "github.com/dogmavet/dogmavet/validate/internal/msgfixture"
	pkg, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import(path)
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]any{
		"V1": &msgfixture.V1, "V2": &msgfixture.V2, "V3": &msgfixture.V3, "V4": &msgfixture.V4,
		"V5": &msgfixture.V5, "V6": &msgfixture.V6, "V7": &msgfixture.V7, "V8": &msgfixture.V8,
		"V9": &msgfixture.V9, "V10": &msgfixture.V10, "V11": &msgfixture.V11, "V12": &msgfixture.V12,
		"V13": &msgfixture.V13, "V14": &msgfixture.V14, "V15": &msgfixture.V15, "V16": &msgfixture.V16,
		"V17": &msgfixture.V17, "V18": &msgfixture.V18, "V19": &msgfixture.V19,
	}
	for name, v := range values {
		obj := pkg.Scope().Lookup(name)
		if obj == nil {
			t.Fatalf("%s not found", name)
		}
		want := types.TypeString(obj.Type(), nil)
		got := validate.MessageTypeOf(reflect.TypeOf(v).Elem()).Name
		if got != want {
			t.Errorf("%s: MessageTypeOf names %q, go/types %q", name, got, want)
		}
	}
}

func TestMessageTypeOf(t *testing.T) {
	if validate.MessageTypeOf(nil) != nil {
		t.Error("nil type gives a description")
	}
	cmd := validate.KindsOf(validate.Command)
	evt := validate.KindsOf(validate.Event)
	cases := []struct {
		t    reflect.Type
		want validate.MessageType
	}{
		{reflect.TypeFor[msgfixture.Cmd](), validate.MessageType{
			Name: "github.com/dogmavet/dogmavet/validate/internal/msgfixture.Cmd", Display: "msgfixture.Cmd",
			Implements: cmd, PointerImplements: cmd,
		}},
		{reflect.TypeFor[*msgfixture.Cmd](), validate.MessageType{
			Name: "*github.com/dogmavet/dogmavet/validate/internal/msgfixture.Cmd", Display: "*msgfixture.Cmd",
			Implements: cmd, Pointer: true, ElemImplements: cmd,
		}},
		{reflect.TypeFor[msgfixture.PtrEvt](), validate.MessageType{
			Name: "github.com/dogmavet/dogmavet/validate/internal/msgfixture.PtrEvt", Display: "msgfixture.PtrEvt",
			PointerImplements: evt,
		}},
		{reflect.TypeFor[*msgfixture.PtrEvt](), validate.MessageType{
			Name: "*github.com/dogmavet/dogmavet/validate/internal/msgfixture.PtrEvt", Display: "*msgfixture.PtrEvt",
			Implements: evt, Pointer: true,
		}},
		{reflect.TypeFor[dogma.Command](), validate.MessageType{
			Name: "github.com/dogmatiq/dogma.Command", Display: "dogma.Command",
			Implements: cmd, Interface: true,
		}},
		{reflect.TypeFor[int](), validate.MessageType{Name: "int", Display: "int"}},
		{reflect.TypeFor[msgfixture.Gen[msgfixture.Pair[int, dogma.Event]]](), validate.MessageType{
			Name:    "github.com/dogmavet/dogmavet/validate/internal/msgfixture.Gen[github.com/dogmavet/dogmavet/validate/internal/msgfixture.Pair[int, github.com/dogmatiq/dogma.Event]]",
			Display: "msgfixture.Gen[msgfixture.Pair[int, dogma.Event]]",
		}},
	}
	for _, c := range cases {
		if got := validate.MessageTypeOf(c.t); !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", c.t, *got, c.want)
		}
	}
}
