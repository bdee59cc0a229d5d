package integration

import (
	"context"
	"errors"
	"sync"

	"github.com/dogmatiq/dogma"
	"github.com/dogmavet/dogmavet/testdata/example-defects/messages"
)

// Notification is a message for the holder of an account.
type Notification struct {
	AccountID string
	Text      string
}

// Outbox collects notifications in memory, in the order they were sent. A
// real deployment would hand them to an email or push service.
type Outbox struct {
	mu   sync.Mutex
	sent []Notification
}

// Send adds a notification to the outbox.
func (o *Outbox) Send(n Notification) {
	o.mu.Lock()
	defer o.mu.Unlock()

	o.sent = append(o.sent, n)
}

// Sent returns the notifications sent so far.
func (o *Outbox) Sent() []Notification {
	o.mu.Lock()
	defer o.mu.Unlock()

	return append([]Notification(nil), o.sent...)
}

// NotificationHandler sends notifications to customers. It records no
// events: nothing else in the bank depends on a notification being sent.
type NotificationHandler struct {
	Outbox *Outbox
}

// Configure declares the handler's identity and routes.
func (h *NotificationHandler) Configure(c dogma.IntegrationConfigurer) {
	c.Identity("notifier", "323d0d0f-9fb1-4a10-8ad6-985bd5df8dba")
	c.Routes(dogma.HandlesCommand[messages.NotifyCustomer]())
}

// HandleCommand sends the notification.
func (h *NotificationHandler) HandleCommand(
	_ context.Context,
	_ dogma.IntegrationCommandScope,
	m dogma.Command,
) error {
	switch m := m.(type) {
	case messages.NotifyCustomer:
		if h.Outbox == nil {
			return errors.New("notification handler has no outbox")
		}
		h.Outbox.Send(Notification{
			AccountID: m.AccountID,
			Text:      m.Text,
		})
		return nil

	default:
		panic(dogma.UnexpectedMessage)
	}
}
