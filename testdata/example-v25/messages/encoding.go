package messages

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Marshal encodes a message as JSON, the encoding of every message type.
func Marshal(m any) ([]byte, error) {
	return json.Marshal(m)
}

// Unmarshal decodes a message encoded by Marshal.
func Unmarshal(data []byte, m any) error {
	return json.Unmarshal(data, m)
}

// RequireID fails when an identifier field is empty.
func RequireID(field, value string) error {
	if value == "" {
		return fmt.Errorf("%s must not be empty", field)
	}
	return nil
}

// RequirePositive fails when an amount is not above zero.
func RequirePositive(field string, value int64) error {
	if value <= 0 {
		return fmt.Errorf("%s must be positive, got %d", field, value)
	}
	return nil
}

// ErrNoDueDate is returned by the validation of a loan without a due date.
var ErrNoDueDate = errors.New("a loan needs a due date")

// FormatPence formats an amount of money held in pence.
func FormatPence(p int64) string {
	return fmt.Sprintf("£%d.%02d", p/100, p%100)
}
