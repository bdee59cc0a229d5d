package configcheck

import (
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

// TestAppUses checks which routes of a registered handler the application
// checks: those its handler's package did not. It is tested on the model
// because no served dogma with a registry registers handlers in a way
// dogmaconfig extracts yet (c.Routes(dogma.ViaAggregate(h))).
func TestAppUses(t *testing.T) {
	typ := func(pkg, name string) *validate.MessageType {
		return &validate.MessageType{Name: "*" + pkg + "." + name, Display: "*x." + name, Pointer: true}
	}
	guardedPkg := "example.com/registers"
	guarded := func(mt *validate.MessageType) bool { return typePackage(mt) == guardedPkg }
	ownType := typ(guardedPkg, "Own")
	bareType := typ("example.com/bare", "Bare")
	instType := typ(guardedPkg, "Instantiated")
	own := &validate.Handler{Routes: []validate.Route{
		{Kind: validate.HandlesCommandRoute, Type: ownType},
		{Kind: validate.RecordsEventRoute, Type: bareType},
	}}
	uses := []validate.MessageUse{
		{Type: ownType, Kind: validate.Command},
		{Type: bareType, Kind: validate.Event},
		{Type: instType, Kind: validate.Event},
	}
	names := func(us []validate.MessageUse) []string {
		var out []string
		for _, u := range us {
			out = append(out, u.Type.Name)
		}
		return out
	}
	cases := []struct {
		desc  string
		local bool
		want  []string
	}{
		// Another package checked its own guarded route; the application
		// checks the unguarded one and the one its instantiation adds.
		{"other package", false, []string{bareType.Name, instType.Name}},
		// This package checked every own route of a handler it registers.
		{"this package", true, []string{instType.Name}},
	}
	for _, c := range cases {
		got := names(appUses(uses, own, c.local, guarded))
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.desc, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.desc, got, c.want)
				break
			}
		}
	}
}

func TestTypePackage(t *testing.T) {
	for name, want := range map[string]string{
		"*example.com/bank/messages.Open":                    "example.com/bank/messages",
		"example.com/bank/messages.Open":                     "example.com/bank/messages",
		"*example.com/bank/messages.Box[example.com/x.Item]": "example.com/bank/messages",
		"[]example.com/x.Item":                               "",
		"int":                                                "",
	} {
		if got := typePackage(&validate.MessageType{Name: name}); got != want {
			t.Errorf("typePackage(%q) = %q, want %q", name, got, want)
		}
	}
}
