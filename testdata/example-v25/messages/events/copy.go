package events

import (
	"fmt"
	"time"

	"github.com/dogmatiq/dogma"

	"example.test/lending/messages"
)

func init() {
	dogma.RegisterEvent[*CopyAcquired]("964b7d20-e045-44cd-bcb7-95401a8c9d47")
	dogma.RegisterEvent[*CopyLent]("132d41fd-97ea-41df-ab50-d640484072a9")
	dogma.RegisterEvent[*LoanRefused]("462d4e79-8f63-4c02-99e7-36a3d3d7bbf3")
	dogma.RegisterEvent[*CopyReturned]("3f921d7f-e647-43f4-8c42-b899bb586d0e")
}

// CopyAcquired records a copy added to the stock.
type CopyAcquired struct {
	CopyID string
	Title  string
}

func (e *CopyAcquired) MessageDescription() string {
	return fmt.Sprintf("copy %s of %q acquired", e.CopyID, e.Title)
}

func (e *CopyAcquired) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("CopyID", e.CopyID)
}

func (e *CopyAcquired) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *CopyAcquired) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// CopyLent records the start of a loan.
type CopyLent struct {
	LoanID   string
	CopyID   string
	MemberID string
	Due      time.Time
}

func (e *CopyLent) MessageDescription() string {
	return fmt.Sprintf("copy %s lent to member %s until %s", e.CopyID, e.MemberID, e.Due.Format(time.DateOnly))
}

func (e *CopyLent) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("LoanID", e.LoanID)
}

func (e *CopyLent) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *CopyLent) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// LoanRefused records a loan that could not start.
type LoanRefused struct {
	LoanID   string
	CopyID   string
	MemberID string
	Reason   string
}

func (e *LoanRefused) MessageDescription() string {
	return fmt.Sprintf("loan of copy %s to member %s refused: %s", e.CopyID, e.MemberID, e.Reason)
}

func (e *LoanRefused) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("LoanID", e.LoanID)
}

func (e *LoanRefused) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *LoanRefused) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }

// CopyReturned records the end of a loan.
type CopyReturned struct {
	LoanID     string
	CopyID     string
	MemberID   string
	ReturnedAt time.Time
}

func (e *CopyReturned) MessageDescription() string {
	return fmt.Sprintf("copy %s returned by member %s", e.CopyID, e.MemberID)
}

func (e *CopyReturned) Validate(dogma.EventValidationScope) error {
	return messages.RequireID("LoanID", e.LoanID)
}

func (e *CopyReturned) MarshalBinary() ([]byte, error)    { return messages.Marshal(e) }
func (e *CopyReturned) UnmarshalBinary(data []byte) error { return messages.Unmarshal(data, e) }
