package validate_test

import (
	"testing"

	"github.com/dogmavet/dogmavet/validate"
)

func TestSmokeValidApp(t *testing.T) {
	if ps := validate.App(validApp()); len(ps) != 0 {
		t.Fatalf("valid app: %v", ps)
	}
	if ps := validate.App(nil); len(ps) != 1 {
		t.Fatalf("nil app: %v", ps)
	} else {
		t.Log(ps)
	}
}
