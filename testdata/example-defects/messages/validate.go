package messages

import "fmt"

// mustBeSet returns an error if an identifier field is empty.
func mustBeSet(field, value string) error {
	if value == "" {
		return fmt.Errorf("%s must not be empty", field)
	}
	return nil
}

// mustBePositive returns an error unless an amount is greater than zero.
func mustBePositive(field string, amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("%s must be positive, got %d", field, amount)
	}
	return nil
}

// firstError returns the first non-nil error, so Validate methods can list
// their checks in field order.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// formatAmount renders an amount in cents as a decimal string for
// descriptions, e.g. 1234 becomes "12.34".
func formatAmount(cents int64) string {
	sign := ""
	if cents < 0 {
		sign = "-"
		cents = -cents
	}
	return fmt.Sprintf("%s%d.%02d", sign, cents/100, cents%100)
}
