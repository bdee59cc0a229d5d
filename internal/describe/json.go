package describe

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the description as indented JSON.
func WriteJSON(w io.Writer, d *Description) error {
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
